#include "models/TodayModel.h"

#include "DisplayText.h"
#include "Notebook.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace tend::gui {

TodayModel::TodayModel(Notebook &notebook, QObject *parent)
    : QAbstractListModel(parent), m_notebook(notebook), m_today(notebook.today())
{
    connect(&m_notebook, &Notebook::changed, this, &TodayModel::reload);
    reload();
}

void TodayModel::reload()
{
    m_task.cancel();
    const QDate today = m_notebook.today();
    // The first rows first only while nothing is shown: a later reload keeps the rows (and the
    // place the user scrolled to) until the whole new list replaces them.
    const int firstOfEach = m_hasFirstRows ? -1 : firstRowsOfEach;
    m_task = m_notebook.worker().run<Loaded>([today, firstOfEach](work::Job<Loaded> &job) -> Status {
        Loaded first = read(job.notebook(), today, firstOfEach);
        const bool complete = first.complete;
        job.deliver(std::move(first));
        if (!complete && !job.isCancelled())
            job.deliver(read(job.notebook(), today));
        return {};
    });
    const quint64 generation = ++m_generation;
    m_firstRowsPending = true;
    work::watch<Loaded>(
        m_task, this,
        [this, generation](const Loaded &fetched) {
            if (generation == m_generation)
                apply(fetched);
        },
        [this, generation](const Status &outcome) {
            if (generation != m_generation || outcome || outcome.error().code == Error::Code::Cancelled)
                return;
            apply({m_notebook.today(), {}, {outcome.error().message}}); // the worker could not open the notebook
        });
}

void TodayModel::apply(const Loaded &fetched)
{
    beginResetModel();
    m_today = fetched.today;
    m_rows = fetched.rows;
    m_hasFirstRows = true;
    m_hasLoaded = fetched.complete;
    endResetModel();
    if (std::exchange(m_firstRowsPending, false))
        emit firstRowsLoaded();
    if (!fetched.complete)
        return;
    for (const QString &problem : fetched.problems)
        emit loadFailed(problem);
    emit loaded();
}

TodayModel::Loaded TodayModel::read(Notebook &notebook, QDate today, int firstOfEach)
{
    Loaded loaded;
    loaded.today = today;
    auto due = notebook.due(today, lookAheadDays, firstOfEach);
    QList<DueItem> items;
    if (due)
        items = *due;
    else
        loaded.problems.append(due.error().message);
    // Fewer than firstOfEach in all: no part was cut short.
    loaded.complete = firstOfEach < 0 || !due || items.size() < firstOfEach;

    if (auto planned = notebook.plannedInteractions()) {
        for (const Interaction &meeting : std::as_const(*planned)) {
            if (meeting.date > today.addDays(lookAheadDays) || meeting.participants.isEmpty())
                continue;
            DueItem item;
            item.kind = DueItem::Kind::PlannedMeeting;
            item.sourceId = meeting.id;
            item.contactId = meeting.participants.constFirst().id;
            QStringList names;
            for (const ContactRef &person : meeting.participants)
                names.append(person.name);
            item.contactName = names.join(u", "_s);
            item.due = meeting.date;
            item.overdueDays = int(meeting.date.daysTo(today));
            const QString about = !meeting.agenda.trimmed().isEmpty() ? meeting.agenda : meeting.summary;
            item.reason = about.trimmed().isEmpty()
                ? tr("Planned %1").arg(inlineName(meeting.kind))
                : tr("Planned %1: %2").arg(inlineName(meeting.kind), about.simplified());
            items.append(item);
        }
        std::stable_sort(items.begin(), items.end(), [](const DueItem &a, const DueItem &b) { return a.due < b.due; });
    } else {
        loaded.problems.append(planned.error().message);
    }

    // Important dates whose reminder has come, soonest first (a snoozed one from its snooze day).
    QList<Row> dates;
    if (auto reminders = notebook.dateReminders(today, 0)) {
        for (const UpcomingDate &date : std::as_const(*reminders))
            dates.append({QString(), toDueItem(date, today), date.date.kind});
    } else {
        loaded.problems.append(reminders.error().message);
    }

    QList<DueItem> overdue, dueToday, nudges, upcoming;
    for (const DueItem &item : std::as_const(items)) {
        if (item.overdueDays < 0)
            upcoming.append(item);
        else if (item.kind == DueItem::Kind::KeepInTouch)
            nudges.append(item);
        else if (item.overdueDays > 0)
            overdue.append(item);
        else
            dueToday.append(item);
    }

    QList<Row> &rows = loaded.rows;
    auto section = [&rows](const QString &heading, const QList<DueItem> &list) {
        if (list.isEmpty())
            return;
        rows.append({heading, {}});
        for (const DueItem &item : list)
            rows.append({QString(), item});
    };
    section(tr("Overdue"), overdue);
    section(tr("Due today"), dueToday);
    section(tr("Keep in touch"), nudges);
    if (!dates.isEmpty()) {
        rows.append({tr("Birthdays and dates"), {}});
        rows += dates;
    }
    section(tr("Coming up (%Ln day(s))", nullptr, lookAheadDays), upcoming);
    return loaded;
}

