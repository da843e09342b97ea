#pragma once

#include "db/Sql.h"
#include "model/Contact.h"
#include "model/Snapshots.h"
#include "model/Tags.h"
#include "store/ContactQuery.h"
#include "util/Result.h"

#include <QSqlDatabase>

namespace tend {

// Reads and writes contacts with their roles, e-mails, phones and links. Callers wrap writes in a
// Transaction; the repository itself never commits.
class ContactRepository final
{
public:
    explicit ContactRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inserts with contact.id when it is non-zero (undo), else a new id. Returns the id. The
    // keep-in-touch schedule is the caller's to refresh (store/NudgeSchedule).
    Result<qint64> insert(const Contact &contact, const QDateTime &now);
    Status update(const Contact &contact, const QDateTime &now);
    Status setArchived(qint64 id, bool archived, const QDateTime &now);
    Status setNudgeState(qint64 id, const NudgeState &state);
    Status remove(qint64 id);

    Result<Contact> get(qint64 id) const;
    Result<bool> exists(qint64 id) const;

    // A page of the list, in the query's order; pass the last row's cursor to get the next page.
    Result<ContactPage> list(const ContactQuery &query) const;
    Result<int> count(const ContactQuery &query) const;
    // SQLite's EXPLAIN QUERY PLAN of list(query), one line per step ("SCAN c USING INDEX …").
    Result<QStringList> queryPlan(const ContactQuery &query) const;

    // "42", "Ada Lovelace" (any case, accents optional) or a unique prefix "ada l". Ambiguity is an
    // error listing the candidates.
    Result<ContactRef> resolve(const QString &reference) const;
    // Names starting with (or containing a word starting with) `prefix`, for completion. Both sides
    // are compared as textKey()s, so accents and case do not matter ("elod" finds "Élodie").
    // Each with its roles, organisation and e-mails, so that people of the same name can be told apart.
    Result<QList<ContactSummary>> complete(const QString &prefix, int limit) const;
    // Contacts (archived too) that a new or edited contact would duplicate: the same name (compared
    // as nameKey) or an e-mail address in common (any case). `exceptId` is the contact being edited.
    Result<QList<ContactSummary>> lookalikes(const QString &name, const QStringList &emails, qint64 exceptId) const;

    static QString nameKey(const QString &name); // textKey(name), stored as contact.name_key
    static QString newUid();                     // a random UUID, for a contact without a UID

    // Tags: every tag with how many contacts carry it, by name; a contact's tags replaced.
    Result<QList<TagCount>> tagCounts() const;
    Status setTags(qint64 id, const QStringList &tags);

    // The connection it writes through, for the rows a contact carries that other queries keep.
    const QSqlDatabase &database() const { return m_db; }

private:
    Status writeChildren(const Contact &contact, qint64 id, bool replace);

    QSqlDatabase m_db;
    sql::Prepared m_insert;
    sql::Prepared m_insertRole;
    sql::Prepared m_insertEmail;
    sql::Prepared m_insertPhone;
    sql::Prepared m_insertLink;
    sql::Prepared m_insertTag;
    sql::Prepared m_insertContactTag;
    sql::Prepared m_insertCard;
    sql::Prepared m_insertPhoto;
};

} // namespace tend
