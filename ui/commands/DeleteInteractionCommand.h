#pragma once

#include "commands/NotebookCommand.h"
#include "model/Snapshots.h"

#include <optional>

namespace tend::gui {

// Deletes an interaction and the follow-ups hanging off it; undo restores them.
class DeleteInteractionCommand final : public NotebookCommand
{
public:
    DeleteInteractionCommand(Notebook &notebook, qint64 interactionId, const QString &label);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_id;
    std::optional<InteractionSnapshot> m_snapshot;
};

} // namespace tend::gui
