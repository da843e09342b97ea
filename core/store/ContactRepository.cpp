#include "store/ContactRepository.h"

#include "store/RoleColumn.h"

#include "db/Sql.h"
#include "model/Tags.h"
#include "model/TextKey.h"
#include "store/SearchQueries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

struct ContactRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(tend::ContactRepository)
};

constexpr int maxCandidatesListed = 10;

// The columns of a ContactSummary, read by readSummary() in this order.
const QString summaryColumns =
    u"c.id, c.name, c.organisation, c.title, c.archived, c.last_interaction_on, c.next_follow_up_on,"
    " c.nudge_due_on, c.nudge_cadence_days,"
    " (SELECT json_group_array(role) FROM contact_role WHERE contact_id = c.id),"
    " (SELECT json_group_array(email) FROM (SELECT email FROM contact_email WHERE contact_id = c.id"
    " ORDER BY position))"_s;
constexpr int summaryColumnCount = 11;

QStringList stringsFromJson(const QVariant &json)
{
    QStringList strings;
    const QJsonArray array = QJsonDocument::fromJson(json.toString().toUtf8()).array();
    for (const QJsonValue &value : array)
        strings.append(value.toString());
    return strings;
}

QString rolesToJson(const QList<Role> &roles)
{
    QJsonArray array;
    for (const Role role : roles)
        array.append(toKey(role));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The ORDER BY expression for each sort, each with an index on exactly that expression (migrations
// 0001 and 0003), so that the first page is an index walk. Fixed strings chosen by enum: no user
// text reaches SQL.
QString sortExpression(ContactQuery::Sort sort)
{
    switch (sort) {
    case ContactQuery::Sort::Name:
        return u"c.name_key"_s;
    case ContactQuery::Sort::Organisation:
        return u"c.organisation COLLATE NOCASE"_s;
    case ContactQuery::Sort::LastInteraction:
        return u"COALESCE(c.last_interaction_on, '')"_s;
    case ContactQuery::Sort::NextFollowUp:
        return u"COALESCE(c.next_follow_up_on, '9999-12-31')"_s;
    case ContactQuery::Sort::LosingTouch:
        // The stored keep-in-touch day (store/NudgeSchedule); people with no cadence come last.
        return u"COALESCE(c.nudge_due_on, '9999-12-31')"_s;
    }
    return u"c.name_key"_s;
}

// Accumulates a statement and its bound values side by side.
struct Statement
{
    QString text;
    QVariantList values;

    Statement &add(const QString &fragment, const QVariantList &bound = {})
    {
        text += fragment;
        values += bound;
        return *this;
    }
};

// The words of a contact's own fields that a filter looks in (the full-text index of migration
// 0002, as `tend search` uses it, without notes or interactions).
const QString filterColumns = u"{name organisation title emails}"_s;

void addFilters(Statement &statement, const ContactQuery &query)
{
    if (query.onlyArchived)
        statement.add(u" AND c.archived = 1"_s);
    else if (!query.includeArchived)
        statement.add(u" AND c.archived = 0"_s);

    const QString words = search::ftsQuery(query.search);
    if (!words.isEmpty()) {
        statement.add(u" AND c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)"_s,
                      {QString(filterColumns + u" : ("_s + words + u')')});
    }
    if (!query.tag.trimmed().isEmpty()) {
        statement.add(u" AND EXISTS (SELECT 1 FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
                      " WHERE ct.contact_id = c.id AND t.name_key = ?)"_s,
                      {textKey(query.tag.simplified())});
    }
    if (query.metVia)
        statement.add(u" AND c.met_via = ?"_s, {toKey(*query.metVia)});
    if (!query.roles.isEmpty()) {
        statement.add(u" AND EXISTS (SELECT 1 FROM contact_role r WHERE r.contact_id = c.id"
                      " AND r.role IN (SELECT value FROM json_each(?)))"_s,
                      {rolesToJson(query.roles)});
    }
}

ContactSummary readSummary(const QSqlQuery &row)
{
    ContactSummary summary;
    summary.id = row.value(0).toLongLong();
    summary.name = row.value(1).toString();
    summary.organisation = row.value(2).toString();
    summary.title = row.value(3).toString();
    summary.archived = row.value(4).toInt() != 0;
    summary.lastInteraction = sql::toDay(row.value(5));
    summary.nextFollowUp = sql::toDay(row.value(6));
    summary.nudgeDue = sql::toDay(row.value(7));
    if (!row.value(8).isNull())
        summary.nudgeCadenceDays = row.value(8).toInt();
    summary.roles = rolecolumn::roles(row.value(9));
    summary.emails = stringsFromJson(row.value(10));
    return summary;
}

Result<QList<ContactSummary>> readSummaries(Result<QSqlQuery> rows)
{
    if (!rows)
        return rows.error();
    QList<ContactSummary> found;
    while (rows->next())
        found.append(readSummary(*rows));
    return found;
}

Statement baseStatement(const ContactQuery &query, const QString &columns)
{
    Statement statement;
    statement.add(u"SELECT "_s + columns + u" FROM contact c WHERE 1 = 1"_s);
    addFilters(statement, query);
    return statement;
}

Statement listStatement(const ContactQuery &query)
{
    const QString sortKey = sortExpression(query.sort);
    Statement statement = baseStatement(
        query,
        summaryColumns + u", "_s + sortKey);
    // After the cursor: written so that the first term is a range on the index (a row value
    // comparison on an expression would make SQLite walk the index from its start on every page).
    const QString comparison = query.descending ? u" < "_s : u" > "_s;
    const QString orEqual = query.descending ? u" <= "_s : u" >= "_s;
    if (query.after) {
        statement.add(u" AND "_s + sortKey + orEqual + u"? AND ("_s + sortKey + comparison + u"? OR c.id"_s + comparison
                          + u"?)"_s,
                      {query.after->sortValue, query.after->sortValue, query.after->id});
    }
    const QString order = query.descending ? u" DESC"_s : u" ASC"_s;
    statement.add(u" ORDER BY "_s + sortKey + order + u", c.id"_s + order);
    if (query.limit >= 0)
        statement.add(u" LIMIT ?"_s, {query.limit + 1}); // one extra row tells whether more follow
    return statement;
}

} // namespace

QString ContactRepository::nameKey(const QString &name)
{
    return textKey(name);
}

Status ContactRepository::writeChildren(const Contact &contact, qint64 id, bool replace)
{
    if (replace) {
        for (const QString &table : {u"contact_role"_s, u"contact_email"_s, u"contact_phone"_s, u"contact_link"_s,
                                     u"contact_tag"_s, u"contact_photo"_s}) {
            // Table names come from the fixed list above.
            if (auto done = sql::exec(m_db, u"DELETE FROM "_s + table + u" WHERE contact_id = ?"_s, {id}); !done)
                return done.error();
        }
    }
    for (const Role role : sortedUniqueRoles(contact.roles)) {
        if (auto done = m_insertRole.exec(m_db, u"INSERT INTO contact_role (contact_id, role) VALUES (?, ?)"_s,
                                          {id, toKey(role)});
            !done)
            return done.error();
    }
    int position = 0;
    for (const QString &email : contact.emails) {
        if (auto done = m_insertEmail.exec(m_db, u"INSERT INTO contact_email (contact_id, position, email) VALUES (?, ?, ?)"_s,
                                           {id, position++, email.trimmed()});
            !done)
            return done.error();
    }
    position = 0;
    for (const QString &phone : contact.phones) {
        if (auto done = m_insertPhone.exec(m_db, u"INSERT INTO contact_phone (contact_id, position, phone) VALUES (?, ?, ?)"_s,
                                           {id, position++, phone.trimmed()});
            !done)
            return done.error();
    }
    position = 0;
    for (const ContactLink &link : contact.links) {
        if (auto done = m_insertLink.exec(m_db,
                                          u"INSERT INTO contact_link (contact_id, position, label, url) VALUES (?, ?, ?, ?)"_s,
                                          {id, position++, link.label, link.url.trimmed()});
            !done)
            return done.error();
    }
    for (const QString &tag : normalisedTags(contact.tags)) {
        const QString key = textKey(tag);
        if (auto done = m_insertTag.exec(m_db, u"INSERT INTO tag (name, name_key) VALUES (?, ?) ON CONFLICT (name_key) DO NOTHING"_s,
                                         {tag, key});
            !done)
            return done.error();
        if (auto done = m_insertContactTag.exec(m_db,
                                                u"INSERT OR IGNORE INTO contact_tag (contact_id, tag_id)"
                                                " SELECT ?, id FROM tag WHERE name_key = ?"_s,
                                                {id, key});
            !done)
            return done.error();
    }
    // Updated in place, not replaced: a card that stays the same stays whatever sync knows of it
    // (migration 0008's trigger forgets that when the card changes).
    if (contact.card.isEmpty()) {
        if (replace) {
            if (auto done = sql::exec(m_db, u"DELETE FROM contact_card WHERE contact_id = ?"_s, {id}); !done)
                return done.error();
        }
    } else if (auto done = m_insertCard.exec(m_db,
                                             u"INSERT INTO contact_card (contact_id, card) VALUES (?, ?)"
                                             " ON CONFLICT (contact_id) DO UPDATE SET card = excluded.card"
                                             " WHERE card IS NOT excluded.card"_s,
                                             {id, contact.card});
               !done) {
        return done.error();
    }
    if (!contact.photo.isEmpty()) {
        if (auto done = m_insertPhoto.exec(m_db, u"INSERT INTO contact_photo (contact_id, mime_type, data) VALUES (?, ?, ?)"_s,
                                           {id, contact.photo.mimeType.isEmpty() ? u"image/jpeg"_s : contact.photo.mimeType,
                                            contact.photo.data});
            !done)
            return done.error();
    }
    return {};
}

QString ContactRepository::newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<qint64> ContactRepository::insert(const Contact &contact, const QDateTime &now)
{
    const QVariant createdAt = sql::instant(contact.createdAt.isValid() ? contact.createdAt : now);
    const QVariant updatedAt = sql::instant(contact.updatedAt.isValid() ? contact.updatedAt : now);
    // An undone delete comes back with its keep-in-touch state; nudge_cadence_days too, so that the
    // refresh that follows sees the same cadence and keeps the snooze.
    auto inserted = m_insert.exec(
        m_db,
        u"INSERT INTO contact (id, name, name_key, organisation, title, met_via, met_via_detail, notes,"
        " cadence_days, archived, nudge_snoozed_until, kept_in_touch_on, nudge_cadence_days, created_at, updated_at,"
        " uid, connected_on)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {contact.id > 0 ? QVariant(contact.id) : QVariant(QMetaType::fromType<qint64>()), contact.name.trimmed(),
         nameKey(contact.name), contact.organisation.trimmed(), contact.title.trimmed(),
         contact.metVia ? QVariant(toKey(*contact.metVia)) : QVariant(QMetaType::fromType<QString>()),
         contact.metViaDetail.trimmed(), contact.notes, sql::optionalInt(contact.cadenceDays),
         contact.archived ? 1 : 0, sql::day(contact.nudgeSnoozedUntil), sql::day(contact.keptInTouchOn),
         sql::optionalInt(contact.nudgeCadenceDays), createdAt, updatedAt,
         contact.uid.trimmed().isEmpty() ? newUid() : contact.uid.trimmed(), sql::day(contact.connectedOn)});
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    if (auto children = writeChildren(contact, id, /*replace=*/false); !children)
        return children.error();
    return id;
}

