#include "cli/GlobalOptions.h"

#include "cli/Command.h"
#include "db/DataLocation.h"
#include "util/Parsing.h"

using namespace Qt::StringLiterals;

namespace tend::cli {

Result<GlobalOptions> parseGlobalOptions(const QStringList &arguments)
{
    GlobalOptions options;
    qsizetype i = 0;
    const auto valueOf = [&](const QString &name) -> Result<QString> {
        const QString &token = arguments.at(i);
        const QString withEquals = u"--%1="_s.arg(name);
        if (token.startsWith(withEquals))
            return token.mid(withEquals.size());
        if (i + 1 >= arguments.size())
            return Error::invalid(u"--%1 needs a value."_s.arg(name));
        return arguments.at(++i);
    };
    for (; i < arguments.size(); ++i) {
        const QString &token = arguments.at(i);
        if (!token.startsWith(u'-'))
            break;
        if (token == u"--db"_s || token.startsWith(u"--db="_s)) {
            auto value = valueOf(u"db"_s);
            if (!value)
                return value.error();
            options.databasePath = *value;
        } else if (token == u"--today"_s || token.startsWith(u"--today="_s)) {
            auto value = valueOf(u"today"_s);
            if (!value)
                return value.error();
            options.today = *value;
        } else if (token == u"--demo"_s) {
            options.demo = true;
        } else if (token == u"--help"_s || token == u"-h"_s) {
            options.help = true;
        } else if (token == u"--version"_s) {
            options.version = true;
        } else {
            return Error::invalid(u"Unknown option %1."_s.arg(token));
        }
    }
    options.commandTokens = arguments.mid(i);
    return options;
}

Result<QString> GlobalOptions::resolvedDatabasePath() const
{
    if (!databasePath.isEmpty())
        return databasePath;
    return demo ? defaultDemoDatabasePath() : defaultDatabasePath();
}

Result<Clock> GlobalOptions::clock() const
{
    if (!today)
        return Clock::system();
    auto day = parse::day(*today, u"--today"_s);
    if (!day)
        return day.error();
    return Clock::fixed(*day);
}

const QList<OptionSpec> &globalOptionSpecs()
{
    static const QList<OptionSpec> options{
        {u"db"_s, u"PATH"_s, u"the database file (default: $TEND_DB, else tend.db in the app-data folder)"_s},
        {u"today"_s, u"YYYY-MM-DD"_s, u"act as if today were this day"_s},
        {u"demo"_s, {}, u"use the demo database instead of your own"_s},
        {u"help"_s, {}, u"this text; `tend COMMAND --help` explains one command"_s},
        {u"version"_s, {}, u"the version of Tend"_s},
    };
    return options;
}

const QList<OptionSpec> &commonOptionSpecs()
{
    static const QList<OptionSpec> options{
        {u"db"_s, u"PATH"_s, u"the database file"_s},
        {u"today"_s, u"YYYY-MM-DD"_s, u"act as if today were this day"_s},
        {u"help"_s, {}, u"explain this command"_s},
    };
    return options;
}

QString globalSynopsis()
{
    return u"tend [--db PATH] [--today YYYY-MM-DD] [--demo] [COMMAND [ARGS…]]"_s;
}

QString globalDescription()
{
    return u"Keep up with the people who help you grow: mentors, sponsors, coaches, therapists, peers.\n"
           "With no command, Tend opens its window."_s;
}

QString globalUsage()
{
    return u"Usage: "_s + globalSynopsis() + u"\n\n"_s + globalDescription() + u"\n\nGlobal options:\n"_s
           + optionList(globalOptionSpecs()) + u"\n\nCommands:"_s;
}

} // namespace tend::cli
