#pragma once

#include "io/ContactRecord.h"
#include "io/FormatDetection.h"
#include "io/ImportProblem.h"
#include "io/ReadLimits.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Reading a contacts file, whatever wrote it: the entry point for import, the preview and sync.
//
//     auto parsed = io::readContactsFile(path, {.format = io::FileFormat::Auto});
//     if (!parsed) → parsed.error().message names the file and what is wrong (too big, a
//                    10 MB line, no header row, strict mode and a damaged card...)
//     parsed->format, parsed->encoding          what was detected (or forced)
//     parsed->contacts                          ContactRecords, in file order
//     parsed->problems                          per record: line, field, message; Skipped ones
//                                               were left out, Warnings were read
//
// Formats: vCard 2.1/3.0/4.0 (io/vcard), LinkedIn, Google, Outlook and other contacts CSVs
// (io/csv). JSON is detected but read elsewhere (the backup restore). The file is only ever
// opened for reading.
namespace tend::io {

struct ReadOptions
{
    FileFormat format = FileFormat::Auto; // Auto detects from the content
    QString encoding;                     // empty to detect; else a charset name ("windows-1252")
    bool strict = false;                  // refuse the whole file when any record is damaged
    qint64 maxFileBytes = limits::maxFileBytes;
    qint64 maxLineBytes = limits::maxLineBytes;
};

struct ParsedFile
{
    QString fileName;  // as it appears in messages
    FileFormat format = FileFormat::Auto;
    QString encoding;  // "UTF-8", "UTF-16LE", "windows-1252", "Shift_JIS"...
    QString producer;  // "LinkedIn", "Google Contacts", "Outlook", "Thunderbird"; may be empty
    QList<ContactRecord> contacts;
    QList<ImportProblem> problems;
    int recordCount = 0; // cards or data rows in the file, those left out included
};

Result<ParsedFile> readContactsFile(const QString &path, const ReadOptions &options = {});

// The same for bytes already in memory (a dropped file, a CardDAV response). `fileName` is
// only for messages.
Result<ParsedFile> readContactsData(const QByteArray &data, const ReadOptions &options = {},
                                    const QString &fileName = {});

} // namespace tend::io
