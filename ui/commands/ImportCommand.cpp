#include "commands/ImportCommand.h"

#include "Notebook.h"
#include "WorkerWait.h"

#include <QCoreApplication>

namespace tend::gui {
namespace {

struct ImportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(tend::gui::ImportCommand)
};

QString describe(const ImportSummary &summary)
{
    return ImportCommandText::tr("Import %Ln contact(s)", nullptr, summary.created + summary.updated);
}

} // namespace

ImportCommand::ImportCommand(Notebook &notebook, files::ImportSources sources, ImportOptions options,
                             ImportSummary summary)
    : NotebookCommand(notebook, describe(summary)), m_sources(std::move(sources)), m_options(std::move(options)),
      m_summary(std::move(summary))
{
    m_options.dryRun = false;
    m_options.backupFirst = false; // the backup of the first import stays the one before it
}

Status ImportCommand::apply()
{
    auto result = std::make_shared<ImportSummary>();
    auto task = notebook().worker().run<int>([sources = m_sources, options = m_options, result](work::Job<int> &job) -> Status {
        auto imported = files::importSources(job.notebook(), sources, options);
        if (!imported)
            return imported.error();
        *result = *imported;
        return {};
    });
    const Status done = waitForWorker(task, ImportCommandText::tr("Importing again…"));
    if (done) {
        const QString backup = m_summary.backupPath;
        m_summary = *result;
        m_summary.backupPath = backup;
    }
    return done;
}

Status ImportCommand::revert()
{
    auto task = notebook().worker().run<int>([summary = m_summary](work::Job<int> &job) -> Status {
        return job.notebook().undoImport(summary);
    });
    return waitForWorker(task, ImportCommandText::tr("Taking the import back…"));
}

} // namespace tend::gui
