#pragma once

#include "io/csv/CsvMapping.h"

#include <QByteArray>

// Writing CSV: RFC 4180 quoting, CRLF, UTF-8 with a byte-order mark (so spreadsheet programs
// take it for UTF-8), and spreadsheet formula injection neutralised.
namespace tend::io {

// A cell a spreadsheet would run as a formula (it starts with = + - @, a tab or a CR) gets an
// apostrophe in front, as OWASP advises; Tend's CSV reader takes it off again. A cell that
// already starts with apostrophes before such a character gets one more.
QString neutraliseCsvFormula(const QString &cell);

QByteArray writeCsv(const CsvTable &table, QChar separator = u',');

QByteArray writeContactsCsv(const QList<ContactRecord> &records);

} // namespace tend::io
