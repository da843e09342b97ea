#pragma once

#include "commands/NotebookCommand.h"

#include "model/ImportantDate.h"

#include <QDate>

#include <optional>

namespace tend::gui {

// Marks one occurrence of an important date's reminder done, or snoozes it until a day; undo puts
// back the occurrence's row as it was (none, a snooze, or done).
class DateReminderCommand final : public NotebookCommand
{
public:
    static DateReminderCommand *complete(Notebook &notebook, qint64 dateId, QDate occursOn, const QString &name);
    static DateReminderCommand *snooze(Notebook &notebook, qint64 dateId, QDate occursOn, const QString &name, QDate until);

protected:
    Status apply() override;
    Status revert() override;

private:
    DateReminderCommand(Notebook &notebook, const QString &text, qint64 dateId, QDate occursOn, QDate until);

    qint64 m_dateId;
    QDate m_occursOn;
    QDate m_until; // null: complete
    std::optional<DateOccurrence> m_before;
};

} // namespace tend::gui
