#include "store/SyncStateQueries.h"

#include "db/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tend::syncstate {
namespace {

QString fieldsToJson(const QMap<QString, QString> &fields)
{
    QJsonObject object;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> fieldsFromJson(const QString &json)
{
    QMap<QString, QString> fields;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        fields.insert(it.key(), it.value().toString());
    return fields;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Result<QSet<qint64>> ids(const QSqlDatabase &db, const QString &statement)
{
    auto rows = sql::exec(db, statement);
    if (!rows)
        return rows.error();
    QSet<qint64> found;
    while (rows->next())
        found.insert(rows->value(0).toLongLong());
    return found;
}

} // namespace

Result<QList<SyncCollection>> collections(const QSqlDatabase &db)
{
    auto rows = sql::exec(db, u"SELECT id, kind, server_url, user_name, url, display_name, sync_token, ctag,"
                              " last_run_at, last_error FROM sync_collection ORDER BY kind"_s);
    if (!rows)
        return rows.error();
    QList<SyncCollection> found;
    while (rows->next()) {
        SyncCollection collection;
        collection.id = rows->value(0).toLongLong();
        collection.kind = syncKindFromKey(rows->value(1).toString()).value_or(SyncKind::Contacts);
        collection.serverUrl = rows->value(2).toString();
        collection.userName = rows->value(3).toString();
        collection.url = rows->value(4).toString();
        collection.displayName = rows->value(5).toString();
        collection.syncToken = rows->value(6).toString();
        collection.ctag = rows->value(7).toString();
        collection.lastRunAt = sql::toInstant(rows->value(8));
        collection.lastError = rows->value(9).toString();
        found.append(collection);
    }
    return found;
}

Result<qint64> saveCollection(const QSqlDatabase &db, const SyncCollection &collection)
{
    // Another URL is another collection: what the old one's status and token said is void.
    if (auto gone = sql::exec(db, u"DELETE FROM sync_collection WHERE kind = ? AND url <> ?"_s,
                              {toKey(collection.kind), collection.url});
        !gone)
        return gone.error();
    if (auto saved = sql::exec(db,
                               u"INSERT INTO sync_collection (kind, server_url, user_name, url, display_name)"
                               " VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind) DO UPDATE SET server_url = excluded.server_url,"
                               " user_name = excluded.user_name, display_name = excluded.display_name"_s,
                               {toKey(collection.kind), collection.serverUrl, collection.userName, collection.url,
                                collection.displayName});
        !saved)
        return saved.error();
    return sql::scalar(db, u"SELECT id FROM sync_collection WHERE kind = ?"_s, {toKey(collection.kind)});
}

Status removeCollections(const QSqlDatabase &db)
{
    if (auto done = sql::exec(db, u"DELETE FROM sync_collection"_s); !done)
        return done.error();
    return {};
}

Status setCollectionState(const QSqlDatabase &db, qint64 collectionId, const QString &syncToken, const QString &ctag)
{
    if (auto done = sql::exec(db, u"UPDATE sync_collection SET sync_token = ?, ctag = ? WHERE id = ?"_s,
                              {syncToken, ctag, collectionId});
        !done)
        return done.error();
    return {};
}

Status recordRun(const QSqlDatabase &db, qint64 collectionId, const QDateTime &at, const QString &error)
{
    if (auto done = sql::exec(db, u"UPDATE sync_collection SET last_run_at = ?, last_error = ? WHERE id = ?"_s,
                              {sql::instant(at), textOrNull(error), collectionId});
        !done)
        return done.error();
    return {};
}

Result<QList<SyncStatusRow>> statusRows(const QSqlDatabase &db, qint64 collectionId)
{
    auto rows = sql::exec(db, u"SELECT uid, local_hash, href, etag, remote_hash, base_fields FROM sync_status"
                              " WHERE collection_id = ? ORDER BY uid"_s,
                          {collectionId});
    if (!rows)
        return rows.error();
    QList<SyncStatusRow> found;
    while (rows->next()) {
        found.append({rows->value(0).toString(), rows->value(1).toByteArray(), rows->value(2).toString(),
                      rows->value(3).toString(), rows->value(4).toByteArray(), fieldsFromJson(rows->value(5).toString())});
    }
    return found;
}

Status putStatus(const QSqlDatabase &db, qint64 collectionId, const SyncStatusRow &row)
{
    if (auto done = sql::exec(db,
                              u"INSERT OR REPLACE INTO sync_status (collection_id, uid, local_hash, href, etag, remote_hash,"
                              " base_fields) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                              {collectionId, row.uid, row.localHash, row.href, row.etag, row.remoteHash,
                               fieldsToJson(row.baseFields)});
        !done)
        return done.error();
    return {};
}

Status removeStatus(const QSqlDatabase &db, qint64 collectionId, const QString &uid)
{
    if (auto done = sql::exec(db, u"DELETE FROM sync_status WHERE collection_id = ? AND uid = ?"_s, {collectionId, uid});
        !done)
        return done.error();
    return {};
}

Result<QList<SyncRoleSharing>> roleSharing(const QSqlDatabase &db)
{
    auto rows = sql::exec(db, u"SELECT role, share_contacts, share_notes FROM sync_role"_s);
    if (!rows)
        return rows.error();
    QList<SyncRoleSharing> found;
    for (const Role role : allRoles())
        found.append({role, role != Role::Therapist, false});
    while (rows->next()) {
        const auto role = roleFromKey(rows->value(0).toString());
        for (SyncRoleSharing &sharing : found) {
            if (role && sharing.role == *role) {
                sharing.contacts = rows->value(1).toBool();
                sharing.notes = rows->value(2).toBool();
            }
        }
    }
    return found;
}

Status setRoleSharing(const QSqlDatabase &db, const SyncRoleSharing &sharing)
{
    if (auto done = sql::exec(db, u"INSERT OR REPLACE INTO sync_role (role, share_contacts, share_notes) VALUES (?, ?, ?)"_s,
                              {toKey(sharing.role), sharing.contacts ? 1 : 0, sharing.notes ? 1 : 0});
        !done)
        return done.error();
    return {};
}

Result<QSet<qint64>> contactsThatLeftSync(const QSqlDatabase &db)
{
    return ids(db, u"SELECT id FROM contact WHERE left_sync = 1"_s);
}

Result<QSet<qint64>> contactsWithServerCards(const QSqlDatabase &db)
{
    return ids(db, u"SELECT contact_id FROM contact_card WHERE from_server = 1"_s);
}

Status setLeftSync(const QSqlDatabase &db, qint64 contactId, bool left)
{
    if (auto done = sql::exec(db, u"UPDATE contact SET left_sync = ? WHERE id = ?"_s, {left ? 1 : 0, contactId}); !done)
        return done.error();
    return {};
}

Status markCardFromServer(const QSqlDatabase &db, qint64 contactId)
{
    if (auto done = sql::exec(db, u"UPDATE contact_card SET from_server = 1 WHERE contact_id = ?"_s, {contactId}); !done)
        return done.error();
    return {};
}

Result<QHash<qint64, ReminderSyncColumns>> reminderSyncColumns(const QSqlDatabase &db)
{
    auto rows = sql::exec(db, u"SELECT r.id, r.uid, c.uid, r.ical_original FROM reminder r JOIN contact c ON c.id = r.contact_id"
                              " WHERE r.left_sync = 0"_s);
    if (!rows)
        return rows.error();
    QHash<qint64, ReminderSyncColumns> columns;
    while (rows->next())
        columns.insert(rows->value(0).toLongLong(),
                       {rows->value(1).toString(), rows->value(2).toString(), rows->value(3).toString().toUtf8()});
    return columns;
}

namespace {

Result<std::optional<qint64>> idOf(const QSqlDatabase &db, const QString &statement, const QString &uid)
{
    auto rows = sql::exec(db, statement, {uid});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<qint64>();
    return std::optional<qint64>(rows->value(0).toLongLong());
}

} // namespace

Result<std::optional<qint64>> reminderByUid(const QSqlDatabase &db, const QString &uid)
{
    return idOf(db, u"SELECT id FROM reminder WHERE uid = ?"_s, uid);
}

Result<std::optional<qint64>> contactByUid(const QSqlDatabase &db, const QString &uid)
{
    return idOf(db, u"SELECT id FROM contact WHERE uid = ?"_s, uid);
}

Status setReminderReason(const QSqlDatabase &db, qint64 reminderId, const QString &reason)
{
    if (auto done = sql::exec(db, u"UPDATE reminder SET reason = ? WHERE id = ?"_s, {reason, reminderId}); !done)
        return done.error();
    return {};
}

Status setReminderSyncCopy(const QSqlDatabase &db, qint64 reminderId, const QString &uid, const QByteArray &ical)
{
    if (auto done = sql::exec(db, u"UPDATE reminder SET uid = ?, ical_original = ?, left_sync = 0 WHERE id = ?"_s,
                              {uid, QString::fromUtf8(ical), reminderId});
        !done)
        return done.error();
    return {};
}

Status setReminderLeftSync(const QSqlDatabase &db, qint64 reminderId)
{
    if (auto done = sql::exec(db, u"UPDATE reminder SET left_sync = 1 WHERE id = ?"_s, {reminderId}); !done)
        return done.error();
    return {};
}

} // namespace tend::syncstate
