#include "commands/DeleteContactCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {

DeleteContactCommand::DeleteContactCommand(Notebook &notebook, qint64 contactId, const QString &name)
    : NotebookCommand(notebook, QCoreApplication::translate("tend::gui::DeleteContactCommand", "Delete %1").arg(name)),
      m_id(contactId)
{
}

Status DeleteContactCommand::apply()
{
    auto snapshot = notebook().deleteContact(m_id);
    if (!snapshot)
        return snapshot.error();
    m_snapshot = std::move(snapshot).value();
    return {};
}

Status DeleteContactCommand::revert()
{
    if (!m_snapshot)
        return {};
    return notebook().restoreContact(*m_snapshot);
}

} // namespace tend::gui
