#include "cli/Command.h"

#include "cli/CliText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::cli {

QString Command::usage() const
{
    QStringList lines{CliText::tr("Usage: tend [--db PATH] [--today YYYY-MM-DD] %1 %2")
                          .arg(words.join(u' '), synopsis).trimmed(),
                      u""_s, summary};
    if (!options.isEmpty()) {
        lines.append(u""_s);
        lines.append(CliText::tr("Options:"));
        qsizetype width = 0;
        QStringList heads;
        for (const OptionSpec &option : options) {
            heads.append(option.takesValue() ? u"--%1 %2"_s.arg(option.name, option.valueName) : u"--%1"_s.arg(option.name));
            width = std::max(width, heads.constLast().size());
        }
        for (qsizetype i = 0; i < options.size(); ++i) {
            const QString repeat = options.at(i).repeatable ? CliText::tr(" (repeatable)") : QString();
            lines.append(u"  %1  %2%3"_s.arg(heads.at(i).leftJustified(width), options.at(i).help, repeat));
        }
    }
    return lines.join(u'\n');
}

} // namespace tend::cli
