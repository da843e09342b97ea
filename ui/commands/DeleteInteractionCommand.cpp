#include "commands/DeleteInteractionCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {

DeleteInteractionCommand::DeleteInteractionCommand(Notebook &notebook, qint64 interactionId, const QString &label)
    : NotebookCommand(notebook, QCoreApplication::translate("tend::gui::DeleteInteractionCommand", "Delete %1").arg(label)),
      m_id(interactionId)
{
}

Status DeleteInteractionCommand::apply()
{
    auto snapshot = notebook().deleteInteraction(m_id);
    if (!snapshot)
        return snapshot.error();
    m_snapshot = std::move(snapshot).value();
    return {};
}

Status DeleteInteractionCommand::revert()
{
    if (!m_snapshot)
        return {};
    return notebook().restoreInteraction(*m_snapshot);
}

} // namespace tend::gui
