#include "cli/GlobalOptions.h"

#include "cli/CliText.h"
#include "cli/Command.h"
#include "db/DataLocation.h"
#include "util/Parsing.h"

using namespace Qt::StringLiterals;

namespace tend::cli {

bool isQtWindowOption(const QString &token, bool *takesValue)
{
    // QGuiApplication's, QApplication's and the xcb platform's options (Qt 6); Qt reads a leading
    // "--" as "-" too.
    static const QStringList withValue{u"platform"_s, u"platformpluginpath"_s, u"platformtheme"_s, u"plugin"_s,
                                       u"qwindowgeometry"_s, u"qwindowicon"_s, u"qwindowtitle"_s, u"session"_s,
                                       u"style"_s, u"stylesheet"_s, u"display"_s, u"geometry"_s, u"title"_s,
                                       u"name"_s, u"visual"_s, u"ncols"_s, u"cmap"_s};
    static const QStringList flags{u"reverse"_s, u"widgetcount"_s, u"nograb"_s, u"dograb"_s, u"sync"_s};
    if (!token.startsWith(u'-') || token.startsWith(u"--"_s))
        return false;
    const QString name = token.mid(1).section(u'=', 0, 0);
    const bool inline_ = token.contains(u'=');
    if (withValue.contains(name)) {
        if (takesValue)
            *takesValue = !inline_;
        return true;
    }
    if (flags.contains(name) && !inline_) {
        if (takesValue)
            *takesValue = false;
        return true;
    }
    return false;
}

Result<GlobalOptions> parseGlobalOptions(const QStringList &arguments)
{
    GlobalOptions options;
    qsizetype i = 0;
    QStringList seen;
    const auto once = [&](const QString &name) -> Status {
        if (seen.contains(name))
            return Error::invalid(CliText::tr("--%1 was given twice; give it once.").arg(name));
        seen.append(name);
        return {};
    };
    const auto valueOf = [&](const QString &name) -> Result<QString> {
        if (auto first = once(name); !first)
            return first.error();
        const QString &token = arguments.at(i);
        const QString withEquals = u"--%1="_s.arg(name);
        if (token.startsWith(withEquals))
            return token.mid(withEquals.size());
        if (i + 1 >= arguments.size())
            return Error::invalid(CliText::tr("--%1 needs a value.").arg(name));
        return arguments.at(++i);
    };
    for (; i < arguments.size(); ++i) {
        const QString &token = arguments.at(i);
        if (!token.startsWith(u'-'))
            break;
        bool qtValue = false;
        if (token == u"--db"_s || token.startsWith(u"--db="_s)) {
            auto value = valueOf(u"db"_s);
            if (!value)
                return value.error();
            if (value->isEmpty())
                return Error::invalid(CliText::tr("--db needs a file name; it was given an empty one."));
            options.databasePath = *value;
        } else if (token == u"--today"_s || token.startsWith(u"--today="_s)) {
            auto value = valueOf(u"today"_s);
            if (!value)
                return value.error();
            options.today = *value;
        } else if (token == u"--demo"_s) {
            if (auto first = once(u"demo"_s); !first)
                return first.error();
            options.demo = true;
        } else if (token == u"--exit-after-startup"_s) {
            options.exitAfterStartup = true;
        } else if (token == u"--help"_s || token == u"-h"_s) {
            options.help = true;
        } else if (token == u"--version"_s) {
            options.version = true;
        } else if (isQtWindowOption(token, &qtValue)) {
            options.qtOptions.append(token);
            if (qtValue) {
                if (i + 1 >= arguments.size())
                    return Error::invalid(CliText::tr("%1 needs a value.").arg(token));
                options.qtOptions.append(arguments.at(++i));
            }
        } else {
            return Error::invalid(CliText::tr("Unknown option %1.").arg(token));
        }
    }
    options.commandTokens = arguments.mid(i);
    if (options.exitAfterStartup && (!options.commandTokens.isEmpty() || options.help || options.version))
        return Error::invalid(CliText::tr("%1 is an option of the window; commands do not take it.").arg(u"--exit-after-startup"_s));
    if (!options.qtOptions.isEmpty() && (!options.commandTokens.isEmpty() || options.help || options.version)) {
        return Error::invalid(CliText::tr("%1 is an option of the window; commands do not take it.")
                                  .arg(options.qtOptions.constFirst()));
    }
    return options;
}

Result<QString> GlobalOptions::resolvedDatabasePath() const
{
    if (databasePath)
        return *databasePath;
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
        {u"db"_s, u"PATH"_s, CliText::tr("the database file (default: $TEND_DB, else tend.db in the app-data folder)")},
        {u"today"_s, u"YYYY-MM-DD"_s, CliText::tr("act as if today were this day")},
        {u"demo"_s, {}, CliText::tr("use the demo database instead of your own")},
        {u"exit-after-startup"_s, {}, CliText::tr("open the window, quit once its first frame shows the notebook "
                                                  "(for measuring start-up)")},
        {u"help"_s, {}, CliText::tr("this text; `tend COMMAND --help` explains one command")},
        {u"version"_s, {}, CliText::tr("the version of Tend")},
    };
    return options;
}

const QList<OptionSpec> &commonOptionSpecs()
{
    static const QList<OptionSpec> options{
        {u"db"_s, u"PATH"_s, CliText::tr("the database file")},
        {u"today"_s, u"YYYY-MM-DD"_s, CliText::tr("act as if today were this day")},
        {u"help"_s, {}, CliText::tr("explain this command")},
    };
    return options;
}

QString globalSynopsis()
{
    return u"tend [--db PATH] [--today YYYY-MM-DD] [--demo] [COMMAND [ARGS…]]"_s;
}

QString globalDescription()
{
    return CliText::tr("Keep up with the people who help you grow: mentors, sponsors, coaches, therapists, peers.\n"
                       "With no command, Tend opens its window.");
}

QString globalUsage()
{
    return CliText::tr("Usage:") + u' ' + globalSynopsis() + u"\n\n"_s + globalDescription() + u"\n\n"_s
           + CliText::tr("Global options:") + u'\n' + optionList(globalOptionSpecs()) + u"\n\n"_s
           + CliText::tr("Commands:");
}

} // namespace tend::cli
