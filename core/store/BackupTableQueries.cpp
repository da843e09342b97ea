#include "store/BackupTableQueries.h"

#include "db/Sql.h"
#include "exchange/BackupTables.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tend::exchange {
namespace {

// Identifiers come from backupTables(), never from the document; quoted all the same.
QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

QStringList quotedColumns(const BackupTable &table)
{
    QStringList columns;
    for (const BackupColumn &column : table.columns)
        columns.append(quoted(column.column));
    return columns;
}

QVariant nullOf(BackupValue value)
{
    return value == BackupValue::Text ? QVariant(QMetaType::fromType<QString>()) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<QJsonObject> readBackupTables(const QSqlDatabase &db, const QHash<qint64, QString> &contactUids,
                                     const QHash<qint64, int> &interactionRefs)
{
    QJsonObject sections;
    QHash<QString, QHash<qint64, int>> rowRefs; // table → id → ref
    for (const BackupTable &table : backupTables()) {
        auto rows = sql::exec(db, u"SELECT id, %1 FROM %2 ORDER BY id"_s.arg(quotedColumns(table).join(u", "_s),
                                                                          quoted(table.table)));
        if (!rows)
            return rows.error();
        QJsonArray section;
        QHash<qint64, int> &refs = rowRefs[table.table];
        while (rows->next()) {
            QJsonObject row{{u"ref"_s, section.size() + 1}};
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                const BackupColumn &column = table.columns.at(c);
                const QVariant value = rows->value(int(c) + 1);
                QJsonValue json;
                if (!value.isNull()) {
                    switch (column.value) {
                    case BackupValue::Text: json = value.toString(); break;
                    case BackupValue::Integer: json = value.toLongLong(); break;
                    case BackupValue::Contact: json = contactUids.value(value.toLongLong()); break;
                    case BackupValue::Interaction: json = interactionRefs.value(value.toLongLong()); break;
                    case BackupValue::Row: json = rowRefs.value(column.table).value(value.toLongLong()); break;
                    }
                }
                row.insert(column.key(), json);
            }
            refs.insert(rows->value(0).toLongLong(), int(section.size()) + 1);
            section.append(row);
        }
        sections.insert(table.section, section);
    }
    return sections;
}

Result<int> writeBackupTables(const QSqlDatabase &db, const QJsonObject &sections,
                              const QHash<QString, qint64> &contactIds, const QList<qint64> &interactionIds)
{
    int added = 0;
    QHash<QString, QList<qint64>> idsByTable; // table → ids in document order
    for (const BackupTable &table : backupTables()) {
        const QJsonArray rows = sections.value(table.section).toArray();
        QList<qint64> &ids = idsByTable[table.table];
        QStringList placeholders;
        QStringList identity;
        for (const BackupColumn &column : table.columns) {
            placeholders.append(u"?"_s);
            if (table.identity.contains(column.column))
                identity.append(quoted(column.column) + u" IS ?"_s);
        }
        const QString insert = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(quoted(table.table),
                                                                          quotedColumns(table).join(u", "_s),
                                                                          placeholders.join(u", "_s));
        const QString find = u"SELECT id FROM %1 WHERE %2 LIMIT 1"_s.arg(quoted(table.table), identity.join(u" AND "_s));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString where = u"%1[%2]"_s.arg(table.section).arg(i);
            const QJsonObject row = rows.at(i).toObject();
            QVariantList values;
            QVariantList identityValues;
            for (const BackupColumn &column : table.columns) {
                const QJsonValue json = row.value(column.key());
                QVariant value = nullOf(column.value);
                if (!json.isNull() && !json.isUndefined()) {
                    switch (column.value) {
                    case BackupValue::Text: value = json.toString(); break;
                    case BackupValue::Integer: value = json.toInteger(); break;
                    case BackupValue::Contact: value = contactIds.value(json.toString()); break;
                    case BackupValue::Interaction: value = interactionIds.value(json.toInt() - 1); break;
                    case BackupValue::Row: value = idsByTable.value(column.table).value(json.toInt() - 1); break;
                    }
                }
                if (table.identity.contains(column.column))
                    identityValues.append(value);
                values.append(value);
            }
            // The document's fault when the notebook's rules refuse the row (a state it does not know…).
            const auto rowError = [&where](Error error) {
                error.message = where + u": "_s + error.message;
                if (error.code == Error::Code::Constraint)
                    error.code = Error::Code::Invalid;
                return error;
            };
            auto known = sql::exec(db, find, identityValues);
            if (!known)
                return rowError(known.error());
            if (known->next()) {
                ids.append(known->value(0).toLongLong());
                continue;
            }
            auto inserted = sql::exec(db, insert, values);
            if (!inserted)
                return rowError(inserted.error());
            ids.append(inserted->lastInsertId().toLongLong());
            ++added;
        }
    }
    return added;
}

} // namespace tend::exchange
