#include "io/csv/CsvWriter.h"

using namespace Qt::StringLiterals;

namespace tend::io {
namespace {

void appendCell(QString &out, const QString &value, QChar separator)
{
    const QString cell = neutraliseCsvFormula(value);
    const bool quote = cell.contains(separator) || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')
        || (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
    if (!quote) {
        out += cell;
        return;
    }
    out += u'"';
    for (const QChar c : cell) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
}

void appendRow(QString &out, const QStringList &cells, QChar separator)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += separator;
        appendCell(out, cells.at(i), separator);
    }
    out += u"\r\n"_s;
}

} // namespace

QString neutraliseCsvFormula(const QString &cell)
{
    // Apostrophes already there get one more, so that the reader's taking one off is exact.
    qsizetype start = 0;
    while (start < cell.size() && cell.at(start) == u'\'')
        ++start;
    if (start < cell.size() && u"=+-@\t\r"_s.contains(cell.at(start)))
        return u'\'' + cell;
    return cell;
}

QByteArray writeCsv(const CsvTable &table, QChar separator)
{
    QString text;
    appendRow(text, table.header, separator);
    for (const QStringList &row : table.rows)
        appendRow(text, row, separator);
    return "\xEF\xBB\xBF" + text.toUtf8();
}

QByteArray writeContactsCsv(const QList<ContactRecord> &records)
{
    return writeCsv(contactsTable(records));
}

} // namespace tend::io
