#pragma once

#include "model/Reminder.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// Reminders as iCalendar VTODOs (RFC 5545), written and read with libical. Used by CalDAV sync and
// by the .ics export.
namespace tend::ical {

// What of a reminder a VTODO carries.
struct TodoFields
{
    QString uid;          // stable: the same reminder always has the same UID
    QString contactName;  // X-TEND-CONTACT; SUMMARY starts with it, so a phone shows whom it is about
    QString contactUid;   // X-TEND-CONTACT-UID: the contact's vCard UID, when it has one
    QString reason;       // the rest of SUMMARY
    QDate due;            // DUE;VALUE=DATE (a date-time from another client reads as its own date)
    ReminderState state = ReminderState::Open; // STATUS NEEDS-ACTION / COMPLETED / CANCELLED
    QDateTime completedAt; // COMPLETED, in UTC; set when done
    friend bool operator==(const TodoFields &, const TodoFields &) = default;
};

// "Ada Lovelace: Send the PhD talk slides", or just one of the two when the other is empty.
QString summaryOf(const TodoFields &fields);

TodoFields todoFromReminder(const Reminder &reminder, const QString &uid, const QString &contactUid = {});
// A task's state on a reminder: reason, due (a moved due date is how a snooze travels), state and
// completion. The reminder's id, contact and history are left alone.
void applyTodo(const TodoFields &fields, Reminder &reminder);

// A VCALENDAR holding one VTODO, with a display alarm at 09:00 on the due day (TRIGGER;RELATED=END:PT9H
// from a date-valued DUE). `now` stamps DTSTAMP and, for a completed task without a time, COMPLETED.
QByteArray writeTodo(const TodoFields &fields, const QDateTime &now);
// One VCALENDAR holding a VTODO (with its alarm, as above) for each of `todos`: the .ics export.
QByteArray writeTodos(const QList<TodoFields> &todos, const QDateTime &now);

// A meeting planned ahead, as a VEVENT of the .ics export: a whole day (DTSTART;VALUE=DATE).
struct EventFields
{
    QString uid;         // stable: the same interaction always has the same UID
    QString summary;     // SUMMARY
    QString description; // DESCRIPTION: the agenda and who takes part
    QDate date;          // DTSTART;VALUE=DATE
    friend bool operator==(const EventFields &, const EventFields &) = default;
};

// One VCALENDAR holding the VTODOs (as writeTodos) and then the VEVENTs: the .ics export.
QByteArray writeCalendar(const QList<TodoFields> &todos, const QList<EventFields> &events, const QDateTime &now);

// The calendar object `calendar` with its VTODO changed to say `fields`: only the properties whose
// meaning changed are rewritten, everything else (alarms another client set, categories, priority,
// unknown properties, time zones) stays as it was. DTSTAMP and LAST-MODIFIED become `now`.
Result<QByteArray> updateTodo(const QByteArray &calendar, const TodoFields &fields, const QDateTime &now);

// The VTODO of a calendar object resource. An Error (code Invalid) says what is wrong.
Result<TodoFields> readTodo(const QByteArray &calendar);

// A hash of the calendar object that ignores property order, line folding and the stamps every save
// rewrites (DTSTAMP, LAST-MODIFIED, PRODID): the same task gives the same hash.
Result<QByteArray> contentHash(const QByteArray &calendar);

} // namespace tend::ical
