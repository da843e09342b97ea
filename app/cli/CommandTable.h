#pragma once

#include "cli/Command.h"

namespace tend::cli {

// Every command `tend` knows, found by its leading words.
class CommandTable final
{
public:
    CommandTable();

    const QList<Command> &commands() const { return m_commands; }
    // The command named by the first words of `tokens`; `wordCount` tells how many it used.
    const Command *find(const QStringList &tokens, qsizetype *wordCount) const;
    // Commands whose first word is `group` ("contact"), for `tend contact --help`.
    QList<const Command *> group(const QString &group) const;
    QString overview() const;

private:
    QList<Command> m_commands;
};

} // namespace tend::cli
