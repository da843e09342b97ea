#pragma once

#include "commands/NotebookCommand.h"
#include "exchange/ContactImport.h"
#include "files/ExchangeFiles.h"

namespace tend::gui {

// An import from File ▸ Import… (or a dropped file) as one step on the undo stack. The import itself
// ran on a worker thread (ImportDialog); undo takes it back with Notebook::undoImport (the contacts
// it added go, those it changed are put back), redo imports the same files again (no second
// backup). Both run on the worker too, while a progress dialog keeps the window turning.
class ImportCommand final : public NotebookCommand
{
public:
    ImportCommand(Notebook &notebook, files::ImportSources sources, ImportOptions options, ImportSummary summary);

    const ImportSummary &summary() const { return m_summary; }

protected:
    Status apply() override;
    Status revert() override;

private:
    files::ImportSources m_sources;
    ImportOptions m_options;
    ImportSummary m_summary;
};

} // namespace tend::gui
