#pragma once

#include "Notebook.h"
#include "exchange/ContactExport.h"
#include "exchange/ContactImport.h"
#include "io/FormatDetection.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

// What `tend import` and `tend export` (and the window's File menu) do with files: telling a JSON
// export from a contacts file, writing through QSaveFile, and scaling photos (Qt Gui's QImage, which
// core cannot use).
namespace tend::cli {

enum class ExportFormat { VCard, Csv, Ics, Json };

// The format of a file to import: `forced` unless Auto, else from the first bytes of its content.
Result<io::FileFormat> fileKind(const QString &path, io::FileFormat forced);
// A JSON export's bytes, refused over the import size limit.
Result<QByteArray> readBackupFile(const QString &path);

// --format's value, or the extension of `path` when it is empty.
Result<ExportFormat> exportFormat(const QString &path, const QString &formatOption);

// Writes the export to `path` through QSaveFile (an earlier file stays intact on failure);
// returns how many items (contacts or tasks) it holds.
Result<int> writeExport(Notebook &notebook, const QString &path, ExportFormat format, const ExportFilter &filter,
                        io::VCardVersion version);

// The bytes of an export, without writing them (for tests and the window).
Result<QByteArray> exportBytes(Notebook &notebook, ExportFormat format, const ExportFilter &filter,
                               io::VCardVersion version, int *count = nullptr);

// Photos larger than limits::keptPhotoBytes or wider than 512 pixels, scaled to 512 pixels and
// saved as JPEG; small ones kept as they are.
PhotoPreparer photoPreparer();

// Adds `more`'s counts, rows and issues to `into`.
void addTo(ImportSummary &into, const ImportSummary &more);

} // namespace tend::cli
