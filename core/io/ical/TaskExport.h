#pragma once

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

} // namespace tend::ical
