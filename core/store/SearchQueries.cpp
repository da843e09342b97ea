#include "store/SearchQueries.h"

#include "db/Sql.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tend::search {

QString ftsQuery(const QString &text)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    QStringList phrases;
    const QStringList words = text.split(whitespace, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QString cleaned = word;
        cleaned.remove(QChar(u'\0'));
        cleaned.replace(u'"', u"\"\""_s);
        if (!cleaned.isEmpty())
            phrases.append(u'"' + cleaned + u'"');
    }
    if (phrases.isEmpty())
        return {};
    phrases.last().append(u'*');
    return phrases.join(u' ');
}

Result<QList<SearchHit>> contacts(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString query = ftsQuery(text);
    if (query.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    // A match in the contact's own fields ranks above one found only through an interaction (the
    // two indexes' bm25 scores are not comparable, so the tier is added as a large offset); within
    // a tier bm25 orders, lower is better, and the name weighs most. With one min() aggregate
    // SQLite takes the bare excerpt column from the row holding the minimum: the best match's.
    auto rows = sql::exec(db, uR"(
        WITH matches (contact_id, score, excerpt) AS (
            SELECT rowid, bm25(contact_search, 10.0, 3.0, 3.0, 1.0, 3.0),
                   snippet(contact_search, -1, '', '', '…', 12)
              FROM contact_search WHERE contact_search MATCH ?
            UNION ALL
            SELECT p.contact_id, 1000000.0 + bm25(interaction_search, 2.0, 1.0, 1.0),
                   snippet(interaction_search, -1, '', '', '…', 12)
              FROM interaction_search
              JOIN interaction_participant p ON p.interaction_id = interaction_search.rowid
             WHERE interaction_search MATCH ?)
        SELECT c.id, c.name, c.archived, m.excerpt, min(m.score) AS best
          FROM matches m JOIN contact c ON c.id = m.contact_id
         GROUP BY c.id
         ORDER BY best, c.name_key, c.id
         LIMIT ?)"_s,
                          {query, query, qMin(limit, 1000)});
    if (!rows)
        return rows.error();
    QList<SearchHit> hits;
    while (rows->next())
        hits.append({rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(3).toString(),
                     rows->value(2).toBool()});
    return hits;
}

} // namespace tend::search
