#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tend::cli {

// How many terminal columns `text` takes: two for wide CJK characters and emoji, none for
// combining marks.
qsizetype terminalColumns(const QString &text);

// `text` as a terminal may be given it: control characters other than line feed and tab (ESC,
// carriage return, C1 controls…) become visible symbols ("␛"), so that no stored text can move the
// cursor, recolour the terminal or set its title.
QString terminalSafe(const QString &text);

// Plain-text columns aligned under a header, for the human output of list commands.
class TextTable final
{
public:
    explicit TextTable(QStringList header) : m_header(std::move(header)) {}

    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString toString() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace tend::cli
