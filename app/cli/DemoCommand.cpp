#include "cli/ArgumentValues.h"
#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "io/DemoGenerator.h"

#include <QElapsedTimer>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

constexpr int maxContacts = 1'000'000;
constexpr int maxInteractions = 10'000'000;

int generate(const ParsedArguments &arguments, CommandContext &context)
{
    DemoOptions options;
    const auto readCount = [&](const QString &name, int minimum, int maximum, int &target) -> Status {
        if (!arguments.isSet(name))
            return {};
        auto value = values::count(arguments.value(name), u"--"_s + name, minimum, maximum);
        if (!value)
            return value.error();
        target = *value;
        return {};
    };
    int seed = int(options.seed);
    for (const Status &read : {readCount(u"contacts"_s, 1, maxContacts, options.contacts),
                               readCount(u"interactions"_s, 0, maxInteractions, options.interactions),
                               readCount(u"seed"_s, 0, std::numeric_limits<int>::max(), seed)}) {
        if (!read)
            return CommandContext::fail(read.error());
    }
    options.seed = quint32(seed);
    options.today = context.today();

    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    ContactQuery everyone;
    everyone.includeArchived = true;
    auto existing = (*notebook)->contactCount(everyone);
    if (!existing)
        return CommandContext::fail(existing.error());
    if (*existing > 0 && !arguments.isSet(u"force"_s)) {
        return CommandContext::fail(Error{Error::Code::Conflict,
            CliText::tr("%1 already holds %n contact(s); the demo network would mix with them. Use another --db, "
                        "or --force to add it anyway.", nullptr, int(*existing))
                .arg(context.databasePath())});
    }

    if (auto copy = (*notebook)->backupBeforeBulkChange(); !copy)
        return CommandContext::fail(copy.error());

    const bool showProgress = isatty(STDERR_FILENO);
    QElapsedTimer timer;
    timer.start();
    const QByteArray progressText = CliText::tr("Generating the demo network…").toUtf8();
    auto summary = generateDemo(**notebook, options, [showProgress, &progressText](qint64 done, qint64 total) {
        if (showProgress && total > 0)
            std::fprintf(stderr, "\r%s %3d%%", progressText.constData(), int(done * 100 / total));
        return true;
    });
    if (showProgress)
        std::fputs("\n", stderr);
    if (!summary)
        return CommandContext::fail(summary.error());
    CommandContext::print(CliText::tr("Added %1, %2 and %3 in %4 s.")
                              .arg(CliText::tr("%n contact(s)", nullptr, summary->contacts),
                                   CliText::tr("%n interaction(s)", nullptr, summary->interactions),
                                   CliText::tr("%n reminder(s)", nullptr, summary->reminders),
                                   QLocale().toString(double(timer.elapsed()) / 1000.0, 'f', 1)));
    return Success;
}

} // namespace

QList<Command> demoCommands()
{
    return {
        {{u"demo"_s}, u"[--contacts N] [--interactions M] [--seed S] [--force]"_s,
         CliText::tr("Fill the database with a realistic synthetic network for trying Tend out."),
         {{u"contacts"_s, u"N"_s, CliText::tr("how many contacts (default 150)")},
          {u"interactions"_s, u"M"_s, CliText::tr("how many interactions (default 2500)")},
          {u"seed"_s, u"S"_s, CliText::tr("the same seed gives the same network (default 1)")},
          {u"force"_s, {}, CliText::tr("add to a database that already has contacts")}},
         0, 0, generate},
    };
}

} // namespace tend::cli
