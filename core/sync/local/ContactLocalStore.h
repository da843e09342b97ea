#pragma once

#include "model/SyncState.h"
#include "sync/engine/LocalStore.h"

#include <QHash>

namespace tend {
class Notebook;
}

namespace tend::sync {

// The notebook's contacts as the sync engine's local side. The set is Notebook::syncedContacts():
// what the user shares, per role. What is sent (docs/sync.md, privacy):
// - name, e-mails, phones, links, organisation and title, the first birthday and work anniversary,
//   over the kept card, so what the phone wrote and Tend does not hold travels back untouched;
// - the contact's notes only when its roles share notes;
// - never roles, cadences, how-you-met or tags; a card that came from a file, not from the server,
//   goes without its NOTE and CATEGORIES, which are the user's own.
class ContactLocalStore final : public LocalStore
{
public:
    explicit ContactLocalStore(Notebook &notebook) : m_notebook(notebook) {}

    Result<QList<LocalItem>> items() override;
    Result<QByteArray> content(const QString &uid) override;
    Result<QByteArray> write(const QString &uid, const QByteArray &content, const FieldMap &fields) override;
    Status remove(const QString &uid) override;

    // The card Tend sends for a contact (deterministic: no REV, so an unchanged contact keeps its hash).
    static QByteArray cardFor(const SyncContact &contact);

private:
    Status load();

    Notebook &m_notebook;
    QHash<QString, SyncContact> m_synced;   // by UID: the synced set
    QHash<QString, Contact> m_everyone;     // by UID: every contact, for what the server sends back
    QHash<Role, SyncRoleSharing> m_sharing;
};

} // namespace tend::sync
