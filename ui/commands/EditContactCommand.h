#pragma once

#include "commands/NotebookCommand.h"
#include "model/Contact.h"

namespace tend::gui {

// Saves the edit dialog's changes; undo writes the contact back as it was.
class EditContactCommand final : public NotebookCommand
{
public:
    EditContactCommand(Notebook &notebook, Contact before, Contact after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Contact m_before;
    Contact m_after;
};

} // namespace tend::gui
