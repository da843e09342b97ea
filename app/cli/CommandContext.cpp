#include "cli/CommandContext.h"

#include "cli/CliText.h"
#include "cli/RecoveryAdvice.h"
#include "cli/TextTable.h"

#include <QDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

CommandContext::CommandContext(QString databasePath, Clock clock)
    : m_databasePath(std::move(databasePath)), m_clock(clock)
{
}

CommandContext::~CommandContext() = default;

Result<Notebook *> CommandContext::notebook()
{
    if (!m_notebook) {
        auto opened = Notebook::open(m_databasePath, {}, m_clock);
        if (!opened) {
            Error error = opened.error();
            const QString nativePath = QDir::toNativeSeparators(m_databasePath);
            if (!error.message.contains(nativePath))
                error.message = u"%1: %2"_s.arg(nativePath, error.message);
            // A database that cannot be opened is never the command line's fault.
            if (error.code == Error::Code::Invalid)
                error.code = Error::Code::Io;
            if (const QString advice = recoveryAdvice(m_databasePath, error); !advice.isEmpty())
                error.message += u'\n' + advice;
            return error;
        }
        m_notebook = std::move(opened).value();
        // The day's safety copy, taken by the first command of the day (see BackupManager). A
        // failed copy is reported but does not stop the command: it loses nothing by itself.
        if (auto daily = m_notebook->dailyBackupIfDue(); !daily)
            printError(u"tend: "_s + CliText::tr("warning: the daily backup failed: %1").arg(daily.error().message));
    }
    return m_notebook.get();
}

void CommandContext::print(const QString &text)
{
    write(stdout, terminalSafe(text));
}

void CommandContext::printError(const QString &text)
{
    write(stderr, terminalSafe(text));
}

void CommandContext::printJson(const QJsonDocument &document)
{
    // QJsonDocument escapes U+0000–U+001F but writes DEL and the C1 controls as they are; they can
    // only stand inside strings, where \u00XX means the same to a JSON reader and nothing to a terminal.
    const QString json = QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    QString escaped;
    escaped.reserve(json.size());
    for (const QChar c : json) {
        if (c.unicode() >= 0x7f && c.unicode() < 0xa0)
            escaped += u"\\u00"_s + QString::number(c.unicode(), 16);
        else
            escaped += c;
    }
    write(stdout, escaped);
}

int CommandContext::fail(const Error &error)
{
    printError(u"tend: "_s + error.message);
    return exitCodeFor(error);
}

int CommandContext::usageError(const QString &message, const QString &usageHint)
{
    printError(u"tend: "_s + message);
    if (!usageHint.isEmpty())
        printError(usageHint);
    return Usage;
}

} // namespace tend::cli
