#pragma once

#include "commands/NotebookCommand.h"
#include "model/Practice.h"

#include <optional>

namespace tend::gui {

// Proposes an introduction of two contacts, or takes its next step (the asked party agreed, or
// declined). Undo puts the introduction back as it was, with the interaction the step logged
// removed; redo takes the step again (a proposal comes back with its id).
class IntroductionCommand final : public NotebookCommand
{
public:
    static IntroductionCommand *add(Notebook &notebook, const ContactRef &first, const ContactRef &second,
                                    const QString &why);
    static IntroductionCommand *advance(Notebook &notebook, const Introduction &before, bool declined);
    qint64 introductionId() const { return m_id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    IntroductionCommand(Notebook &notebook, const QString &text);

    ContactRef m_first; // add
    ContactRef m_second;
    QString m_why;
    std::optional<Introduction> m_before;  // advance: as it was before the step
    bool m_declined = false;
    std::optional<Introduction> m_removed; // add, undone: what redo writes back
    qint64 m_id = 0;
};

} // namespace tend::gui
