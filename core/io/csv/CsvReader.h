#pragma once

#include "io/ImportProblem.h"

#include <QList>
#include <QStringList>

// The CSV syntax layer: RFC 4180 text → records of fields. Quoted fields may hold the separator,
// doubled quotes and line breaks; CRLF, LF and CR all end a record; blank lines are skipped.
// Lenient where spreadsheets are: a quote inside an unquoted field is kept as text, and text
// after a closing quote joins the field (as Python's csv module reads it).
namespace tend::io {

struct CsvRecord
{
    int line = 0; // the physical line the record starts on
    QStringList fields;
};

struct CsvParseResult
{
    QList<CsvRecord> records;
    QList<ImportProblem> problems; // quoted fields never closed: the record is left out
};

// `maxRecords` stops early (for sniffing a file's start); -1 reads everything.
CsvParseResult parseCsv(QStringView text, QChar separator, qsizetype maxRecords = -1);

// The separator a file uses: ',', ';', tab or '|', judged by how consistently each splits the
// first lines into the same number of fields (quotes respected).
QChar detectCsvSeparator(QStringView text);

} // namespace tend::io
