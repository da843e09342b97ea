#pragma once

#include "commands/NotebookCommand.h"
#include "model/Contact.h"
#include "model/Snapshots.h"

#include <optional>

namespace tend::gui {

// Adds a contact; undo deletes it, redo puts it back with the same id.
class AddContactCommand final : public NotebookCommand
{
public:
    AddContactCommand(Notebook &notebook, Contact contact);
    qint64 contactId() const { return m_id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Contact m_contact;
    qint64 m_id = 0;
    std::optional<ContactSnapshot> m_removed;
};

} // namespace tend::gui
