// Notebook: important dates' reminders, done or snoozed one occurrence at a time (table
// date_occurrence). The occurrences themselves are rules (schedule/Anniversaries).
#include "Notebook.h"

#include "db/Transaction.h"
#include "model/Validation.h"
#include "schedule/Anniversaries.h"
#include "store/DateOccurrenceQueries.h"
#include "store/DateQueries.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

using OccurrenceKey = std::pair<qint64, QDate>;

// A snoozed reminder can come back after its day, until the user marks it done; a year back is as
// far as a snooze can reach (it ends before the next occurrence).
QDate oldestShownOccurrence(QDate today)
{
    return today.addYears(-1);
}

} // namespace

Result<QList<UpcomingDate>> Notebook::dateReminders(QDate today, int withinDays) const
{
    if (auto valid = checkDays(withinDays, tr("The look-ahead"), 0); !valid)
        return valid.error();
    auto dates = importantDates(0, today);
    if (!dates)
        return dates.error();
    auto rows = occurrencestore::since(m_database->connection(), oldestShownOccurrence(today));
    if (!rows)
        return rows.error();
    QHash<qint64, ImportantDate> byId;
    for (const UpcomingDate &date : std::as_const(*dates))
        byId.insert(date.date.id, date.date);
    QMap<OccurrenceKey, DateOccurrence> marked;
    for (const DateOccurrence &row : std::as_const(*rows))
        marked.insert({row.dateId, row.occursOn}, row);

    const QDate last = today.addDays(withinDays);
    QList<UpcomingDate> result;
    // Occurrences already past, snoozed to a day after them and not done: back on the snooze day.
    for (const DateOccurrence &row : std::as_const(*rows)) {
        if (row.occursOn >= today || row.doneOn.isValid() || !row.snoozedUntil.isValid() || row.snoozedUntil > last
            || !byId.contains(row.dateId))
            continue;
        const ImportantDate &date = byId.value(row.dateId);
        result.append({date, row.occursOn, row.snoozedUntil, rules::yearsSince(date.year, row.occursOn)});
    }
    for (UpcomingDate date : std::as_const(*dates)) {
        if (!date.occursOn.isValid())
            continue;
        const auto row = marked.constFind({date.date.id, date.occursOn});
        if (row != marked.cend()) {
            if (row->doneOn.isValid())
                continue;
            if (row->snoozedUntil.isValid())
                date.remindOn = std::max(date.remindOn, row->snoozedUntil);
        }
        if (date.remindOn <= last)
            result.append(date);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const UpcomingDate &a, const UpcomingDate &b) { return a.occursOn < b.occursOn; });
    return result;
}

Result<QList<DueItem>> Notebook::dueDates(QDate today, int withinDays) const
{
    auto dates = dateReminders(today, withinDays);
    if (!dates)
        return dates.error();
    QList<DueItem> items;
    for (const UpcomingDate &date : std::as_const(*dates))
        items.append(toDueItem(date, today));
    return items;
}

namespace {

// Whether `occursOn` is a day `date` falls on (29 February: 28 February in other years), not
// before a known year.
bool isOccurrence(const ImportantDate &date, QDate occursOn)
{
    return occursOn.isValid() && (date.year == 0 || occursOn.year() >= date.year)
        && rules::inYear(date.month, date.day, occursOn.year()) == occursOn;
}

} // namespace

Result<std::optional<DateOccurrence>> Notebook::dateOccurrence(qint64 dateId, QDate occursOn) const
{
    return occurrencestore::get(m_database->connection(), dateId, occursOn);
}

Result<UpcomingDate> Notebook::currentDateOccurrence(qint64 dateId, QDate today) const
{
    auto date = datestore::get(m_database->connection(), dateId);
    if (!date)
        return date.error();
    auto dates = importantDates(date->contactId, today);
    if (!dates)
        return dates.error();
    auto reminders = dateReminders(today, 0);
    if (!reminders)
        return reminders.error();
    for (const UpcomingDate &shown : std::as_const(*reminders)) {
        if (shown.date.id == dateId)
            return shown; // snoozed past its day, or come on time
    }
    for (const UpcomingDate &next : std::as_const(*dates)) {
        if (next.date.id == dateId) {
            if (!next.occursOn.isValid())
                return Error::invalid(tr("The important date %1 does not come again.").arg(dateId));
            return next;
        }
    }
    return Error::notFound(tr("There is no important date with id %1.").arg(dateId));
}

Result<std::optional<DateOccurrence>> Notebook::completeDateReminder(qint64 dateId, QDate occursOn)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto date = datestore::get(m_database->connection(), dateId);
    if (!date)
        return date.error();
    if (!isOccurrence(*date, occursOn))
        return Error::invalid(tr("%1 is not a day the important date %2 falls on.").arg(occursOn.toString(Qt::ISODate)).arg(dateId));
    auto before = occurrencestore::get(m_database->connection(), dateId, occursOn);
    if (!before)
        return before.error();
    DateOccurrence after = before->value_or(DateOccurrence{dateId, occursOn, {}, {}});
    after.doneOn = m_clock.today();
    if (auto written = occurrencestore::put(m_database->connection(), after); !written)
        return written.error();
    if (auto done = finish(transaction, Change::Reminders); !done)
        return done.error();
    return before;
}

Result<std::optional<DateOccurrence>> Notebook::snoozeDateReminder(qint64 dateId, QDate occursOn, QDate until)
{
    if (!until.isValid())
        return Error::invalid(tr("Enter a valid date."));
    if (auto storable = checkSchedulable(until, tr("The snoozed reminder")); !storable)
        return storable.error();
    const QDate today = m_clock.today();
    if (until <= today)
        return Error::invalid(tr("Snooze to a day after today."));
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto date = datestore::get(m_database->connection(), dateId);
    if (!date)
        return date.error();
    if (!isOccurrence(*date, occursOn))
        return Error::invalid(tr("%1 is not a day the important date %2 falls on.").arg(occursOn.toString(Qt::ISODate)).arg(dateId));
    const QDate following = rules::nextOccurrence(date->month, date->day, occursOn.addDays(1));
    if (following.isValid() && until >= following) {
        return Error::invalid(tr("A reminder of %1 can be snoozed to %2 at the latest: the date comes again on %3.")
                                  .arg(date->title(), following.addDays(-1).toString(Qt::ISODate),
                                       following.toString(Qt::ISODate)));
    }
    auto before = occurrencestore::get(m_database->connection(), dateId, occursOn);
    if (!before)
        return before.error();
    DateOccurrence after{dateId, occursOn, {}, until}; // snoozing an occurrence done by mistake reopens it
    if (auto written = occurrencestore::put(m_database->connection(), after); !written)
        return written.error();
    if (auto done = finish(transaction, Change::Reminders); !done)
        return done.error();
    return before;
}

Status Notebook::restoreDateOccurrence(qint64 dateId, QDate occursOn, const std::optional<DateOccurrence> &before)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto exists = datestore::get(m_database->connection(), dateId); !exists)
        return exists.error();
    Status restored = before ? occurrencestore::put(m_database->connection(), *before)
                             : occurrencestore::remove(m_database->connection(), dateId, occursOn);
    if (!restored)
        return restored;
    return finish(transaction, Change::Reminders);
}

} // namespace tend