// "birthday · turns 211", "work anniversary · 5 years", "PhD defense · 1 year": the title and, when
// the year is known, what this occurrence marks.
QString TodayModel::dateReason(const DueItem &item, ImportantDate::Kind kind)
{
    if (!item.years)
        return item.reason;
    switch (kind) {
    case ImportantDate::Kind::Birthday: return tr("%1 · turns %2").arg(item.reason).arg(*item.years);
    case ImportantDate::Kind::Anniversary:
    case ImportantDate::Kind::Custom: break;
    }
    return tr("%1 · %Ln year(s)", nullptr, *item.years).arg(item.reason);
}

QList<DueItem> TodayModel::dueNow() const
{
    QList<DueItem> items;
    for (const Row &row : m_rows)
        if (row.heading.isEmpty() && row.item.overdueDays >= 0)
            items.append(row.item);
    return items;
}

const DueItem *TodayModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || !m_rows[index.row()].heading.isEmpty())
        return nullptr;
    return &m_rows[index.row()].item;
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags TodayModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!m_rows[index.row()].heading.isEmpty())
        return Qt::NoItemFlags; // headings are skipped by the keyboard and the selection
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (!row.heading.isEmpty()) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return row.heading;
        case IsHeadingRole:
            return true;
        default:
            return {};
        }
    }
    const DueItem &item = row.item;
    const bool nudge = item.kind == DueItem::Kind::KeepInTouch;
    const bool date = item.kind == DueItem::Kind::ImportantDate;
    const QString reason = nudge ? tr("keep in touch (every %Ln day(s))", nullptr, item.cadenceDays)
                         : date  ? dateReason(item, row.dateKind)
                                 : (item.reason.isEmpty() ? tr("follow up") : item.reason);
    const QString when = text::dueWhen(item.overdueDays, item.due, m_today);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QString(item.contactName + u" — "_s + reason + u" — "_s + when);
    case Qt::ToolTipRole:
        return text::plainToolTip(QString(reason + u'\n' + text::longDate(item.due)));
    case IsHeadingRole:
        return false;
    case UrgencyRole:
        // Red once overdue (a nudge at the overdue factor × its cadence), amber while due.
        return int(item.overdue ? Urgency::Overdue : item.overdueDays >= 0 ? Urgency::DueToday : Urgency::None);
    case NameRole:
        return item.contactName;
    case RolesTextRole:
        return text::roles(item.roles);
    case ReasonRole:
        return reason;
    case WhenRole:
        return when;
    case ContactIdRole:
        return item.contactId;
    case ReminderIdRole:
        return item.reminderId.value_or(0);
    case IsNudgeRole:
        return nudge;
    case IsPracticeRole:
        return isPracticeItem(item.kind);
    case KindRole:
        return int(item.kind);
    case SourceIdRole:
        return item.sourceId.value_or(0);
    case IsDateRole:
        return date;
    default:
        return {};
    }
}

} // namespace tend::gui
