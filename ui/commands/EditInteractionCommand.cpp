#include "commands/EditInteractionCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {
namespace {
QString describe(const Interaction &interaction)
{
    const QString kind = inlineName(interaction.kind);
    if (interaction.participants.size() == 1 && !interaction.participants.first().name.isEmpty())
        return QCoreApplication::translate("tend::gui::EditInteractionCommand", "Edit %1 with %2")
            .arg(kind, interaction.participants.first().name);
    return QCoreApplication::translate("tend::gui::EditInteractionCommand", "Edit %1").arg(kind);
}
} // namespace

EditInteractionCommand::EditInteractionCommand(Notebook &notebook, Interaction before, Interaction after)
    : NotebookCommand(notebook, describe(before)), m_before(std::move(before)), m_after(std::move(after))
{
}

Status EditInteractionCommand::apply()
{
    return notebook().updateInteraction(m_after);
}

Status EditInteractionCommand::revert()
{
    return notebook().updateInteraction(m_before);
}

} // namespace tend::gui
