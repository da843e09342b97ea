#pragma once

#include "commands/NotebookCommand.h"
#include "model/Interaction.h"
#include "model/Snapshots.h"

#include <optional>

namespace tend::gui {

// Logs an interaction (and its follow-up); undo deletes both, redo restores them with their ids.
class LogInteractionCommand final : public NotebookCommand
{
public:
    LogInteractionCommand(Notebook &notebook, Interaction interaction, FollowUpChoice followUp);
    const LoggedInteraction &logged() const { return m_logged; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Interaction m_interaction;
    FollowUpChoice m_followUp;
    LoggedInteraction m_logged;
    std::optional<InteractionSnapshot> m_removed;
};

} // namespace tend::gui
