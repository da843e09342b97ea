#include "commands/NudgeCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {

NudgeCommand::NudgeCommand(Notebook &notebook, const QString &text, qint64 contactId, QDate until)
    : NotebookCommand(notebook, text), m_contactId(contactId), m_until(until)
{
}

NudgeCommand *NudgeCommand::complete(Notebook &notebook, qint64 contactId, const QString &name)
{
    return new NudgeCommand(notebook, QCoreApplication::translate("tend::gui::NudgeCommand", "Mark in touch with %1").arg(name),
                            contactId, {});
}

NudgeCommand *NudgeCommand::snooze(Notebook &notebook, qint64 contactId, const QString &name, QDate until)
{
    return new NudgeCommand(notebook, QCoreApplication::translate("tend::gui::NudgeCommand", "Snooze nudge for %1").arg(name),
                            contactId, until);
}

Status NudgeCommand::apply()
{
    auto before = notebook().nudgeState(m_contactId);
    if (!before)
        return before.error();
    m_before = *before;
    return m_until.isValid() ? notebook().snoozeNudge(m_contactId, m_until) : notebook().completeNudge(m_contactId);
}

Status NudgeCommand::revert()
{
    return notebook().restoreNudge(m_contactId, m_before);
}

} // namespace tend::gui
