#include "commands/EditContactCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {

EditContactCommand::EditContactCommand(Notebook &notebook, Contact before, Contact after)
    : NotebookCommand(notebook, QCoreApplication::translate("tend::gui::EditContactCommand", "Edit %1").arg(before.name)),
      m_before(std::move(before)), m_after(std::move(after))
{
}

Status EditContactCommand::apply()
{
    return notebook().updateContact(m_after);
}

Status EditContactCommand::revert()
{
    return notebook().updateContact(m_before);
}

} // namespace tend::gui
