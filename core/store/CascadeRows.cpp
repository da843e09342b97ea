#include "store/CascadeRows.h"

#include "db/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tend::cascade {
namespace {

struct CascadeRowsText
{
    Q_DECLARE_TR_FUNCTIONS(tend::CascadeRows)
};

// A single-column foreign key: child.column references parent.parentColumn.
struct Reference
{
    QString child;
    QString column;
    QString parent;
    QString parentColumn;
    bool cascades = false; // else it is cleared (SET NULL, SET DEFAULT) or stops the delete
    bool clears = false;
};

struct TableShape
{
    QStringList columns;
    QStringList keyColumns; // the primary key; every column when there is none
};

// Identifiers come from the schema (sqlite_master, pragmas), never from input; quoted all the same.
QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString quotedList(const QStringList &identifiers)
{
    QStringList all;
    for (const QString &identifier : identifiers)
        all.append(quoted(identifier));
    return all.join(u", "_s);
}

QString valuesJson(const QVariantList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(values)).toJson(QJsonDocument::Compact));
}

class Schema
{
public:
    Status read(const QSqlDatabase &db)
    {
        auto tables = sql::exec(db, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                                    " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"_s);
        if (!tables)
            return tables.error();
        QStringList names;
        while (tables->next())
            names.append(tables->value(0).toString());
        for (const QString &name : std::as_const(names)) {
            auto columns = sql::exec(db, u"SELECT name, pk FROM pragma_table_info(?) ORDER BY cid"_s, {name});
            if (!columns)
                return columns.error();
            TableShape shape;
            QMap<int, QString> key;
            while (columns->next()) {
                shape.columns.append(columns->value(0).toString());
                if (const int pk = columns->value(1).toInt(); pk > 0)
                    key.insert(pk, columns->value(0).toString());
            }
            shape.keyColumns = key.isEmpty() ? shape.columns : key.values();
            m_shapes.insert(name, shape);
        }
        for (const QString &name : std::as_const(names)) {
            auto keys = sql::exec(db, u"SELECT id, \"table\", \"from\", \"to\", on_delete,"
                                      " (SELECT count(*) FROM pragma_foreign_key_list(?) k WHERE k.id = f.id)"
                                      " FROM pragma_foreign_key_list(?) f"_s,
                                  {name, name});
            if (!keys)
                return keys.error();
            while (keys->next()) {
                Reference reference;
                reference.child = name;
                reference.parent = keys->value(1).toString();
                reference.column = keys->value(2).toString();
                reference.parentColumn = keys->value(3).toString();
                if (keys->value(5).toInt() != 1) {
                    return Error::conflict(CascadeRowsText::tr("Table %1 has a foreign key of several columns, which "
                                                               "undoing a delete cannot follow yet.")
                                               .arg(name));
                }
                if (reference.parentColumn.isEmpty())
                    reference.parentColumn = m_shapes.value(reference.parent).keyColumns.value(0);
                const QString action = keys->value(4).toString().toUpper();
                reference.cascades = action == u"CASCADE"_s;
                reference.clears = action == u"SET NULL"_s || action == u"SET DEFAULT"_s;
                m_references.append(reference);
            }
        }
        return {};
    }

    TableShape shape(const QString &table) const { return m_shapes.value(table); }
    const QList<Reference> &references() const { return m_references; }

private:
    QHash<QString, TableShape> m_shapes;
    QList<Reference> m_references;
};

Result<QList<QVariantList>> rowsWhere(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                                      const QString &column, const QVariantList &values)
{
    auto rows = sql::exec(db, u"SELECT "_s + quotedList(columns) + u" FROM "_s + quoted(table) + u" WHERE "_s
                                  + quoted(column) + u" IN (SELECT value FROM json_each(?))"_s,
                          {valuesJson(values)});
    if (!rows)
        return rows.error();
    QList<QVariantList> read;
    while (rows->next()) {
        QVariantList row;
        for (qsizetype i = 0; i < columns.size(); ++i)
            row.append(rows->value(int(i)));
        read.append(row);
    }
    return read;
}

QString rowIdentity(const QString &table, const QVariantList &key)
{
    QStringList parts{table};
    for (const QVariant &value : key)
        parts.append(value.isNull() ? u"\x01"_s : value.toString());
    return parts.join(u'\x1f');
}

