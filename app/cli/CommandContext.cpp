#include "cli/CommandContext.h"

#include "cli/CliText.h"
#include "cli/RecoveryAdvice.h"
#include "cli/TextTable.h"
#include "db/Database.h"
#include "db/DurableFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

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

// How long an empty report means a copier is still at work; after that it is taken as killed.
constexpr qint64 copierPatienceSeconds = 600;

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
        m_dailyBackupDue = m_notebook->dailyBackupDue();
        // The background copier's report (see finish()): empty while it works, removed when it
        // succeeded, its error when it failed. A failure loses nothing by itself; it is retried.
        QFile report(dailyBackupReportPath(m_databasePath));
        if (report.exists()) {
            const bool copierAtWork = report.size() == 0
                                      && QFileInfo(report).lastModified().secsTo(QDateTime::currentDateTime()) < copierPatienceSeconds;
            if (copierAtWork) {
                m_dailyBackupDue = false;
            } else {
                if (report.size() > 0 && report.open(QIODevice::ReadOnly)) {
                    const QString said = QString::fromUtf8(report.readAll()).trimmed().remove(u"tend: "_s);
                    printError(u"tend: "_s + CliText::tr("warning: the daily backup failed: %1").arg(said));
                    report.close();
                }
                report.remove();
            }
        }
    }
    return m_notebook.get();
}

QString CommandContext::dailyBackupReportPath(const QString &databasePath)
{
    return QDir(Database::backupFolderFor(databasePath)).filePath(u"."_s + QFileInfo(databasePath).fileName()
                                                                  + u".daily-backup"_s);
}

void CommandContext::finish()
{
    m_notebook.reset();
    if (!m_dailyBackupDue)
        return;
    m_dailyBackupDue = false;
    QStringList arguments{u"--db"_s, m_databasePath};
    if (m_clock.isFixed())
        arguments << u"--today"_s << m_clock.today().toString(Qt::ISODate);
    arguments << u"backup"_s << u"--daily"_s;
    if (auto folder = durable::makePrivateFolder(Database::backupFolderFor(m_databasePath)); !folder) {
        printError(u"tend: "_s + CliText::tr("warning: the daily backup failed: %1").arg(folder.error().message));
        return;
    }
    QProcess copier;
    copier.setProgram(QCoreApplication::applicationFilePath());
    copier.setArguments(arguments);
    copier.setStandardInputFile(QProcess::nullDevice());
    copier.setStandardOutputFile(QProcess::nullDevice());
    copier.setStandardErrorFile(dailyBackupReportPath(m_databasePath), QIODevice::Truncate);
    if (!copier.startDetached())
        printError(u"tend: "_s + CliText::tr("warning: the daily backup could not be started: %1").arg(copier.errorString()));
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
    writeJson(document.toJson(QJsonDocument::Indented));
}

void CommandContext::printJson(const JsonRows &rows)
{
    writeJson(rows.toJson());
}

void CommandContext::writeJson(QByteArray json)
{
    // QJsonDocument escapes U+0000–U+001F but writes DEL and the C1 controls as they are; they can
    // only stand inside strings, where \u00XX means the same to a JSON reader and nothing to a
    // terminal. In UTF-8 they are the byte 7F and the pairs C2 80–C2 9F.
    while (json.endsWith('\n'))
        json.chop(1);
    const auto isC1Pair = [&json](qsizetype at) {
        return quint8(json.at(at)) == 0xc2 && at + 1 < json.size() && quint8(json.at(at + 1)) >= 0x80
               && quint8(json.at(at + 1)) <= 0x9f;
    };
    QByteArray escaped;
    qsizetype copiedUpTo = 0;
    for (qsizetype at = 0; at < json.size(); ++at) {
        const bool del = json.at(at) == '\x7f';
        if (!del && !isC1Pair(at))
            continue;
        if (escaped.isEmpty())
            escaped.reserve(json.size() + 64);
        escaped.append(json.constData() + copiedUpTo, at - copiedUpTo);
        const quint8 code = del ? 0x7f : quint8(json.at(at + 1));
        escaped.append("\\u00").append(QByteArray::number(code, 16));
        at += del ? 0 : 1;
        copiedUpTo = at + 1;
    }
    if (!escaped.isEmpty()) {
        escaped.append(json.constData() + copiedUpTo, json.size() - copiedUpTo);
        json = std::move(escaped);
    }
    json.append('\n');
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
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
