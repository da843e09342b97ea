#include "store/SearchQueries.h"

#include "db/Sql.h"
#include "model/TextKey.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend {

QString toKey(SearchHit::Place place)
{
    switch (place) {
    case SearchHit::Place::Contact: return u"contact"_s;
    case SearchHit::Place::Interaction: return u"interaction"_s;
    case SearchHit::Place::Agenda: return u"agenda"_s;
    }
    return {};
}

namespace search {
namespace {

// The characters FTS5's unicode61 tokenizer keeps in a word: letters, digits, private use, and
// the combining marks it folds away.
bool isWordCharacter(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

// The words of `text` as ranges, in order.
QList<TextRange> words(const QString &text)
{
    QList<TextRange> found;
    qsizetype start = -1;
    qsizetype i = 0;
    while (i < text.size()) {
        char32_t codePoint = text.at(i).unicode();
        qsizetype width = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (isWordCharacter(codePoint)) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            found.append({start, i - start});
            start = -1;
        }
        i += width;
    }
    if (start >= 0)
        found.append({start, text.size() - start});
    return found;
}

bool matches(const QString &word, const QStringList &terms)
{
    const QString key = textKey(word);
    return std::any_of(terms.cbegin(), terms.cend(), [&](const QString &term) { return key.startsWith(term); });
}

// The place and field a hit is reported under, and the text to excerpt: the field holding most of
// the typed words, earlier fields first on a tie.
struct Candidate
{
    QString field;
    QString text;
};

const Candidate *bestField(const QList<Candidate> &candidates, const QStringList &terms)
{
    const Candidate *best = nullptr;
    int bestCount = 0;
    for (const Candidate &candidate : candidates) {
        QSet<QString> found;
        for (const TextRange &word : words(candidate.text)) {
            const QString key = textKey(candidate.text.mid(word.start, word.length));
            for (const QString &term : terms) {
                if (key.startsWith(term))
                    found.insert(term);
            }
        }
        if (int(found.size()) > bestCount) {
            best = &candidate;
            bestCount = int(found.size());
        }
    }
    return best ? best : (candidates.isEmpty() ? nullptr : &candidates.constFirst());
}

} // namespace

QString ftsQuery(const QString &text)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    QStringList phrases;
    const QStringList typed = text.split(whitespace, Qt::SkipEmptyParts);
    for (const QString &word : typed) {
        QString cleaned = word;
        cleaned.remove(QChar(u'\0'));
        cleaned.replace(u'"', u"\"\""_s);
        if (!cleaned.isEmpty())
            phrases.append(u'"' + cleaned + u"\"*"_s);
    }
    return phrases.join(u' ');
}

QStringList terms(const QString &text)
{
    QStringList found;
    for (const TextRange &word : words(text)) {
        const QString key = textKey(text.mid(word.start, word.length));
        if (!key.isEmpty() && !found.contains(key))
            found.append(key);
    }
    return found;
}

QList<TextRange> highlights(const QString &text, const QStringList &terms)
{
    QList<TextRange> found;
    if (terms.isEmpty())
        return found;
    for (const TextRange &word : words(text)) {
        if (matches(text.mid(word.start, word.length), terms))
            found.append(word);
    }
    return found;
}

QString excerpt(const QString &text, const QStringList &terms, int length)
{
    const QString line = text.simplified();
    if (line.size() <= length)
        return line;
    const QList<TextRange> matched = highlights(line, terms);
    // A few words of what came before the first match, then as much as fits.
    qsizetype start = matched.isEmpty() ? 0 : matched.constFirst().start;
    const qsizetype lead = std::min<qsizetype>(length / 4, start);
    start -= lead;
    if (start > 0) {
        const qsizetype space = line.indexOf(u' ', start);
        if (space >= 0 && space < start + lead)
            start = space + 1;
    }
    qsizetype end = std::min(line.size(), start + length);
    if (end < line.size()) {
        const qsizetype space = line.lastIndexOf(u' ', end);
        if (space > start + length / 2)
            end = space;
    }
    QString cut = line.mid(start, end - start).trimmed();
    if (start > 0)
        cut.prepend(u'…');
    if (end < line.size())
        cut.append(u'…');
    return cut;
}

Result<QList<SearchHit>> contacts(const QSqlDatabase &db, const QString &text, int limit)
{
    const QString query = ftsQuery(text);
    if (query.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    // A match in the contact's own fields ranks above one found only through an interaction (the
    // two indexes' bm25 scores are not comparable, so the tier is added as a large offset); within
    // a tier bm25 orders, lower is better, and the name weighs most. With one min() aggregate
    // SQLite takes the bare interaction_id column from the row holding the minimum: the best match's.
    auto rows = sql::exec(db, uR"(
        WITH matches (contact_id, score, interaction_id) AS (
            SELECT rowid, bm25(contact_search, 10.0, 3.0, 3.0, 1.0, 3.0), NULL
              FROM contact_search WHERE contact_search MATCH ?
            UNION ALL
            SELECT p.contact_id, 1000000.0 + bm25(interaction_search, 2.0, 1.0, 1.0), interaction_search.rowid
              FROM interaction_search
              JOIN interaction_participant p ON p.interaction_id = interaction_search.rowid
             WHERE interaction_search MATCH ?),
        best (contact_id, interaction_id, score) AS (
            SELECT contact_id, interaction_id, min(score) FROM matches GROUP BY contact_id)
        SELECT c.id, c.name, c.archived, b.interaction_id, c.organisation, c.title, c.notes,
               COALESCE((SELECT group_concat(e.email, ' ') FROM contact_email e WHERE e.contact_id = c.id), ''),
               i.occurred_on, i.kind, i.summary, i.notes, i.agenda
          FROM best b JOIN contact c ON c.id = b.contact_id
          LEFT JOIN interaction i ON i.id = b.interaction_id
         ORDER BY b.score, c.name_key, c.id
         LIMIT ?)"_s,
                          {query, query, qMin(limit, 1000)});
    if (!rows)
        return rows.error();
    const QStringList typed = terms(text);
    QList<SearchHit> hits;
    while (rows->next()) {
        SearchHit hit;
        hit.contactId = rows->value(0).toLongLong();
        hit.name = rows->value(1).toString();
        hit.archived = rows->value(2).toBool();
        QList<Candidate> candidates;
        if (rows->value(3).isNull()) {
            hit.place = SearchHit::Place::Contact;
            candidates = {{u"name"_s, hit.name},
                          {u"organisation"_s, rows->value(4).toString()},
                          {u"title"_s, rows->value(5).toString()},
                          {u"emails"_s, rows->value(7).toString()},
                          {u"notes"_s, rows->value(6).toString()}};
        } else {
            hit.interactionId = rows->value(3).toLongLong();
            hit.interactionDate = sql::toDay(rows->value(8));
            hit.interactionKind = interactionKindFromKey(rows->value(9).toString()).value_or(InteractionKind::Other);
            candidates = {{u"summary"_s, rows->value(10).toString()},
                          {u"agenda"_s, rows->value(12).toString()},
                          {u"notes"_s, rows->value(11).toString()}};
        }
        if (const Candidate *best = bestField(candidates, typed)) {
            hit.field = best->field;
            hit.snippet = excerpt(best->text, typed);
        }
        if (hit.interactionId != 0)
            hit.place = hit.field == u"agenda"_s ? SearchHit::Place::Agenda : SearchHit::Place::Interaction;
        hit.highlights = highlights(hit.snippet, typed);
        hits.append(hit);
    }
    return hits;
}

} // namespace search
} // namespace tend
