#include "commands/ReminderCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {
ReminderCommand::ReminderCommand(Notebook &notebook, const QString &text, qint64 reminderId, Action action)
    : NotebookCommand(notebook, text), m_id(reminderId), m_action(action)
{
}

ReminderCommand *ReminderCommand::complete(Notebook &notebook, qint64 reminderId, const QString &name)
{
    return new ReminderCommand(notebook, tr("Complete follow-up with %1").arg(name), reminderId, Action::Complete);
}

ReminderCommand *ReminderCommand::dismiss(Notebook &notebook, qint64 reminderId, const QString &name)
{
    return new ReminderCommand(notebook, tr("Dismiss follow-up with %1").arg(name), reminderId, Action::Dismiss);
}

ReminderCommand *ReminderCommand::snooze(Notebook &notebook, qint64 reminderId, const QString &name, int days)
{
    auto *command = new ReminderCommand(notebook, tr("Snooze follow-up with %1").arg(name), reminderId, Action::Snooze);
    command->m_days = days;
    return command;
}

ReminderCommand *ReminderCommand::reschedule(Notebook &notebook, qint64 reminderId, const QString &name, QDate date)
{
    auto *command = new ReminderCommand(notebook, tr("Reschedule follow-up with %1")
                                                      .arg(name), reminderId, Action::Reschedule);
    command->m_date = date;
    return command;
}

Status ReminderCommand::apply()
{
    auto before = notebook().reminder(m_id);
    if (!before)
        return before.error();
    m_before = *before;
    switch (m_action) {
    case Action::Complete:
        return notebook().completeReminder(m_id);
    case Action::Dismiss:
        return notebook().dismissReminder(m_id);
    case Action::Snooze:
        return notebook().snoozeReminder(m_id, m_days);
    case Action::Reschedule:
        return notebook().rescheduleReminder(m_id, m_date);
    }
    return {};
}

Status ReminderCommand::revert()
{
    return notebook().restoreReminder(m_before);
}

} // namespace tend::gui
