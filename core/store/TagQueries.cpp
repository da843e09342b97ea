#include "store/TagQueries.h"

#include "db/Sql.h"
#include "model/TextKey.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tend::tagstore {
namespace {

template<typename List>
QString json(const List &values)
{
    QJsonArray array;
    for (const auto &value : values)
        array.append(value);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QStringList keysOf(const QStringList &names)
{
    QStringList keys;
    for (const QString &name : normalisedTags(names))
        keys.append(textKey(name));
    return keys;
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

Result<QList<TagRow>> rows(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    auto query = sql::exec(db,
                           u"SELECT t.id, t.name, t.name_key, t.cadence_days,"
                           " (SELECT json_group_array(contact_id) FROM contact_tag WHERE tag_id = t.id)"
                           " FROM tag t WHERE "_s
                               + where + u" ORDER BY t.name_key"_s,
                           values);
    if (!query)
        return query.error();
    QList<TagRow> tags;
    while (query->next()) {
        TagRow row{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                   optionalInt(query->value(3)), {}};
        const QJsonArray ids = QJsonDocument::fromJson(query->value(4).toString().toUtf8()).array();
        for (const QJsonValue &id : ids)
            row.contactIds.append(id.toInteger());
        tags.append(row);
    }
    return tags;
}

Status run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    if (auto done = sql::exec(db, statement, values); !done)
        return done.error();
    return {};
}

} // namespace

Result<std::optional<TagRow>> find(const QSqlDatabase &db, const QString &name)
{
    auto found = rows(db, u"t.name_key = ?"_s, {textKey(name.simplified())});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<TagRow>();
    return std::optional<TagRow>(found->constFirst());
}

Result<TagsSnapshot> snapshot(const QSqlDatabase &db, const QStringList &keys)
{
    auto found = rows(db, u"t.name_key IN (SELECT value FROM json_each(?))"_s, {json(keys)});
    if (!found)
        return found.error();
    return TagsSnapshot{keys, *found};
}

Status restore(const QSqlDatabase &db, const TagsSnapshot &snapshot)
{
    QStringList kept;
    for (const TagRow &tag : snapshot.tags)
        kept.append(tag.key);
    QStringList gone;
    for (const QString &key : snapshot.keys) {
        if (!kept.contains(key))
            gone.append(key);
    }
    if (auto done = run(db, u"DELETE FROM tag WHERE name_key IN (SELECT value FROM json_each(?))"_s, {json(gone)}); !done)
        return done;
    for (const TagRow &tag : snapshot.tags) {
        // The row may be gone (merged away) or hold another id's key: free the key, then put the row back.
        if (auto done = run(db, u"DELETE FROM tag WHERE name_key = ? AND id <> ?"_s, {tag.key, tag.id}); !done)
            return done;
        if (auto done = run(db,
                            u"INSERT INTO tag (id, name, name_key, cadence_days) VALUES (?, ?, ?, ?)"
                            " ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key,"
                            " cadence_days = excluded.cadence_days"_s,
                            {tag.id, tag.name, tag.key, sql::optionalInt(tag.cadenceDays)});
            !done)
            return done;
        if (auto done = run(db, u"DELETE FROM contact_tag WHERE tag_id = ?"_s, {tag.id}); !done)
            return done;
        if (auto done = run(db,
                            u"INSERT INTO contact_tag (contact_id, tag_id) SELECT value, ? FROM json_each(?)"
                            " WHERE value IN (SELECT id FROM contact)"_s,
                            {tag.id, json(tag.contactIds)});
            !done)
            return done;
    }
    return {};
}

Status addToContacts(const QSqlDatabase &db, const QList<qint64> &contactIds, const QStringList &names)
{
    for (const QString &name : normalisedTags(names)) {
        const QString key = textKey(name);
        if (auto done = run(db, u"INSERT INTO tag (name, name_key) VALUES (?, ?) ON CONFLICT (name_key) DO NOTHING"_s,
                            {name, key});
            !done)
            return done;
        if (auto done = run(db,
                            u"INSERT OR IGNORE INTO contact_tag (contact_id, tag_id)"
                            " SELECT value, (SELECT id FROM tag WHERE name_key = ?) FROM json_each(?)"_s,
                            {key, json(contactIds)});
            !done)
            return done;
    }
    return {};
}

Status removeFromContacts(const QSqlDatabase &db, const QList<qint64> &contactIds, const QStringList &names)
{
    return run(db,
               u"DELETE FROM contact_tag WHERE contact_id IN (SELECT value FROM json_each(?))"
               " AND tag_id IN (SELECT id FROM tag WHERE name_key IN (SELECT value FROM json_each(?)))"_s,
               {json(contactIds), json(keysOf(names))});
}

Status rename(const QSqlDatabase &db, qint64 id, const QString &name)
{
    const QString simplified = name.simplified();
    return run(db, u"UPDATE tag SET name = ?, name_key = ? WHERE id = ?"_s, {simplified, textKey(simplified), id});
}

Status merge(const QSqlDatabase &db, qint64 fromId, qint64 intoId)
{
    if (auto done = run(db,
                        u"INSERT OR IGNORE INTO contact_tag (contact_id, tag_id)"
                        " SELECT contact_id, ? FROM contact_tag WHERE tag_id = ?"_s,
                        {intoId, fromId});
        !done)
        return done;
    return run(db, u"DELETE FROM tag WHERE id = ?"_s, {fromId});
}

Status setCadence(const QSqlDatabase &db, qint64 id, std::optional<int> cadenceDays)
{
    return run(db, u"UPDATE tag SET cadence_days = ? WHERE id = ?"_s, {sql::optionalInt(cadenceDays), id});
}

Result<QList<TagCadence>> cadences(const QSqlDatabase &db, const QStringList &names)
{
    auto found = rows(db, u"t.cadence_days IS NOT NULL AND t.name_key IN (SELECT value FROM json_each(?))"_s,
                      {json(keysOf(names))});
    if (!found)
        return found.error();
    QList<TagCadence> result;
    for (const TagRow &tag : std::as_const(*found))
        result.append({tag.name, tag.cadenceDays && *tag.cadenceDays > 0 ? tag.cadenceDays : std::nullopt});
    return result;
}

Result<QList<TagRow>> withCadence(const QSqlDatabase &db)
{
    return rows(db, u"t.cadence_days IS NOT NULL"_s, {});
}

} // namespace tend::tagstore
