#pragma once

#include "io/ContactRecord.h"
#include "io/ImportProblem.h"
#include "io/csv/CsvColumns.h"
#include "io/csv/CsvReader.h"
#include "util/Result.h"

#include <optional>

// The CSV meaning layer: rows under a recognised header → ContactRecords, and records → a table
// Google Contacts and Tend itself read back.
namespace tend::io {

struct CsvContacts
{
    CsvLayout layout;
    int headerLine = 0; // rows before it (LinkedIn's "Notes:" preamble) are not contacts
    int rowCount = 0;   // data rows, the skipped ones included
    QList<ContactRecord> records;
    QList<ImportProblem> problems;
};

// Finds the header among the first rows and maps every row below it. `kind` overrides what the
// header suggests (a LinkedIn export renamed by hand is still LinkedIn: met online).
Result<CsvContacts> contactsFromCsv(const QList<CsvRecord> &rows, std::optional<CsvLayout::Kind> kind = std::nullopt);

// A table to write: a header row and the rows under it.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
};

// Google Contacts' current column names (which Tend and Google both read back), numbered
// columns for as many e-mails, phones, addresses and websites as the records have, plus
// Anniversary, How We Met, Connected On and UID. Callers may add columns before writing.
CsvTable contactsTable(const QList<ContactRecord> &records);

} // namespace tend::io
