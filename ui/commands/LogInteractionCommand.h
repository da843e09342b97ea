#pragma once

#include "commands/NotebookCommand.h"
#include "model/Interaction.h"
#include "model/Snapshots.h"

#include <optional>

namespace tend::gui {

// Logs an interaction (and its follow-up), closing the due follow-ups it answers unless told to
// keep them; undo deletes the interaction and reopens those, redo puts it all back with the same ids.
class LogInteractionCommand final : public NotebookCommand
{
public:
    LogInteractionCommand(Notebook &notebook, Interaction interaction, FollowUpChoice followUp,
                          FollowUpsToClose toClose = FollowUpsToClose::dueOnes());
    const LoggedInteraction &logged() const { return m_logged; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Interaction m_interaction;
    FollowUpChoice m_followUp;
    FollowUpsToClose m_toClose;
    LoggedInteraction m_logged;
    std::optional<InteractionSnapshot> m_removed;
};

} // namespace tend::gui
