#pragma once

#include "Notebook.h"
#include "exchange/ContactExport.h"
#include "exchange/ContactImport.h"
#include "io/ContactFile.h"
#include "io/FormatDetection.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// What both front ends (`tend import` / `tend export` and the window's File ▸ Import… / Export…) do
// with files: telling a JSON export from a contacts file, reading them, writing through QSaveFile,
// and scaling photos (through files::photoScaler: Qt Gui, loaded only when needed). Everything here
// may run on a worker thread.
namespace tend::files {

class PhotoScaler;

enum class ExportFormat { VCard, Csv, Ics, Json };

// The format of a file to import: `forced` unless Auto, else from the first bytes of its content.
Result<io::FileFormat> fileKind(const QString &path, io::FileFormat forced);
// A JSON export's bytes, refused over the import size limit.
Result<QByteArray> readBackupFile(const QString &path);

// The files of one import, read: contact files parsed, JSON exports as bytes.
struct ImportSources
{
    QList<io::ParsedFile> files;
    QList<QByteArray> backups;
    QStringList backupNames; // the JSON exports' file names, as messages name them
};

// Reads `paths` as `format` (Auto: each from its content) in `encoding` (empty: detected).
// The first file that cannot be read is the error.
Result<ImportSources> readImportFiles(const QStringList &paths, io::FileFormat format = io::FileFormat::Auto,
                                      const QString &encoding = {}, bool strict = false);

// Imports everything `sources` holds (JSON exports first, then the contact files), as `tend import`
// does; with options.dryRun it is the preview and writes nothing. One summary for all of it.
// Each JSON export and the contact files are one transaction each.
Result<ImportSummary> importSources(Notebook &notebook, const ImportSources &sources, const ImportOptions &options,
                                    const ProgressFunction &progress = {});

// Writes the export to `path` through QSaveFile (an earlier file stays intact on failure);
// returns how many items (contacts, or tasks and meetings) it holds.
Result<int> writeExport(Notebook &notebook, const QString &path, ExportFormat format, const ExportFilter &filter,
                        io::VCardVersion version);

// The bytes of an export, without writing them (for tests and the window). An .ics holds the open
// follow-ups and keep-in-touch days as VTODOs and the meetings planned after today as VEVENTs, of
// the contacts `filter` takes.
Result<QByteArray> exportBytes(Notebook &notebook, ExportFormat format, const ExportFilter &filter,
                               io::VCardVersion version, int *count = nullptr);

// Photos larger than limits::keptPhotoBytes or wider than 512 pixels, scaled to 512 pixels and
// saved as JPEG; small ones kept as they are. By `scaler`, or else by the photo plugin, loaded when
// the first photo comes (see files/PhotoScaler.h).
PhotoPreparer photoPreparer(const PhotoScaler *scaler = nullptr);

// Adds `more`'s counts, rows and issues to `into`.
void addTo(ImportSummary &into, const ImportSummary &more);

} // namespace tend::files
