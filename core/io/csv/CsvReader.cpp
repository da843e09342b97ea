#include "io/csv/CsvReader.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace tend::io {
namespace {

struct IoText
{
    Q_DECLARE_TR_FUNCTIONS(tend::io)
};

// Skips one line end at `i` (CRLF, LF or CR); returns the index after it.
qsizetype skipLineEnd(QStringView text, qsizetype i)
{
    if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
        return i + 2;
    return i + 1;
}

} // namespace

CsvParseResult parseCsv(QStringView text, QChar separator, qsizetype maxRecords)
{
    CsvParseResult result;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n && (maxRecords < 0 || result.records.size() < maxRecords)) {
        const qsizetype recordStart = i;
        const int recordLine = line;
        CsvRecord record;
        record.line = recordLine;
        QString field;
        bool unterminated = false;
        bool endOfRecord = false;
        while (!endOfRecord) {
            field.clear();
            if (i < n && text[i] == u'"') {
                ++i;
                for (;;) {
                    if (i >= n) {
                        unterminated = true;
                        break;
                    }
                    const QChar c = text[i];
                    if (c == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text[i + 1] == u'\n')))
                        ++line;
                    field += c;
                    ++i;
                }
                if (unterminated)
                    break;
            }
            // Unquoted text, or what follows a closing quote, up to the separator or line end.
            const qsizetype start = i;
            while (i < n && text[i] != separator && text[i] != u'\n' && text[i] != u'\r')
                ++i;
            field += text.sliced(start, i - start);
            record.fields.append(field);
            if (i < n && text[i] == separator) {
                ++i;
                continue;
            }
            endOfRecord = true;
            if (i < n) {
                i = skipLineEnd(text, i);
                ++line;
            }
        }
        if (unterminated) {
            result.problems.append(ImportProblem::skipped(
                recordLine, {}, IoText::tr("a quoted field that begins on this line is never closed; the row is left out")));
            // Read on from the line after the one the broken record began on.
            i = recordStart;
            while (i < n && text[i] != u'\n' && text[i] != u'\r')
                ++i;
            if (i < n)
                i = skipLineEnd(text, i);
            line = recordLine + 1;
            continue;
        }
        const bool blank = record.fields.size() == 1 && record.fields.constFirst().trimmed().isEmpty();
        if (!blank)
            result.records.append(std::move(record));
    }
    return result;
}

QChar detectCsvSeparator(QStringView text)
{
    static const QList<QChar> candidates = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    double bestScore = 0;
    for (const QChar separator : candidates) {
        const CsvParseResult parsed = parseCsv(text, separator, 30);
        // Score: the most common field count above 1, weighted by how many records share it.
        QHash<qsizetype, int> counts;
        for (const CsvRecord &record : parsed.records) {
            if (record.fields.size() > 1)
                ++counts[record.fields.size()];
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const double score = it.value() * (1.0 + 0.01 * double(it.key()));
            if (score > bestScore) {
                bestScore = score;
                best = separator;
            }
        }
    }
    return best;
}

} // namespace tend::io
