#include "commands/LogInteractionCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {
namespace {
QString describe(const Interaction &interaction)
{
    const QString kind = inlineName(interaction.kind);
    if (interaction.participants.size() == 1 && !interaction.participants.first().name.isEmpty())
        return QCoreApplication::translate("tend::gui::LogInteractionCommand", "Log %1 with %2")
            .arg(kind, interaction.participants.first().name);
    return QCoreApplication::translate("tend::gui::LogInteractionCommand", "Log %1").arg(kind);
}
} // namespace

LogInteractionCommand::LogInteractionCommand(Notebook &notebook, Interaction interaction, FollowUpChoice followUp,
                                             FollowUpsToClose toClose)
    : NotebookCommand(notebook, describe(interaction)), m_interaction(std::move(interaction)), m_followUp(followUp),
      m_toClose(std::move(toClose))
{
}

Status LogInteractionCommand::apply()
{
    if (m_removed) {
        const Status restored = notebook().restoreInteraction(*m_removed);
        if (restored)
            m_removed.reset();
        return restored;
    }
    auto logged = notebook().logInteraction(m_interaction, m_followUp, m_toClose);
    if (!logged)
        return logged.error();
    m_logged = *logged;
    return {};
}

Status LogInteractionCommand::revert()
{
    auto removed = notebook().unlogInteraction(m_logged);
    if (!removed)
        return removed.error();
    m_removed = std::move(removed).value();
    return {};
}

} // namespace tend::gui
