#pragma once

#include "commands/NotebookCommand.h"
#include "model/Reminder.h"

#include <QCoreApplication>
#include <QDate>

namespace tend::gui {

// Done, dismiss, snooze or reschedule a follow-up; undo restores the reminder as it was.
class ReminderCommand final : public NotebookCommand
{
    Q_DECLARE_TR_FUNCTIONS(tend::gui::ReminderCommand)
public:
    enum class Action { Complete, Dismiss, Snooze, Reschedule };

    // `days` for Snooze, `date` for Reschedule.
    static ReminderCommand *complete(Notebook &notebook, qint64 reminderId, const QString &name);
    static ReminderCommand *dismiss(Notebook &notebook, qint64 reminderId, const QString &name);
    static ReminderCommand *snooze(Notebook &notebook, qint64 reminderId, const QString &name, int days);
    static ReminderCommand *reschedule(Notebook &notebook, qint64 reminderId, const QString &name, QDate date);

protected:
    Status apply() override;
    Status revert() override;

private:
    ReminderCommand(Notebook &notebook, const QString &text, qint64 reminderId, Action action);

    qint64 m_id;
    Action m_action;
    int m_days = 0;
    QDate m_date;
    Reminder m_before;
};

} // namespace tend::gui
