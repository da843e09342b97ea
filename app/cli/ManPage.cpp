#include "cli/ManPage.h"

#include "cli/CommandTable.h"
#include "cli/GlobalOptions.h"
#include "model/Vocabulary.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

// Text as roff reads it literally: backslashes escaped, hyphens as minus signs (so options can be
// copied and searched), no line starting with a control character, and non-ASCII as \[uXXXX].
QString roff(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        line.replace(u'\\', u"\\e"_s);
        line.replace(u'-', u"\\-"_s);
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            line.prepend(u"\\&"_s);
        QString ascii;
        for (const char32_t c : line.toUcs4()) {
            if (c < 128)
                ascii += QChar(c);
            else
                ascii += u"\\[u"_s + QString::number(c, 16).toUpper().rightJustified(4, u'0') + u']';
        }
        line = ascii;
    }
    return lines.join(u"\n.br\n"_s);
}

QString optionItems(const QList<OptionSpec> &options)
{
    QString out;
    for (const OptionSpec &option : options) {
        out += u".TP\n\\fB"_s + roff(u"--"_s + option.name) + u"\\fR"_s;
        if (option.takesValue())
            out += u" \\fI"_s + roff(option.valueName) + u"\\fR"_s;
        out += u'\n' + roff(option.help);
        if (option.repeatable)
            out += u" (repeatable)"_s;
        out += u'\n';
    }
    return out;
}

} // namespace

QString manPage(const CommandTable &table, const ManPageInfo &info)
{
    QString out;
    out += u".\\\" The manual page of tend, generated from its command table by tend_docgen; do not edit.\n"_s;
    out += u".TH TEND 1 \"%1\" \"Tend %2\" \"User Commands\"\n"_s.arg(info.releaseDate, info.version);
    out += u".SH NAME\ntend \\- a notebook for the people who grow your career\n"_s;
    out += u".SH SYNOPSIS\n.B tend\n"_s + roff(globalSynopsis().section(u' ', 1)) + u'\n';

    out += u".SH DESCRIPTION\n"_s + roff(globalDescription()) + u'\n';
    out += u".PP\n"_s
           + roff(u"Log coffee chats, calls and introductions, get nudged to follow up, see who has fallen "
                  "out of touch and who you have helped lately. Every command works over ssh with no "
                  "display; a failed command never changes the database."_s)
           + u'\n';
    out += u".PP\n"_s
           + roff(u"CONTACT is an id, an exact name (any case) or a unique prefix; an ambiguous one lists "
                  "the candidates. --json prints one JSON document with ISO dates and null for absent values."_s)
           + u'\n';

    out += u".SH OPTIONS\n"_s + roff(u"These come before the command:"_s) + u'\n' + optionItems(globalOptionSpecs());
    out += u".PP\n"_s + roff(u"Every command also accepts:"_s) + u'\n' + optionItems(commonOptionSpecs());

    out += u".SH COMMANDS\n"_s;
    for (const Command &command : table.commands()) {
        out += u".SS \""_s + roff(u"tend %1 %2"_s.arg(command.words.join(u' '), command.synopsis).trimmed())
               + u"\"\n"_s;
        out += roff(command.summary) + u'\n';
        if (!command.options.isEmpty())
            out += u".RS\n"_s + optionItems(command.options) + u".RE\n"_s;
    }

    out += u".SH VALUES\n"_s;
    out += u".TP\n.I ROLE\n"_s + roff(roleKeysForMessage()) + u'\n';
    out += u".TP\n.I KIND\n"_s + roff(interactionKindKeysForMessage()) + u'\n';
    out += u".TP\n.I DIR\n"_s + roff(directionKeysForMessage()) + u'\n';
    out += u".TP\n.I HOW\n"_s + roff(u"how you met: "_s + metViaKeysForMessage()) + u'\n';

    out += u".SH EXIT STATUS\n"_s;
    out += u".TP\n.B 0\n"_s + roff(u"success"_s) + u'\n';
    out += u".TP\n.B 1\n"_s + roff(u"the command could not be carried out (unknown contact, database problem)"_s) + u'\n';
    out += u".TP\n.B 2\n"_s + roff(u"the command line itself is wrong (unknown option, bad date, unknown role or kind)"_s) + u'\n';

    out += u".SH ENVIRONMENT\n.TP\n.B TEND_DB\n"_s + roff(u"the database file to use when --db is not given"_s) + u'\n';
    out += u".SH FILES\n"_s;
    out += u".TP\n.I ~/.local/share/Tend/tend/tend.db\n"_s
           + roff(u"your notebook (one SQLite file, readable by you only); demo.db beside it holds the demo network"_s)
           + u'\n';
    out += u".TP\n.I ~/.local/share/Tend/tend/backups/\n"_s
           + roff(u"the daily safety copies, and the copy taken before an upgrade or a restore"_s) + u'\n';

    out += u".SH EXAMPLES\n.nf\n"_s;
    const QStringList examples{
        u"tend contact add \"Ada Lovelace\" --role mentor --email ada@example.org"_s,
        u"tend log coffee ada --summary \"Career options\" --direction received"_s,
        u"tend due --within 7"_s,
        u"tend snooze 12 3"_s,
        u"tend done k7"_s,
        u"tend helped --since 90"_s,
        u"tend backup ~/tend-copy.db"_s,
    };
    for (const QString &example : examples)
        out += roff(example) + u'\n';
    out += u".fi\n"_s;
    out += u".SH SEE ALSO\n"_s + roff(u"The README and docs/ folder of the Tend source, and `tend COMMAND --help`."_s) + u'\n';
    return out;
}

} // namespace tend::cli