Status ContactRepository::update(const Contact &contact, const QDateTime &now)
{
    auto updated = sql::exec(
        m_db,
        u"UPDATE contact SET name = ?, name_key = ?, organisation = ?, title = ?, met_via = ?, met_via_detail = ?,"
        " notes = ?, cadence_days = ?, archived = ?, updated_at = ?, uid = COALESCE(NULLIF(?, ''), uid),"
        " connected_on = ? WHERE id = ?"_s,
        {contact.name.trimmed(), nameKey(contact.name), contact.organisation.trimmed(), contact.title.trimmed(),
         contact.metVia ? QVariant(toKey(*contact.metVia)) : QVariant(QMetaType::fromType<QString>()),
         contact.metViaDetail.trimmed(), contact.notes, sql::optionalInt(contact.cadenceDays),
         contact.archived ? 1 : 0, sql::instant(now), contact.uid.trimmed(), sql::day(contact.connectedOn), contact.id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::notFound(ContactRepositoryText::tr("There is no contact with id %1.").arg(contact.id));
    return writeChildren(contact, contact.id, /*replace=*/true);
}

Status ContactRepository::setArchived(qint64 id, bool archived, const QDateTime &now)
{
    auto updated = sql::exec(m_db, u"UPDATE contact SET archived = ?, updated_at = ? WHERE id = ?"_s,
                             {archived ? 1 : 0, sql::instant(now), id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::notFound(ContactRepositoryText::tr("There is no contact with id %1.").arg(id));
    return {};
}

Status ContactRepository::setNudgeState(qint64 id, const NudgeState &state)
{
    auto updated = sql::exec(m_db, u"UPDATE contact SET kept_in_touch_on = ?, nudge_snoozed_until = ? WHERE id = ?"_s,
                             {sql::day(state.keptInTouchOn), sql::day(state.snoozedUntil), id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::notFound(ContactRepositoryText::tr("There is no contact with id %1.").arg(id));
    return {};
}

Status ContactRepository::remove(qint64 id)
{
    auto removed = sql::exec(m_db, u"DELETE FROM contact WHERE id = ?"_s, {id});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() != 1)
        return Error::notFound(ContactRepositoryText::tr("There is no contact with id %1.").arg(id));
    return {};
}

Result<bool> ContactRepository::exists(qint64 id) const
{
    auto found = sql::scalar(m_db, u"SELECT count(*) FROM contact WHERE id = ?"_s, {id});
    if (!found)
        return found.error();
    return *found > 0;
}

Result<Contact> ContactRepository::get(qint64 id) const
{
    auto row = sql::exec(m_db,
                         u"SELECT id, name, organisation, title, met_via, met_via_detail, notes, cadence_days,"
                         " archived, created_at, updated_at, last_interaction_on, next_follow_up_on,"
                         " nudge_snoozed_until, kept_in_touch_on, nudge_cadence_days, nudge_due_on, uid, connected_on"
                         " FROM contact WHERE id = ?"_s,
                         {id});
    if (!row)
        return row.error();
    if (!row->next())
        return Error::notFound(ContactRepositoryText::tr("There is no contact with id %1.").arg(id));

    Contact contact;
    contact.id = row->value(0).toLongLong();
    contact.name = row->value(1).toString();
    contact.organisation = row->value(2).toString();
    contact.title = row->value(3).toString();
    if (!row->value(4).isNull())
        contact.metVia = metViaFromKey(row->value(4).toString());
    contact.metViaDetail = row->value(5).toString();
    contact.notes = row->value(6).toString();
    if (!row->value(7).isNull())
        contact.cadenceDays = row->value(7).toInt();
    contact.archived = row->value(8).toInt() != 0;
    contact.createdAt = sql::toInstant(row->value(9));
    contact.updatedAt = sql::toInstant(row->value(10));
    contact.lastInteraction = sql::toDay(row->value(11));
    contact.nextFollowUp = sql::toDay(row->value(12));
    contact.nudgeSnoozedUntil = sql::toDay(row->value(13));
    contact.keptInTouchOn = sql::toDay(row->value(14));
    if (!row->value(15).isNull())
        contact.nudgeCadenceDays = row->value(15).toInt();
    contact.nudgeDue = sql::toDay(row->value(16));
    contact.uid = row->value(17).toString();
    contact.connectedOn = sql::toDay(row->value(18));

    auto roles = sql::exec(m_db, u"SELECT role FROM contact_role WHERE contact_id = ?"_s, {id});
    if (!roles)
        return roles.error();
    while (roles->next()) {
        if (auto role = roleFromKey(roles->value(0).toString()))
            contact.roles.append(*role);
    }
    contact.roles = sortedUniqueRoles(contact.roles);

    auto emails = sql::exec(m_db, u"SELECT email FROM contact_email WHERE contact_id = ? ORDER BY position"_s, {id});
    if (!emails)
        return emails.error();
    while (emails->next())
        contact.emails.append(emails->value(0).toString());

    auto phones = sql::exec(m_db, u"SELECT phone FROM contact_phone WHERE contact_id = ? ORDER BY position"_s, {id});
    if (!phones)
        return phones.error();
    while (phones->next())
        contact.phones.append(phones->value(0).toString());

    auto links = sql::exec(m_db, u"SELECT label, url FROM contact_link WHERE contact_id = ? ORDER BY position"_s, {id});
    if (!links)
        return links.error();
    while (links->next())
        contact.links.append({links->value(0).toString(), links->value(1).toString()});

    auto tags = sql::exec(m_db, u"SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
                                " WHERE ct.contact_id = ? ORDER BY t.name_key"_s, {id});
    if (!tags)
        return tags.error();
    while (tags->next())
        contact.tags.append(tags->value(0).toString());

    auto card = sql::exec(m_db, u"SELECT card FROM contact_card WHERE contact_id = ?"_s, {id});
    if (!card)
        return card.error();
    if (card->next())
        contact.card = card->value(0).toString();

    auto photo = sql::exec(m_db, u"SELECT mime_type, data FROM contact_photo WHERE contact_id = ?"_s, {id});
    if (!photo)
        return photo.error();
    if (photo->next())
        contact.photo = {photo->value(1).toByteArray(), photo->value(0).toString()};
    return contact;
}

Result<ContactPage> ContactRepository::list(const ContactQuery &query) const
{
    const Statement statement = listStatement(query);
    auto rows = sql::exec(m_db, statement.text, statement.values);
    if (!rows)
        return rows.error();
    ContactPage page;
    QVariant lastSortValue;
    while (rows->next()) {
        if (query.limit >= 0 && page.rows.size() == query.limit) {
            page.next = ContactCursor{lastSortValue, page.rows.constLast().id};
            break;
        }
        page.rows.append(readSummary(*rows));
        lastSortValue = rows->value(summaryColumnCount);
    }
    return page;
}

Result<QStringList> ContactRepository::queryPlan(const ContactQuery &query) const
{
    const Statement statement = listStatement(query);
    auto rows = sql::exec(m_db, u"EXPLAIN QUERY PLAN "_s + statement.text, statement.values);
    if (!rows)
        return rows.error();
    QStringList steps;
    while (rows->next())
        steps.append(rows->value(3).toString());
    return steps;
}

Result<int> ContactRepository::count(const ContactQuery &query) const
{
    const bool everyoneShown = search::ftsQuery(query.search).isEmpty() && query.roles.isEmpty()
                               && query.tag.trimmed().isEmpty() && !query.metVia && !query.onlyArchived;
    if (everyoneShown) {
        // Two index counts instead of a read of every contact row (migrations/0011_speed.sql).
        auto counted = sql::scalar(m_db, query.includeArchived
                                             ? u"SELECT count(*) FROM contact"_s
                                             : u"SELECT (SELECT count(*) FROM contact)"
                                               " - (SELECT count(*) FROM contact WHERE archived = 1)"_s);
        if (!counted)
            return counted.error();
        return int(*counted);
    }
    const Statement statement = baseStatement(query, u"count(*)"_s);
    auto counted = sql::scalar(m_db, statement.text, statement.values);
    if (!counted)
        return counted.error();
    return int(*counted);
}

Result<ContactRef> ContactRepository::resolve(const QString &reference) const
{
    const QString trimmed = reference.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(ContactRepositoryText::tr("No contact was named."));

    static const QRegularExpression digits(u"^\\d{1,18}$"_s);
    if (digits.match(trimmed).hasMatch()) {
        auto byId = sql::exec(m_db, u"SELECT id, name FROM contact WHERE id = ?"_s, {trimmed.toLongLong()});
        if (!byId)
            return byId.error();
        if (byId->next())
            return ContactRef{byId->value(0).toLongLong(), byId->value(1).toString()};
    }

    const auto candidates = [&](const QString &statement, const QVariant &value) -> Result<QList<ContactRef>> {
        auto rows = sql::exec(m_db, statement, {value, maxCandidatesListed + 1});
        if (!rows)
            return rows.error();
        QList<ContactRef> found;
        while (rows->next())
            found.append({rows->value(0).toLongLong(), rows->value(1).toString()});
        return found;
    };
    const auto ambiguous = [&](const QList<ContactRef> &found) {
        QStringList lines;
        for (const ContactRef &ref : found.mid(0, maxCandidatesListed))
            lines.append(u"  %1  %2"_s.arg(ref.id).arg(ref.name));
        if (found.size() > maxCandidatesListed)
            lines.append(u"  …"_s);
        return Error{Error::Code::Ambiguous,
                     ContactRepositoryText::tr("\"%1\" matches more than one contact; use the id or more of the name:\n%2")
                         .arg(
                         trimmed, lines.join(u'\n'))};
    };

    const QString key = nameKey(trimmed);
    auto exact = candidates(u"SELECT id, name FROM contact WHERE name_key = ? ORDER BY id LIMIT ?"_s, key);
    if (!exact)
        return exact.error();
    if (exact->size() == 1)
        return exact->constFirst();
    if (exact->size() > 1)
        return ambiguous(*exact);

    auto prefixed = candidates(
        u"SELECT id, name FROM contact WHERE name_key LIKE ? ESCAPE '\\' ORDER BY name_key, id LIMIT ?"_s,
        QString(sql::escapeLike(key) + u"%"_s));
    if (!prefixed)
        return prefixed.error();
    if (prefixed->size() == 1)
        return prefixed->constFirst();
    if (prefixed->size() > 1)
        return ambiguous(*prefixed);
    return Error::notFound(ContactRepositoryText::tr("No contact matches \"%1\".").arg(trimmed));
}

Result<QList<ContactSummary>> ContactRepository::complete(const QString &prefix, int limit) const
{
    const QString key = sql::escapeLike(nameKey(prefix));
    auto rows = sql::exec(m_db,
                          u"SELECT "_s + summaryColumns
                              + u" FROM contact c WHERE c.archived = 0 AND (c.name_key LIKE ? ESCAPE '\\'"
                                " OR c.name_key LIKE ? ESCAPE '\\') ORDER BY c.name_key, c.id LIMIT ?"_s,
                          {QString(key + u"%"_s), QString(u"% "_s + key + u"%"_s), limit});
    return readSummaries(std::move(rows));
}

Result<QList<ContactSummary>> ContactRepository::lookalikes(const QString &name, const QStringList &emails,
                                                           qint64 exceptId) const
{
    QJsonArray folded;
    for (const QString &email : emails)
        if (!email.trimmed().isEmpty())
            folded.append(email.trimmed().toLower()); // as SQLite's lower(), for ASCII
    auto rows = sql::exec(m_db,
                          u"SELECT "_s + summaryColumns
                              + u" FROM contact c WHERE c.id <> ? AND (c.name_key = ? OR c.id IN"
                                " (SELECT contact_id FROM contact_email WHERE lower(email) IN (SELECT value FROM json_each(?))))"
                                " ORDER BY c.archived, c.name_key, c.id LIMIT ?"_s,
                          {exceptId, nameKey(name), QString::fromUtf8(QJsonDocument(folded).toJson(QJsonDocument::Compact)),
                           maxCandidatesListed});
    return readSummaries(std::move(rows));
}

} // namespace tend

namespace tend {

Result<QList<TagCount>> ContactRepository::tagCounts() const
{
    auto rows = sql::exec(m_db, u"SELECT t.name, count(ct.contact_id), t.cadence_days FROM tag t LEFT JOIN contact_tag ct ON ct.tag_id = t.id"
                                " GROUP BY t.id ORDER BY t.name_key"_s);
    if (!rows)
        return rows.error();
    QList<TagCount> counts;
    while (rows->next())
        counts.append({rows->value(0).toString(), rows->value(1).toInt(),
                       rows->value(2).isNull() ? std::nullopt : std::optional<int>(rows->value(2).toInt())});
    return counts;
}

Status ContactRepository::setTags(qint64 id, const QStringList &tags)
{
    auto exists = this->exists(id);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error::notFound(ContactRepositoryText::tr("There is no contact with id %1.").arg(id));
    if (auto done = sql::exec(m_db, u"DELETE FROM contact_tag WHERE contact_id = ?"_s, {id}); !done)
        return done.error();
    for (const QString &tag : normalisedTags(tags)) {
        const QString key = textKey(tag);
        if (auto done = sql::exec(m_db, u"INSERT INTO tag (name, name_key) VALUES (?, ?) ON CONFLICT (name_key) DO NOTHING"_s,
                                  {tag, key});
            !done)
            return done.error();
        if (auto done = sql::exec(m_db, u"INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) SELECT ?, id FROM tag WHERE name_key = ?"_s,
                                  {id, key});
            !done)
            return done.error();
    }
    return {};
}

} // namespace tend
