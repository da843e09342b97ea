// tend import / tend export: contact files in and out (issue 11).
#include "cli/ArgumentValues.h"
#include "cli/CliText.h"
#include "cli/Command.h"
#include "cli/CommandContext.h"
#include "cli/JsonValues.h"
#include "files/ExchangeFiles.h"

#include "exchange/ContactExport.h"
#include "exchange/ContactImport.h"
#include "io/FormatDetection.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

using files::ExportFormat;

// --format's value, or the extension of `path` when it is empty.
Result<ExportFormat> exportFormat(const QString &path, const QString &formatOption)
{
    QString key = formatOption.trimmed().toLower();
    if (key.isEmpty()) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == u"vcf" || suffix == u"vcard")
            key = u"vcard"_s;
        else if (suffix == u"csv" || suffix == u"ics" || suffix == u"json")
            key = suffix;
        else
            return Error::invalid(CliText::tr("Say which format to write: --format vcard, csv, ics or json."));
    }
    if (key == u"vcard")
        return ExportFormat::VCard;
    if (key == u"csv")
        return ExportFormat::Csv;
    if (key == u"ics")
        return ExportFormat::Ics;
    if (key == u"json")
        return ExportFormat::Json;
    return Error::invalid(CliText::tr("--format must be one of vcard, csv, ics, json (got \"%1\").").arg(formatOption));
}

QString severityKey(io::ImportProblem::Severity severity)
{
    return severity == io::ImportProblem::Severity::Skipped ? u"skipped"_s : u"warning"_s;
}

QJsonObject summaryJson(const ImportSummary &summary, const QList<io::ParsedFile> &files)
{
    QJsonArray fileList;
    for (const io::ParsedFile &file : files) {
        fileList.append(QJsonObject{{u"file"_s, file.fileName},
                                    {u"format"_s, io::toKey(file.format)},
                                    {u"encoding"_s, json::text(file.encoding)},
                                    {u"producer"_s, json::text(file.producer)},
                                    {u"records"_s, file.recordCount}});
    }
    QJsonArray errors;
    for (const ImportIssue &issue : summary.issues) {
        errors.append(QJsonObject{{u"file"_s, issue.file},
                                  {u"line"_s, issue.problem.line > 0 ? QJsonValue(issue.problem.line) : QJsonValue()},
                                  {u"field"_s, json::text(issue.problem.field)},
                                  {u"message"_s, issue.problem.message},
                                  {u"severity"_s, severityKey(issue.problem.severity)}});
    }
    return {{u"created"_s, summary.created},
            {u"updated"_s, summary.updated},
            {u"unchanged"_s, summary.unchanged},
            {u"merged"_s, summary.merged},
            {u"skipped"_s, summary.skipped},
            {u"errors"_s, errors},
            {u"files"_s, fileList},
            {u"dry_run"_s, summary.dryRun},
            {u"backup"_s, json::text(summary.backupPath)}};
}

void printSummary(const ImportSummary &summary, const QList<io::ParsedFile> &files)
{
    for (const io::ParsedFile &file : files) {
        QString what = io::displayName(file.format);
        if (!file.encoding.isEmpty())
            what += u", "_s + file.encoding;
        CommandContext::print(CliText::tr("%1 (%2): %n record(s)", nullptr, file.recordCount).arg(file.fileName, what));
    }
    for (const ImportIssue &issue : summary.issues) {
        const QString prefix = issue.problem.severity == io::ImportProblem::Severity::Skipped ? CliText::tr("skipped")
                                                                                              : CliText::tr("warning");
        CommandContext::print(u"  "_s + prefix + u": "_s + issue.describe());
    }
    QStringList counts = {CliText::tr("%n new", nullptr, summary.created),
                          CliText::tr("%n updated", nullptr, summary.updated),
                          CliText::tr("%n unchanged", nullptr, summary.unchanged)};
    if (summary.merged > 0)
        counts.append(CliText::tr("%n merged with an earlier record", nullptr, summary.merged));
    counts.append(CliText::tr("%n skipped", nullptr, summary.skipped));
    CommandContext::print(counts.join(u", "_s) + u'.');
    if (summary.dryRun)
        CommandContext::print(CliText::tr("Dry run: nothing was changed."));
    else if (!summary.backupPath.isEmpty())
        CommandContext::print(CliText::tr("A backup from before the import: %1").arg(QDir::toNativeSeparators(summary.backupPath)));
}

