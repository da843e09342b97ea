#include "commands/DateReminderCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {

DateReminderCommand::DateReminderCommand(Notebook &notebook, const QString &text, qint64 dateId, QDate occursOn, QDate until)
    : NotebookCommand(notebook, text), m_dateId(dateId), m_occursOn(occursOn), m_until(until)
{
}

DateReminderCommand *DateReminderCommand::complete(Notebook &notebook, qint64 dateId, QDate occursOn, const QString &name)
{
    return new DateReminderCommand(
        notebook, QCoreApplication::translate("tend::gui::DateReminderCommand", "Mark %1's date done").arg(name), dateId,
        occursOn, {});
}

DateReminderCommand *DateReminderCommand::snooze(Notebook &notebook, qint64 dateId, QDate occursOn, const QString &name,
                                                 QDate until)
{
    return new DateReminderCommand(
        notebook, QCoreApplication::translate("tend::gui::DateReminderCommand", "Snooze %1's date").arg(name), dateId,
        occursOn, until);
}

Status DateReminderCommand::apply()
{
    auto before = m_until.isValid() ? notebook().snoozeDateReminder(m_dateId, m_occursOn, m_until)
                                    : notebook().completeDateReminder(m_dateId, m_occursOn);
    if (!before)
        return before.error();
    m_before = *before;
    return {};
}

Status DateReminderCommand::revert()
{
    return notebook().restoreDateOccurrence(m_dateId, m_occursOn, m_before);
}

} // namespace tend::gui
