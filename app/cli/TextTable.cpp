#include "cli/TextTable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

// Columns of display width: one for most characters, none for combining marks and joiners.
qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        if (it->isLowSurrogate())
            continue;
        const QChar::Category category = it->category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
            continue;
        ++width;
    }
    return width;
}

QString padded(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - displayWidth(text)), u' ');
}

} // namespace

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    for (const QString &cell : m_header)
        widths.append(displayWidth(cell));
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), displayWidth(row.at(i)));
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
