#pragma once

#include "commands/NotebookCommand.h"
#include "model/Practice.h"

namespace tend::gui {

// Marks an item of advice acted on, with what came of it, or reports it back to who gave it ("tell
// them how it helped"): the item closes and a `gave` interaction is logged. Undo puts the item
// back as it was (and removes that interaction).
class AdviceCommand final : public NotebookCommand
{
public:
    static AdviceCommand *actedOn(Notebook &notebook, const AdviceItem &before, const QString &outcome);
    static AdviceCommand *reportBack(Notebook &notebook, const AdviceItem &before);

protected:
    Status apply() override;
    Status revert() override;

private:
    AdviceCommand(Notebook &notebook, const QString &text, const AdviceItem &before);

    AdviceItem m_before;
    std::optional<QString> m_outcome; // acted on: what came of it; none: report back
};

} // namespace tend::gui
