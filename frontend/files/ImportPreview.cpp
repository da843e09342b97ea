#include "files/ImportPreview.h"

namespace tend::files {

Result<ImportPreview> previewImport(Notebook &notebook, const ImportSources &sources, const ImportOptions &options,
                                    int rowLimit)
{
    ImportOptions dryRun = options;
    dryRun.dryRun = true;
    ImportPreview preview;
    preview.summary.dryRun = true;
    // The JSON exports' rows name their contacts only; the contact files' come with the contact
    // each record becomes, for its e-mail and organisation.
    ImportSources backupsOnly;
    backupsOnly.backups = sources.backups;
    backupsOnly.backupNames = sources.backupNames;
    if (!backupsOnly.backups.isEmpty()) {
        auto restored = importSources(notebook, backupsOnly, dryRun);
        if (!restored)
            return restored.error();
        preview.summary = *restored;
    }
    const qsizetype firstFileRow = preview.summary.rows.size();
    QList<const Contact *> contactOfRow;
    ImportPlan plan;
    if (!sources.files.isEmpty()) {
        auto planned = notebook.planImport(sources.files, dryRun);
        if (!planned)
            return planned.error();
        plan = std::move(planned).value();
        addTo(preview.summary, plan.summary);
        contactOfRow.resize(plan.summary.rows.size(), nullptr);
        for (const PlannedContact &contact : std::as_const(plan.contacts)) {
            for (const qsizetype row : contact.rows) {
                if (row >= 0 && row < contactOfRow.size())
                    contactOfRow[row] = &contact.contact;
            }
        }
    }
    const QList<ImportRow> &rows = preview.summary.rows;
    for (qsizetype i = 0; i < rows.size() && preview.rows.size() < rowLimit; ++i) {
        PreviewRow row;
        row.name = rows.at(i).name;
        row.action = rows.at(i).action;
        const qsizetype fileRow = i - firstFileRow;
        if (fileRow >= 0 && fileRow < contactOfRow.size() && contactOfRow.at(fileRow)) {
            const Contact &contact = *contactOfRow.at(fileRow);
            row.email = contact.emails.value(0);
            row.organisation = contact.organisation;
        }
        preview.rows.append(row);
    }
    return preview;
}

} // namespace tend::files