int importFiles(const ParsedArguments &arguments, CommandContext &context)
{
    io::FileFormat format = io::FileFormat::Auto;
    if (arguments.isSet(u"format"_s)) {
        const auto chosen = io::fileFormatFromKey(arguments.value(u"format"_s));
        if (!chosen)
            return CommandContext::usageError(
                CliText::tr("--format must be one of auto, vcard, linkedin, google, outlook, csv, json (got \"%1\").")
                    .arg(arguments.value(u"format"_s)));
        format = *chosen;
    }
    ImportOptions options;
    options.dryRun = arguments.isSet(u"dry-run"_s);
    options.strict = arguments.isSet(u"strict"_s);

    options.preparePhoto = files::photoPreparer();
    auto sources = files::readImportFiles(arguments.positionals, format, {}, options.strict);
    if (!sources)
        return CommandContext::fail(sources.error());

    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto total = files::importSources(**notebook, *sources, options);
    if (!total)
        return CommandContext::fail(total.error());
    if (arguments.isSet(u"json"_s))
        CommandContext::printJson(QJsonDocument(summaryJson(*total, sources->files)));
    else
        printSummary(*total, sources->files);
    return Success;
}

int exportFile(const ParsedArguments &arguments, CommandContext &context)
{
    const QString path = arguments.positionals.constFirst();
    auto format = exportFormat(path, arguments.value(u"format"_s));
    if (!format)
        return CommandContext::fail(format.error());
    io::VCardVersion version = io::VCardVersion::V4_0;
    if (arguments.isSet(u"vcard-version"_s)) {
        const QString chosen = arguments.value(u"vcard-version"_s);
        if (chosen == u"3.0")
            version = io::VCardVersion::V3_0;
        else if (chosen != u"4.0")
            return CommandContext::usageError(CliText::tr("--vcard-version must be 3.0 or 4.0 (got \"%1\").").arg(chosen));
    }
    ExportFilter filter;
    auto roles = values::roles(arguments.values(u"role"_s));
    if (!roles)
        return CommandContext::fail(roles.error());
    filter.roles = *roles;
    filter.tag = arguments.value(u"tag"_s).simplified();
    if (*format == ExportFormat::Json && (!filter.roles.isEmpty() || !filter.tag.isEmpty()))
        return CommandContext::usageError(CliText::tr("A JSON export is the whole notebook: --role and --tag do not apply."));

    auto notebook = context.notebook();
    if (!notebook)
        return CommandContext::fail(notebook.error());
    auto written = files::writeExport(**notebook, path, *format, filter, version);
    if (!written)
        return CommandContext::fail(written.error());
    CommandContext::print(CliText::tr("Wrote %n item(s) to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)));
    return Success;
}

} // namespace

QList<Command> exchangeCommands()
{
    Command importCommand;
    importCommand.words = {u"import"_s};
    importCommand.synopsis = u"FILE… [--format auto|vcard|linkedin|google|outlook|csv|json] [--dry-run] [--strict] [--json]"_s;
    importCommand.summary = CliText::tr("Bring in contacts from vCard or CSV files, or restore a JSON export; "
                                        "a contact already here is updated, not added again.");
    importCommand.options = {
        {u"format"_s, u"FORMAT"_s, CliText::tr("what the files are; auto (the default) tells from their content")},
        {u"dry-run"_s, {}, CliText::tr("say what would happen, change nothing")},
        {u"strict"_s, {}, CliText::tr("refuse everything when any record is damaged")},
        {u"json"_s, {}, CliText::tr("print JSON instead of text")},
    };
    importCommand.minPositionals = 1;
    importCommand.maxPositionals = -1;
    importCommand.run = importFiles;

    Command exportCommand;
    exportCommand.words = {u"export"_s};
    exportCommand.synopsis = u"FILE [--format vcard|csv|ics|json] [--role ROLE]… [--tag TAG] [--vcard-version 3.0|4.0]"_s;
    exportCommand.summary = CliText::tr("Write contacts (vCard, CSV), open reminders (iCalendar) or the whole "
                                        "notebook (JSON) to FILE.");
    exportCommand.options = {
        {u"format"_s, u"FORMAT"_s, CliText::tr("vcard, csv, ics or json; without it, from FILE's extension")},
        {u"role"_s, u"ROLE"_s, CliText::tr("only contacts with this role"), true},
        {u"tag"_s, u"TAG"_s, CliText::tr("only contacts with this tag")},
        {u"vcard-version"_s, u"VERSION"_s, CliText::tr("4.0 (the default) or 3.0, for programs that read 4.0 badly")},
    };
    exportCommand.minPositionals = 1;
    exportCommand.maxPositionals = 1;
    exportCommand.run = exportFile;
    return {importCommand, exportCommand};
}

} // namespace tend::cli
