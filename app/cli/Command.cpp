#include "cli/Command.h"

#include "cli/CliText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::cli {

QString optionHead(const OptionSpec &option)
{
    return option.takesValue() ? u"--%1 %2"_s.arg(option.name, option.valueName) : u"--%1"_s.arg(option.name);
}

QString optionList(const QList<OptionSpec> &options)
{
    qsizetype width = 0;
    for (const OptionSpec &option : options)
        width = std::max(width, optionHead(option).size());
    QStringList lines;
    for (const OptionSpec &option : options) {
        const QString repeat = option.repeatable ? CliText::tr(" (repeatable)") : QString();
        lines.append(u"  %1  %2%3"_s.arg(optionHead(option).leftJustified(width), option.help, repeat));
    }
    return lines.join(u'\n');
}

QString Command::usage() const
{
    QStringList lines{CliText::tr("Usage: tend [--db PATH] [--today YYYY-MM-DD] %1 %2")
                          .arg(words.join(u' '), synopsis).trimmed(),
                      u""_s, summary};
    if (!options.isEmpty()) {
        lines.append(u""_s);
        lines.append(CliText::tr("Options:"));
        lines.append(optionList(options));
    }
    return lines.join(u'\n');
}

} // namespace tend::cli
