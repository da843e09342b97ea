#pragma once

#include "commands/NotebookCommand.h"

#include "model/Contact.h"

#include <QDate>

namespace tend::gui {

// Snoozes a keep-in-touch nudge, or marks it done ("been in touch"); undo restores what the nudge
// was before (the last "been in touch" day and the snooze).
class NudgeCommand final : public NotebookCommand
{
public:
    static NudgeCommand *complete(Notebook &notebook, qint64 contactId, const QString &name);
    static NudgeCommand *snooze(Notebook &notebook, qint64 contactId, const QString &name, QDate until);

protected:
    Status apply() override;
    Status revert() override;

private:
    NudgeCommand(Notebook &notebook, const QString &text, qint64 contactId, QDate until);

    qint64 m_contactId;
    QDate m_until; // null: complete (a cadence from today)
    NudgeState m_before;
};

} // namespace tend::gui
