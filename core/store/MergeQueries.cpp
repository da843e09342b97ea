#include "store/MergeQueries.h"

#include "db/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tend::merge {
namespace {

struct MergeQueriesText
{
    Q_DECLARE_TR_FUNCTIONS(tend::MergeQueries)
};

// The tables a contact's rows live in, with every column, fixed here: no name comes from input.
struct TableColumns
{
    QString table;
    QStringList columns;
    bool eitherSide = false; // dismissed_duplicate names the contact in contact_id or other_id
};

const QStringList contactColumns{
    u"id"_s,          u"name"_s,          u"name_key"_s,           u"organisation"_s,        u"title"_s,
    u"met_via"_s,     u"met_via_detail"_s, u"notes"_s,             u"cadence_days"_s,        u"archived"_s,
    u"nudge_snoozed_until"_s, u"created_at"_s, u"updated_at"_s,    u"last_interaction_on"_s, u"next_follow_up_on"_s,
    u"kept_in_touch_on"_s, u"nudge_cadence_days"_s, u"nudge_due_on"_s, u"uid"_s,           u"connected_on"_s};

const QList<TableColumns> &childTables()
{
    static const QList<TableColumns> tables{
        {u"contact_role"_s, {u"contact_id"_s, u"role"_s}},
        {u"contact_email"_s, {u"id"_s, u"contact_id"_s, u"position"_s, u"email"_s}},
        {u"contact_phone"_s, {u"id"_s, u"contact_id"_s, u"position"_s, u"phone"_s}},
        {u"contact_link"_s, {u"id"_s, u"contact_id"_s, u"position"_s, u"label"_s, u"url"_s}},
        {u"contact_tag"_s, {u"contact_id"_s, u"tag_id"_s}},
        {u"contact_card"_s, {u"contact_id"_s, u"card"_s}},
        {u"contact_photo"_s, {u"contact_id"_s, u"mime_type"_s, u"data"_s}},
        {u"important_date"_s, {u"id"_s, u"contact_id"_s, u"kind"_s, u"label"_s, u"year"_s, u"month"_s, u"day"_s, u"created_at"_s}},
        {u"dismissed_duplicate"_s, {u"contact_id"_s, u"other_id"_s, u"dismissed_at"_s}, true},
    };
    return tables;
}

QString whereContact(const TableColumns &table)
{
    return table.eitherSide ? u" WHERE contact_id = ? OR other_id = ?"_s : u" WHERE contact_id = ?"_s;
}

QVariantList contactBound(const TableColumns &table, qint64 id)
{
    return table.eitherSide ? QVariantList{id, id} : QVariantList{id};
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return marks.join(u", "_s);
}

Result<QList<QVariantList>> readRows(const QSqlDatabase &db, const QString &statement, const QVariantList &values,
                                     qsizetype columns)
{
    auto rows = sql::exec(db, statement, values);
    if (!rows)
        return rows.error();
    QList<QVariantList> read;
    while (rows->next()) {
        QVariantList row;
        for (qsizetype i = 0; i < columns; ++i)
            row.append(rows->value(int(i)));
        read.append(row);
    }
    return read;
}

// With `newIdWhenTaken`, a row whose id (its first column) is taken goes in with a new one.
Status insertRows(const QSqlDatabase &db, const QString &table, const QStringList &columns, const QList<QVariantList> &rows,
                  const QString &conflict = {}, bool newIdWhenTaken = false)
{
    const QString statement = u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
                              + placeholders(columns.size()) + u")"_s + conflict;
    for (QVariantList row : rows) {
        auto done = sql::exec(db, statement, row);
        if (!done)
            return done.error();
        if (newIdWhenTaken && done->numRowsAffected() == 0) {
            row[0] = QVariant(QMetaType::fromType<qint64>());
            if (auto again = sql::exec(db, statement, row); !again)
                return again.error();
        }
    }
    return {};
}

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QList<qint64>> readIds(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto rows = sql::exec(db, statement, values);
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    while (rows->next())
        ids.append(rows->value(0).toLongLong());
    return ids;
}

} // namespace

