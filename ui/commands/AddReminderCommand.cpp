#include "commands/AddReminderCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {

AddReminderCommand::AddReminderCommand(Notebook &notebook, qint64 contactId, const QString &contactName, QDate due,
                                       QString reason, std::optional<Recurrence> recurrence)
    : NotebookCommand(notebook, QCoreApplication::translate("tend::gui::AddReminderCommand", "Remind me about %1")
                                    .arg(contactName)),
      m_contactId(contactId), m_due(due), m_reason(std::move(reason)), m_recurrence(std::move(recurrence))
{
}

Status AddReminderCommand::apply()
{
    if (m_removed) {
        const Status restored = notebook().restoreDeletedReminder(*m_removed);
        if (restored)
            m_removed.reset();
        return restored;
    }
    auto id = notebook().addReminder(m_contactId, m_due, m_reason, m_recurrence);
    if (!id)
        return id.error();
    m_id = *id;
    return {};
}

Status AddReminderCommand::revert()
{
    auto removed = notebook().deleteReminder(m_id);
    if (!removed)
        return removed.error();
    m_removed = std::move(removed).value();
    return {};
}

} // namespace tend::gui
