#include "files/ImportPreview.h"

#include <QHash>

namespace tend::files {

Result<ImportPreview> previewImport(Notebook &notebook, const ImportSources &sources, const ImportOptions &options,
                                    int rowLimit)
{
    ImportOptions dryRun = options;
    dryRun.dryRun = true;
    ImportPreview preview;
    preview.summary.dryRun = true;
    if (!sources.backups.isEmpty()) {
        ImportSources backupsOnly;
        backupsOnly.backups = sources.backups;
        backupsOnly.backupNames = sources.backupNames;
        auto restored = importSources(notebook, backupsOnly, dryRun);
        if (!restored)
            return restored.error();
        preview.summary = *restored;
    }
    if (!sources.files.isEmpty()) {
        auto planned = notebook.planImport(sources.files, dryRun);
        if (!planned)
            return planned.error();
        addTo(preview.summary, planned->summary);
    }
    // A contact file's row shows what the file says; a row is its record by file and line.
    QHash<std::pair<QString, int>, const io::ContactRecord *> records;
    for (const io::ParsedFile &file : sources.files) {
        for (const io::ContactRecord &record : file.contacts)
            records.insert({file.fileName, record.sourceLine}, &record);
    }
    const QList<ImportRow> &rows = preview.summary.rows;
    for (qsizetype i = 0; i < rows.size() && preview.rows.size() < rowLimit; ++i) {
        PreviewRow row;
        row.name = rows.at(i).name;
        row.action = rows.at(i).action;
        if (const io::ContactRecord *record = records.value({rows.at(i).file, rows.at(i).line})) {
            row.email = record->emails.isEmpty() ? QString() : record->emails.constFirst().value;
            row.organisation = record->organisation;
        }
        preview.rows.append(row);
    }
    return preview;
}

} // namespace tend::files
