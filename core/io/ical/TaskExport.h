#pragma once

#include "model/Interaction.h"
#include "model/Reminder.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// The .ics export: what is due (open follow-ups and keep-in-touch days, as Notebook::due lists
// them) as VTODOs with DUE and a display alarm, written with libical (TodoMapping).
namespace tend::ical {

// The UIDs stay the same from one export to the next, so a calendar that imports the file again
// updates its tasks instead of adding them twice: "<contact UID>-reminder-<reminder id>" for a
// follow-up, "<contact UID>-keep-in-touch" for a contact's keep-in-touch day.
QString taskUid(const DueItem &item, const QString &contactUid);

// `contactUids` maps each item's contact id to that contact's UID.
QByteArray writeTaskCalendar(const QList<DueItem> &items, const QHash<qint64, QString> &contactUids,
                             const QDateTime &now);

// A planned meeting's UID, as stable as a task's: "<UID of its first participant>-interaction-<id>"
// (the participant with the lowest id, so editing who comes keeps it unless that one leaves).
QString meetingUid(const Interaction &meeting, const QHash<qint64, QString> &contactUids);

// The tasks as writeTaskCalendar, and the meetings planned ahead (interactions dated after today)
// as whole-day VEVENTs: SUMMARY "Coffee chat with Ada Lovelace: <summary>", DESCRIPTION the agenda
// and the participants' names. An interaction's notes are private and never leave.
QByteArray writeExportCalendar(const QList<DueItem> &items, const QList<Interaction> &meetings,
                               const QHash<qint64, QString> &contactUids, const QDateTime &now);

} // namespace tend::ical
