#pragma once

#include "model/SyncState.h"
#include "sync/engine/LocalStore.h"

#include <QHash>

namespace tend {
class Notebook;
}

namespace tend::sync {

// The notebook's reminders as the sync engine's local side: VTODOs in a CalDAV task list
// (tend_ical's TodoMapping). The set is Notebook::syncedReminders(): those about the synced
// contacts, open or lately closed. A task sends the contact's name, the reason, the due date and
// the state; nothing else of the notebook. An upload is written over the server's last copy, so
// the phone's own alarms and categories stay.
class ReminderLocalStore final : public LocalStore
{
public:
    explicit ReminderLocalStore(Notebook &notebook) : m_notebook(notebook) {}

    Result<QList<LocalItem>> items() override;
    Result<QByteArray> content(const QString &uid) override;
    Result<QByteArray> write(const QString &uid, const QByteArray &content, const FieldMap &fields) override;
    Status remove(const QString &uid) override;

private:
    static QByteArray hashOf(const SyncReminder &reminder);

    Notebook &m_notebook;
    QHash<QString, SyncReminder> m_synced; // by UID
};

} // namespace tend::sync
