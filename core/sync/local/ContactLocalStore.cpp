#include "sync/local/ContactLocalStore.h"

#include "Notebook.h"
#include "exchange/ContactExport.h"
#include "io/vcard/VCardWriter.h"
#include "sync/codec/VCardCodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace tend::sync {
namespace {

struct ContactLocalStoreText
{
    Q_DECLARE_TR_FUNCTIONS(tend::sync::ContactLocalStore)
};

QByteArray hashOf(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256);
}

} // namespace

QByteArray ContactLocalStore::cardFor(const SyncContact &synced)
{
    io::ContactRecord record = recordFromContact(synced.contact, /*withCardFields=*/false, synced.dates);
    io::VCardWriteOptions options;
    options.version = io::VCardVersion::V3_0; // what every CardDAV server and phone reads (RFC 6352)
    options.fields = io::VCardField::Name | io::VCardField::Emails | io::VCardField::Phones
        | io::VCardField::Organisation | io::VCardField::Title | io::VCardField::Urls | io::VCardField::Uid;
    // Tend's birthday and anniversary replace the card's; without one, the card's stays.
    if (record.birthday)
        options.fields |= io::VCardField::Birthday;
    if (record.anniversary)
        options.fields |= io::VCardField::Anniversary;
    if (!synced.contact.photo.isEmpty())
        options.fields |= io::VCardField::Photo;
    if (synced.shareNotes) {
        options.fields |= io::VCardField::Notes;
    } else if (!synced.cardFromServer) {
        record.notes.clear(); // written as none: the file's NOTE stays here
        options.fields |= io::VCardField::Notes;
    }
    if (!synced.cardFromServer) {
        record.tags.clear();
        options.fields |= io::VCardField::Tags;
    }
    if (synced.cardFromServer && record.originalCard.contains(QLatin1String("VERSION:4.0")))
        options.version = io::VCardVersion::V4_0;
    return io::writeVCard(record, options);
}

Status ContactLocalStore::load()
{
    auto synced = m_notebook.syncedContacts();
    if (!synced)
        return synced.error();
    auto everyone = m_notebook.exportContacts();
    if (!everyone)
        return everyone.error();
    auto sharing = m_notebook.syncRoleSharing();
    if (!sharing)
        return sharing.error();
    m_synced.clear();
    m_everyone.clear();
    m_sharing.clear();
    for (SyncContact &contact : *synced)
        m_synced.insert(contact.contact.uid, std::move(contact));
    for (Contact &contact : *everyone)
        m_everyone.insert(contact.uid, std::move(contact));
    for (const SyncRoleSharing &role : *sharing)
        m_sharing.insert(role.role, role);
    return {};
}

Result<QList<LocalItem>> ContactLocalStore::items()
{
    if (Status loaded = load(); !loaded)
        return loaded.error();
    QList<LocalItem> items;
    items.reserve(m_synced.size());
    for (const SyncContact &synced : std::as_const(m_synced))
        items.append({synced.contact.uid, hashOf(cardFor(synced)), VCardCodec::fieldsOf(synced.contact, synced.dates)});
    return items;
}

Result<QByteArray> ContactLocalStore::content(const QString &uid)
{
    const auto found = m_synced.constFind(uid);
    if (found == m_synced.cend())
        return Error::notFound(ContactLocalStoreText::tr("No synced contact has the UID %1.").arg(uid));
    return cardFor(*found);
}

Result<QByteArray> ContactLocalStore::write(const QString &uid, const QByteArray &content, const FieldMap &fields)
{
    auto incoming = VCardCodec::contactOf(content);
    if (!incoming)
        return incoming.error();
    Contact contact;
    if (const auto known = m_everyone.constFind(uid); known != m_everyone.cend()) {
        // What the server holds of Tend's fields replaces Tend's; the rest (roles, notes, tags,
        // cadence, how-you-met) is the user's and stays.
        contact = VCardCodec::withFields(*known, fields);
        contact.card = incoming->card;
        if (!incoming->photo.isEmpty())
            contact.photo = incoming->photo;
    } else {
        contact = VCardCodec::withFields(*incoming, fields);
        contact.uid = uid;
        contact.roles.clear();
    }
    if (contact.name.trimmed().isEmpty())
        return Error::invalid(ContactLocalStoreText::tr("The card has no name Tend can show."));
    auto id = m_notebook.writeContactFromServer(contact, VCardCodec::cardDatesOf(fields));
    if (!id)
        return id.error();
    contact.id = *id;
    auto dates = m_notebook.importantDates(contact.id, m_notebook.today());
    if (!dates)
        return dates.error();
    const bool notes = !contact.roles.isEmpty() && std::all_of(contact.roles.cbegin(), contact.roles.cend(), [&](Role role) {
        return m_sharing.value(role).notes;
    });
    SyncContact synced{contact, notes, /*cardFromServer=*/true, {}};
    for (const UpcomingDate &date : std::as_const(*dates))
        synced.dates.append(date.date);
    m_everyone.insert(uid, contact);
    m_synced.insert(uid, synced);
    return hashOf(cardFor(synced));
}

Status ContactLocalStore::remove(const QString &uid)
{
    const auto known = m_everyone.constFind(uid);
    if (known == m_everyone.cend())
        return {};
    if (Status left = m_notebook.leaveSync(known->id); !left)
        return left;
    m_synced.remove(uid);
    return {};
}

} // namespace tend::sync
