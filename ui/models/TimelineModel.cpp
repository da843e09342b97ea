#include "models/TimelineModel.h"

#include "DisplayText.h"
#include "Notebook.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace tend::gui {

TimelineModel::TimelineModel(Notebook &notebook, QObject *parent)
    : QAbstractListModel(parent), m_notebook(notebook)
{
    connect(&m_notebook, &Notebook::changed, this, &TimelineModel::reload);
}

void TimelineModel::setContact(qint64 contactId)
{
    m_contactId = contactId;
    reload();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_balance = {};
    if (m_contactId > 0) {
        auto timeline = m_notebook.timeline(m_contactId);
        if (timeline)
            m_entries = *timeline;
        else if (timeline.error().code != Error::Code::NotFound)
            emit loadFailed(timeline.error().message);
    }
    const QDate yearAgo = m_notebook.today().addDays(-364);
    for (const TimelineEntry &entry : std::as_const(m_entries)) {
        if (!entry.isInteraction())
            continue;
        const Interaction &interaction = entry.interaction();
        const bool thisYear = interaction.date >= yearAgo;
        if (interaction.direction != Direction::Received) {
            ++m_balance.gave;
            m_balance.gaveThisYear += thisYear;
            m_balance.lastGave = std::max(m_balance.lastGave, interaction.date);
        }
        if (interaction.direction != Direction::Gave) {
            ++m_balance.received;
            m_balance.receivedThisYear += thisYear;
            m_balance.lastReceived = std::max(m_balance.lastReceived, interaction.date);
        }
    }
    endResetModel();
}

const TimelineEntry *TimelineModel::entryAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_entries.size() ? &m_entries[index.row()] : nullptr;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

namespace {

// "Agenda: one line", or the heading on its own line with every line of a longer text indented.
QString labelled(const QString &label, const QString &text)
{
    if (!text.contains(u'\n'))
        return TimelineModel::tr("%1: %2").arg(label, text);
    QStringList lines{TimelineModel::tr("%1:").arg(label)};
    for (const QString &line : text.split(u'\n'))
        lines.append(u"\u2003"_s + line);
    return lines.join(u'\n');
}

QString directionText(Direction direction)
{
    switch (direction) {
    case Direction::Gave: return TimelineModel::tr("gave");
    case Direction::Received: return TimelineModel::tr("received");
    case Direction::Mutual: return TimelineModel::tr("mutual");
    }
    return {};
}

} // namespace

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_entries[index.row()];
    if (entry.isInteraction()) {
        const Interaction &interaction = entry.interaction();
        QString title = tr("%1 (%2)").arg(displayName(interaction.kind), directionText(interaction.direction));
        QStringList details;
        QStringList others;
        for (const ContactRef &person : interaction.participants)
            if (person.id != m_contactId)
                others.append(person.name);
        if (!others.isEmpty())
            details.append(tr("Also with: %1").arg(others.join(u", "_s)));
        if (!interaction.agenda.isEmpty())
            details.append(labelled(tr("Agenda"), interaction.agenda));
        if (!interaction.notes.isEmpty())
            details.append(labelled(tr("Notes"), interaction.notes));
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return QStringList{text::shortDate(entry.date, m_notebook.today()), title, interaction.summary}.join(u" — "_s);
        case IsInteractionRole: return true;
        case DateTextRole: return text::shortDate(entry.date, m_notebook.today());
        case TitleRole: return title;
        case InlineTitleRole:
            return tr("%1 (%2)").arg(inlineName(interaction.kind), directionText(interaction.direction));
        case SummaryRole: return interaction.summary;
        case DetailsRole: return details.join(u'\n');
        case IsOpenReminderRole: return false;
        case IsOverdueRole: return false;
        case InteractionIdRole: return interaction.id;
        case ReminderIdRole: return 0;
        default: return {};
        }
    }
    const Reminder &reminder = entry.reminder();
    const QString title = reminder.reason.isEmpty() ? tr("Follow up") : reminder.reason;
    const bool open = reminder.state == ReminderState::Open;
    const QDate today = m_notebook.today();
    const int overdueDays = int(reminder.due.daysTo(today));
    QString state = inlineName(reminder.state);
    if (open && overdueDays > 0)
        state = text::dueWhen(overdueDays, reminder.due, today);
    else if (!open && reminder.completedAt.isValid())
        state = tr("%1 %2", "a closed reminder: its state and the day it was closed")
                    .arg(state, text::shortDate(reminder.completedAt.toLocalTime().date(), today));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QStringList{text::shortDate(entry.date, today), title, state}.join(u" — "_s);
    case IsInteractionRole: return false;
    case DateTextRole: return text::shortDate(entry.date, m_notebook.today());
    case TitleRole:
    case InlineTitleRole: return title;
    case SummaryRole: return QString();
    case DetailsRole: return QString();
    case StateRole: return state;
    case IsOpenReminderRole: return open;
    case IsOverdueRole: return open && overdueDays > 0;
    case ReminderIdRole: return reminder.id;
    case InteractionIdRole: return 0;
    default: return {};
    }
}

} // namespace tend::gui
