#include "cli/Command.h"

#include <algorithm>

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

} // namespace tend::cli
