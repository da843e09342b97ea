#include "cli/TextTable.h"

#include <algorithm>

#include <clocale>
#include <cwchar>
#include <locale.h>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

// glibc's wcwidth knows East Asian wide characters and emoji (2 columns) and combining marks (0);
// it answers for the calling thread's locale, so it asks under a UTF-8 one whatever the user's is.
int columnsOf(char32_t codePoint)
{
    static const locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t(nullptr));
    if (!utf8)
        return 1;
    const locale_t previous = uselocale(utf8);
    const int columns = wcwidth(wchar_t(codePoint));
    uselocale(previous);
    return columns < 0 ? 1 : columns; // control characters and unassigned code points
}

QString padded(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - terminalColumns(text)), u' ');
}

} // namespace

qsizetype terminalColumns(const QString &text)
{
    qsizetype columns = 0;
    for (const char32_t codePoint : text.toUcs4())
        columns += columnsOf(codePoint);
    return columns;
}

QString terminalSafe(const QString &text)
{
    QString safe = text;
    for (QChar &c : safe) {
        const char16_t code = c.unicode();
        if (code == u'\n' || code == u'\t')
            continue;
        if (code < 0x20)
            c = QChar(char16_t(0x2400 + code)); // the Control Pictures block: ␀ … ␟
        else if (code == 0x7f)
            c = QChar(char16_t(0x2421)); // ␡
        else if (code >= 0x80 && code < 0xa0)
            c = QChar::ReplacementCharacter;
    }
    return safe;
}

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    for (const QString &cell : m_header)
        widths.append(terminalColumns(cell));
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), terminalColumns(row.at(i)));
    }
    QStringList lines;
    const auto format = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            line += last ? cells.at(i) : padded(cells.at(i), widths.at(i)) + u"  "_s;
        }
        while (line.endsWith(u' '))
            line.chop(1);
        return line;
    };
    lines.append(format(m_header));
    for (const QStringList &row : m_rows)
        lines.append(format(row));
    return lines.join(u'\n');
}

} // namespace tend::cli
