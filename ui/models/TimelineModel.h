#pragma once

#include "model/Reports.h"

#include <QAbstractListModel>

namespace tend {
class Notebook;
}

namespace tend::gui {

// One contact's interactions and reminders, newest first, with the give/receive tally.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)
public:
    enum DataRole {
        IsInteractionRole = Qt::UserRole + 1,
        DateTextRole,   // "13 Nov"
        TitleRole,      // "Coffee chat (received)" / "Follow up on coffee chat"
        InlineTitleRole, // "coffee chat (received)": the title inside a sentence ("Delete …")
        SummaryRole,    // interaction summary
        DetailsRole,    // "Agenda: …", "Notes: …", "With: …" lines, joined by newlines
        StateRole,      // reminders: "open", "3 days overdue", "done 2 Dec", "dismissed 1 Dec"
        IsOpenReminderRole,
        IsOverdueRole,  // an open reminder whose day has passed
        ReminderIdRole,
        InteractionIdRole,
    };

    struct Balance
    {
        int gave = 0;
        int received = 0;
        QDate lastGave;
        QDate lastReceived;
        int gaveThisYear = 0; // the last 365 days, today included
        int receivedThisYear = 0;
    };

    explicit TimelineModel(Notebook &notebook, QObject *parent = nullptr);

    void setContact(qint64 contactId);
    qint64 contactId() const { return m_contactId; }
    void reload();
    Balance balance() const { return m_balance; }
    const TimelineEntry *entryAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    Notebook &m_notebook;
    qint64 m_contactId = 0;
    QList<TimelineEntry> m_entries;
    Balance m_balance;
};

} // namespace tend::gui
