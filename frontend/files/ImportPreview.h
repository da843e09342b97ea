#pragma once

#include "Notebook.h"
#include "exchange/ContactImport.h"
#include "files/ExchangeFiles.h"
#include "util/Result.h"

#include <QList>
#include <QString>

// What an import would do, before anything changes: the window's preview (File ▸ Import…). It
// only reads, so it runs on a worker thread beside the window.
namespace tend::files {

// One record of the preview table.
struct PreviewRow
{
    QString name;
    QString email;        // the record's first e-mail, as the file has it
    QString organisation; // the record's, as the file has it
    ImportAction action = ImportAction::Create;
};

struct ImportPreview
{
    ImportSummary summary;  // the counts, every row and every issue (a dry run)
    QList<PreviewRow> rows; // the first `rowLimit` rows, with what the table shows
};

// The dry run of importSources, with the first `rowLimit` rows described for a table.
Result<ImportPreview> previewImport(Notebook &notebook, const ImportSources &sources, const ImportOptions &options,
                                    int rowLimit = 200);

} // namespace tend::files
