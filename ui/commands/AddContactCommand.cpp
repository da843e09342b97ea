#include "commands/AddContactCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {

AddContactCommand::AddContactCommand(Notebook &notebook, Contact contact)
    : NotebookCommand(notebook, QCoreApplication::translate("tend::gui::AddContactCommand", "Add %1").arg(contact.name)),
      m_contact(std::move(contact))
{
}

Status AddContactCommand::apply()
{
    if (m_removed) {
        const Status restored = notebook().restoreContact(*m_removed);
        if (restored)
            m_removed.reset();
        return restored;
    }
    auto added = notebook().addContact(m_contact);
    if (!added)
        return added.error();
    m_id = *added;
    return {};
}

Status AddContactCommand::revert()
{
    auto removed = notebook().deleteContact(m_id);
    if (!removed)
        return removed.error();
    m_removed = std::move(removed).value();
    return {};
}

} // namespace tend::gui
