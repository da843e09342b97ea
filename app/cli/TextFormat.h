#pragma once

#include "cli/CliText.h"
#include "model/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// Spellings shared by the human output of every command. Roles stay keys ("mentor"): they are
// what `--role` takes.
namespace tend::cli::text {

inline QString day(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

inline QString roles(const QList<Role> &roles)
{
    QStringList keys;
    for (const Role role : roles)
        keys.append(toKey(role));
    return keys.join(QStringLiteral(", "));
}

// "3 days overdue", "due today", "in 2 days".
inline QString overdue(int days)
{
    if (days == 0)
        return CliText::tr("today");
    if (days > 0)
        return CliText::tr("%1d overdue").arg(days);
    return CliText::tr("in %1d").arg(-days);
}

} // namespace tend::cli::text
