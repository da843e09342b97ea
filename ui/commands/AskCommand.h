#pragma once

#include "commands/NotebookCommand.h"
#include "model/Practice.h"

#include <optional>

namespace tend::gui {

// Adds an ask (the Ask dialog) or moves one to another state; undo puts back the ask as it was
// before, redo as it was after, with the same id.
class AskCommand final : public NotebookCommand
{
public:
    static AskCommand *add(Notebook &notebook, const Ask &ask);
    static AskCommand *move(Notebook &notebook, const Ask &before, AskState to);
    qint64 askId() const { return m_id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    AskCommand(Notebook &notebook, const QString &text);

    Ask m_new;                     // add: the ask to write the first time
    std::optional<AskState> m_to;  // move: the state to move to the first time
    std::optional<Ask> m_before;   // move: the ask before the move
    std::optional<Ask> m_after;    // what redo writes back after an undo
    qint64 m_id = 0;
};

} // namespace tend::gui