QVariantList pick(const QVariantList &row, const QStringList &columns, const QStringList &wanted)
{
    QVariantList picked;
    for (const QString &column : wanted)
        picked.append(row.value(columns.indexOf(column)));
    return picked;
}

} // namespace

Result<CascadeRows> capture(const QSqlDatabase &db, const QList<Root> &roots)
{
    Schema schema;
    if (auto read = schema.read(db); !read)
        return read.error();
    CascadeRows copy;
    QSet<QString> seen;
    QSet<QString> seenCleared;
    const auto take = [&](const QString &table, const QList<QVariantList> &rows) {
        const TableShape shape = schema.shape(table);
        TableRows batch{table, shape.columns, {}};
        for (const QVariantList &row : rows) {
            const QString identity = rowIdentity(table, pick(row, shape.columns, shape.keyColumns));
            if (!seen.contains(identity)) {
                seen.insert(identity);
                batch.rows.append(row);
            }
        }
        if (!batch.rows.isEmpty())
            copy.removed.append(batch);
    };
    for (const Root &root : roots) {
        if (root.values.isEmpty())
            continue;
        auto rows = rowsWhere(db, root.table, schema.shape(root.table).columns, root.keyColumn, root.values);
        if (!rows)
            return rows.error();
        take(root.table, *rows);
    }
    // Breadth first over what each removed batch takes with it; copy.removed grows as it goes.
    for (qsizetype next = 0; next < copy.removed.size(); ++next) {
        const TableRows parent = copy.removed.at(next);
        for (const Reference &reference : schema.references()) {
            if (reference.parent != parent.table || !(reference.cascades || reference.clears))
                continue;
            const qsizetype at = parent.columns.indexOf(reference.parentColumn);
            QVariantList values;
            for (const QVariantList &row : parent.rows) {
                if (!row.value(at).isNull())
                    values.append(row.value(at));
            }
            if (values.isEmpty())
                continue;
            const TableShape shape = schema.shape(reference.child);
            auto rows = rowsWhere(db, reference.child, shape.columns, reference.column, values);
            if (!rows)
                return rows.error();
            if (reference.cascades) {
                take(reference.child, *rows);
                continue;
            }
            for (const QVariantList &row : std::as_const(*rows)) {
                const QVariantList key = pick(row, shape.columns, shape.keyColumns);
                const QString identity = rowIdentity(reference.child + u'.' + reference.column, key);
                if (seenCleared.contains(identity))
                    continue;
                seenCleared.insert(identity);
                copy.cleared.append({reference.child, reference.column, row.value(shape.columns.indexOf(reference.column)),
                                     shape.keyColumns, key});
            }
        }
    }
    return copy;
}

Status restore(const QSqlDatabase &db, const CascadeRows &copy)
{
    // A row may name one restored later in the same copy (a reminder its previous occurrence):
    // checked at commit instead. Ends with the transaction.
    if (auto deferred = sql::exec(db, u"PRAGMA defer_foreign_keys = ON"_s); !deferred)
        return deferred.error();
    for (const TableRows &batch : copy.removed) {
        const QStringList marks(batch.columns.size(), u"?"_s);
        const QString statement = u"INSERT INTO "_s + quoted(batch.table) + u" ("_s + quotedList(batch.columns)
                                  + u") VALUES ("_s + marks.join(u", "_s) + u")"_s;
        for (const QVariantList &row : batch.rows) {
            if (auto done = sql::exec(db, statement, row); !done)
                return done.error();
        }
    }
    for (const ClearedReference &reference : copy.cleared) {
        QStringList matches;
        for (const QString &column : reference.keyColumns)
            matches.append(quoted(column) + u" = ?"_s);
        QVariantList values{reference.value};
        values.append(reference.key);
        if (auto done = sql::exec(db, u"UPDATE "_s + quoted(reference.table) + u" SET "_s + quoted(reference.column)
                                          + u" = ? WHERE "_s + matches.join(u" AND "_s),
                                  values);
            !done)
            return done.error();
    }
    return {};
}

Result<QStringList> tablesReferencing(const QSqlDatabase &db, const QString &table)
{
    Schema schema;
    if (auto read = schema.read(db); !read)
        return read.error();
    QStringList tables;
    for (const Reference &reference : schema.references()) {
        if (reference.parent == table && !tables.contains(reference.child))
            tables.append(reference.child);
    }
    return tables;
}

} // namespace tend::cascade
