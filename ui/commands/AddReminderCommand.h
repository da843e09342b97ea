#pragma once

#include "commands/NotebookCommand.h"
#include "model/Reminder.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tend::gui {

// Adds a reminder of one's own (Contact ▸ Remind me…); undo removes it, redo puts it back with
// the same id.
class AddReminderCommand final : public NotebookCommand
{
public:
    AddReminderCommand(Notebook &notebook, qint64 contactId, const QString &contactName, QDate due, QString reason,
                       std::optional<Recurrence> recurrence = std::nullopt);
    qint64 reminderId() const { return m_id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_contactId;
    QDate m_due;
    QString m_reason;
    std::optional<Recurrence> m_recurrence;
    qint64 m_id = 0;
    std::optional<Reminder> m_removed;
};

} // namespace tend::gui
