#include "sync/local/ReminderLocalStore.h"

#include "Notebook.h"
#include "io/ical/TodoMapping.h"
#include "sync/codec/TodoCodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace tend::sync {
namespace {

struct ReminderLocalStoreText
{
    Q_DECLARE_TR_FUNCTIONS(tend::sync::ReminderLocalStore)
};

ical::TodoFields todoOf(const SyncReminder &synced)
{
    return ical::todoFromReminder(synced.reminder, synced.uid, synced.contactUid);
}

} // namespace

QByteArray ReminderLocalStore::hashOf(const SyncReminder &synced)
{
    // What is sent follows from the fields and the server's copy they are written over.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const FieldMap fields = TodoCodec::fieldsOf(todoOf(synced));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        hash.addData(it.key().toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(it.value().toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    hash.addData(synced.ical);
    return hash.result();
}

Result<QList<LocalItem>> ReminderLocalStore::items()
{
    auto reminders = m_notebook.syncedReminders();
    if (!reminders)
        return reminders.error();
    m_synced.clear();
    QList<LocalItem> items;
    items.reserve(reminders->size());
    for (SyncReminder &reminder : *reminders) {
        items.append({reminder.uid, hashOf(reminder), TodoCodec::fieldsOf(todoOf(reminder))});
        m_synced.insert(reminder.uid, std::move(reminder));
    }
    return items;
}

Result<QByteArray> ReminderLocalStore::content(const QString &uid)
{
    const auto found = m_synced.constFind(uid);
    if (found == m_synced.cend())
        return Error::notFound(ReminderLocalStoreText::tr("No synced reminder has the UID %1.").arg(uid));
    const QDateTime now = m_notebook.clock().now();
    if (found->ical.isEmpty())
        return ical::writeTodo(todoOf(*found), now);
    return ical::updateTodo(found->ical, todoOf(*found), now);
}

Result<QByteArray> ReminderLocalStore::write(const QString &uid, const QByteArray &content, const FieldMap &)
{
    auto todo = ical::readTodo(content);
    if (!todo)
        return todo.error();
    SyncReminder synced = m_synced.value(uid);
    synced.uid = uid;
    synced.contactUid = synced.contactUid.isEmpty() ? todo->contactUid : synced.contactUid;
    synced.ical = content;
    ical::applyTodo(*todo, synced.reminder);
    auto id = m_notebook.writeReminderFromServer(synced);
    if (!id)
        return id.error();
    synced.reminder.id = *id;
    if (synced.reminder.contactName.isEmpty())
        synced.reminder.contactName = todo->contactName;
    m_synced.insert(uid, synced);
    return hashOf(synced);
}

Status ReminderLocalStore::remove(const QString &uid)
{
    if (Status left = m_notebook.reminderLeavesSync(uid); !left)
        return left;
    m_synced.remove(uid);
    return {};
}

} // namespace tend::sync