Result<ContactRows> copyRows(const QSqlDatabase &db, qint64 contactId)
{
    ContactRows copy;
    copy.contactId = contactId;
    auto contact = readRows(db, u"SELECT "_s + contactColumns.join(u", "_s) + u" FROM contact WHERE id = ?"_s, {contactId},
                            contactColumns.size());
    if (!contact)
        return contact.error();
    if (contact->isEmpty())
        return Error::notFound(MergeQueriesText::tr("There is no contact with id %1.").arg(contactId));
    copy.tables.append({u"contact"_s, *contact});
    for (const TableColumns &table : childTables()) {
        auto rows = readRows(db, u"SELECT "_s + table.columns.join(u", "_s) + u" FROM "_s + table.table + whereContact(table),
                             contactBound(table, contactId), table.columns.size());
        if (!rows)
            return rows.error();
        copy.tables.append({table.table, *rows});
    }
    return copy;
}

Status restoreRows(const QSqlDatabase &db, const ContactRows &copy)
{
    QStringList updates;
    for (const QString &column : contactColumns.mid(1))
        updates.append(column + u" = excluded."_s + column);
    for (const StoredRows &stored : copy.tables) {
        if (stored.table != u"contact"_s)
            continue;
        // An upsert, not INSERT OR REPLACE: replacing the row would cascade to everything it owns.
        if (auto done = insertRows(db, u"contact"_s, contactColumns, stored.rows,
                                   u" ON CONFLICT (id) DO UPDATE SET "_s + updates.join(u", "_s));
            !done)
            return done;
    }
    for (const TableColumns &table : childTables()) {
        if (auto done = sql::exec(db, u"DELETE FROM "_s + table.table + whereContact(table), contactBound(table, copy.contactId));
            !done)
            return done.error();
        for (const StoredRows &stored : copy.tables) {
            if (stored.table != table.table)
                continue;
            // A dismissed pair of the two merged contacts is in both copies. A row id that another
            // contact's row took meanwhile (a change outside the undo history) is given up for a new one.
            const bool hasId = table.columns.constFirst() == u"id"_s;
            if (auto done = insertRows(db, table.table, table.columns, stored.rows, u" ON CONFLICT DO NOTHING"_s, hasId); !done)
                return done;
        }
    }
    return {};
}

Result<QList<qint64>> interactionsWithout(const QSqlDatabase &db, qint64 otherId, qint64 keepId)
{
    return readIds(db, u"SELECT interaction_id FROM interaction_participant WHERE contact_id = ? AND interaction_id NOT IN"
                       " (SELECT interaction_id FROM interaction_participant WHERE contact_id = ?) ORDER BY interaction_id"_s,
                   {otherId, keepId});
}

Result<QList<qint64>> interactionsShared(const QSqlDatabase &db, qint64 otherId, qint64 keepId)
{
    return readIds(db, u"SELECT interaction_id FROM interaction_participant WHERE contact_id = ? AND interaction_id IN"
                       " (SELECT interaction_id FROM interaction_participant WHERE contact_id = ?) ORDER BY interaction_id"_s,
                   {otherId, keepId});
}

Result<QList<qint64>> reminderIds(const QSqlDatabase &db, qint64 contactId)
{
    return readIds(db, u"SELECT id FROM reminder WHERE contact_id = ? ORDER BY id"_s, {contactId});
}

Status moveParticipation(const QSqlDatabase &db, const QList<qint64> &interactionIds, qint64 from, qint64 to)
{
    // A delete and an insert, not an UPDATE: the triggers that keep contact.last_interaction_on
    // watch participants being added and removed.
    auto removed = sql::exec(db, u"DELETE FROM interaction_participant WHERE contact_id = ?"
                                 " AND interaction_id IN (SELECT value FROM json_each(?))"_s,
                             {from, idsJson(interactionIds)});
    if (!removed)
        return removed.error();
    return addParticipation(db, interactionIds, to);
}

Status addParticipation(const QSqlDatabase &db, const QList<qint64> &interactionIds, qint64 contactId)
{
    auto done = sql::exec(db, u"INSERT INTO interaction_participant (interaction_id, contact_id)"
                              " SELECT value, ? FROM json_each(?)"_s,
                          {contactId, idsJson(interactionIds)});
    if (!done)
        return done.error();
    return {};
}

Status moveImportantDates(const QSqlDatabase &db, qint64 from, qint64 to)
{
    if (auto done = sql::exec(db, u"UPDATE important_date SET contact_id = ? WHERE contact_id = ?"_s, {to, from}); !done)
        return done.error();
    return {};
}

Status moveReminders(const QSqlDatabase &db, const QList<qint64> &reminderIds, qint64 to)
{
    auto done = sql::exec(db, u"UPDATE reminder SET contact_id = ? WHERE id IN (SELECT value FROM json_each(?))"_s,
                          {to, idsJson(reminderIds)});
    if (!done)
        return done.error();
    return {};
}

} // namespace tend::merge
