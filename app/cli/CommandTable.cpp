#include "cli/CommandTable.h"

using namespace Qt::StringLiterals;

namespace tend::cli {

CommandTable::CommandTable()
{
    for (const auto &group : {contactCommands(), mergeCommands(), logCommands(), interactionCommands(), reminderCommands(),
                              tagCommands(), dateCommands(), configCommands(), reportCommands(), demoCommands(),
                              backupCommands(), exchangeCommands(), askCommands(), introCommands(), adviceCommands(),
                              planCommands(), syncCommands()})
        m_commands += group;
}

const Command *CommandTable::find(const QStringList &tokens, qsizetype *wordCount) const
{
    const Command *best = nullptr;
    for (const Command &command : m_commands) {
        if (command.words.size() > tokens.size())
            continue;
        if (tokens.mid(0, command.words.size()) != command.words)
            continue;
        if (!best || command.words.size() > best->words.size())
            best = &command;
    }
    if (best && wordCount)
        *wordCount = best->words.size();
    return best;
}

QList<const Command *> CommandTable::group(const QString &group) const
{
    QList<const Command *> found;
    for (const Command &command : m_commands) {
        if (command.words.constFirst() == group)
            found.append(&command);
    }
    return found;
}

QString CommandTable::overview() const
{
    QStringList lines;
    qsizetype width = 0;
    for (const Command &command : m_commands)
        width = std::max(width, command.words.join(u' ').size());
    for (const Command &command : m_commands)
        lines.append(u"  %1  %2"_s.arg(command.words.join(u' ').leftJustified(width), command.summary));
    return lines.join(u'\n');
}

} // namespace tend::cli
