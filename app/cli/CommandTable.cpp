#include "cli/CommandTable.h"

using namespace Qt::StringLiterals;

namespace tend::cli {

QString Command::usage() const
{
    QStringList lines{u"Usage: tend [--db PATH] [--today YYYY-MM-DD] %1 %2"_s.arg(words.join(u' '), synopsis).trimmed(),
                      u""_s, summary};
    if (!options.isEmpty()) {
        lines.append(u""_s);
        lines.append(u"Options:"_s);
        qsizetype width = 0;
        QStringList heads;
        for (const OptionSpec &option : options) {
            heads.append(option.takesValue() ? u"--%1 %2"_s.arg(option.name, option.valueName) : u"--%1"_s.arg(option.name));
            width = std::max(width, heads.constLast().size());
        }
        for (qsizetype i = 0; i < options.size(); ++i) {
            const QString repeat = options.at(i).repeatable ? u" (repeatable)"_s : QString();
            lines.append(u"  %1  %2%3"_s.arg(heads.at(i).leftJustified(width), options.at(i).help, repeat));
        }
    }
    return lines.join(u'\n');
}

CommandTable::CommandTable()
{
    for (const auto &group : {contactCommands(), logCommands(), reminderCommands(), reportCommands(), demoCommands()})
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
