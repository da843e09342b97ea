#include "cli/ArgumentParser.h"

#include "cli/CliText.h"

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

const OptionSpec *findSpec(const QList<OptionSpec> &specs, QStringView name)
{
    for (const OptionSpec &spec : specs) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

} // namespace

Result<ParsedArguments> parseArguments(const QStringList &tokens, const QList<OptionSpec> &specs)
{
    ParsedArguments parsed;
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        // No option's name starts with a digit: "--12-10" is a day without a year (vCard's form).
        const bool dayWithoutYear = token.size() > 2 && token.startsWith(u"--"_s) && token.at(2).isDigit();
        if (onlyPositionals || !token.startsWith(u"--"_s) || token.size() == 2 || dayWithoutYear) {
            if (!onlyPositionals && token == u"--"_s) {
                onlyPositionals = true;
                continue;
            }
            if (!onlyPositionals && token == u"-h"_s) {
                parsed.add(u"help"_s, {});
                continue;
            }
            parsed.positionals.append(token);
            continue;
        }

        const qsizetype equals = token.indexOf(u'=');
        const QString name = token.mid(2, equals < 0 ? -1 : equals - 2);
        const OptionSpec *spec = findSpec(specs, name);
        if (!spec)
            return Error::invalid(CliText::tr("Unknown option --%1.").arg(name));
        if (parsed.isSet(name) && !spec->repeatable)
            return Error::invalid(CliText::tr("--%1 was given more than once.").arg(name));

        if (!spec->takesValue()) {
            if (equals >= 0)
                return Error::invalid(CliText::tr("--%1 takes no value.").arg(name));
            parsed.add(name, {});
            continue;
        }
        if (equals >= 0) {
            parsed.add(name, token.mid(equals + 1));
            continue;
        }
        if (i + 1 >= tokens.size())
            return Error::invalid(CliText::tr("--%1 needs a value (%2).").arg(name, spec->valueName));
        parsed.add(name, tokens.at(++i));
    }
    return parsed;
}

} // namespace tend::cli
