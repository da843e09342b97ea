#pragma once

#include "commands/NotebookCommand.h"
#include "model/Snapshots.h"

#include <optional>

namespace tend::gui {

// Deletes a contact with their own interactions and reminders; undo restores all of it.
class DeleteContactCommand final : public NotebookCommand
{
public:
    DeleteContactCommand(Notebook &notebook, qint64 contactId, const QString &name);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_id;
    std::optional<ContactSnapshot> m_snapshot;
};

} // namespace tend::gui
