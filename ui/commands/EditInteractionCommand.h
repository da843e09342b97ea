#pragma once

#include "commands/NotebookCommand.h"
#include "model/Interaction.h"

namespace tend::gui {

// Saves the log dialog's changes to a logged interaction; undo writes it back as it was.
class EditInteractionCommand final : public NotebookCommand
{
public:
    EditInteractionCommand(Notebook &notebook, Interaction before, Interaction after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Interaction m_before;
    Interaction m_after;
};

} // namespace tend::gui
