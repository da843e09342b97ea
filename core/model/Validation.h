#pragma once

#include "model/Contact.h"
#include "model/Interaction.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tend {

// Sane upper bounds: large enough for years of notes, small enough to catch a pasted file.
namespace limits {
inline constexpr int nameLength = 200;
inline constexpr int shortTextLength = 300;   // organisation, title, summary, reason, labels
inline constexpr int emailLength = 254;
inline constexpr int phoneLength = 64;
inline constexpr int urlLength = 2048;
inline constexpr int notesLength = 100'000;   // notes and agendas
inline constexpr int listLength = 50;         // emails, phones, links, participants per record
inline constexpr int maxDays = 3650;          // cadences, follow-up delays, snoozes, windows
// Days are stored as YYYY-MM-DD: nothing can be scheduled after this one.
inline QDate lastStorableDay() { return QDate(9999, 12, 31); }
} // namespace limits

// A problem with one field, for messages beside that field in a dialog.
struct FieldProblem
{
    QString field;   // "name", "emails", "cadence"...
    QString message; // "Enter a name."
};

QList<FieldProblem> validateContact(const Contact &contact);
QList<FieldProblem> validateInteraction(const Interaction &interaction);
// A reminder's due day and reason.
Status checkReminder(QDate due, const QString &reason);
// validateInteraction, and a date no more than a year after `today`.
Status checkInteraction(const Interaction &interaction, QDate today);

// A plausible e-mail address: one @, something on both sides, a dot in the domain, no spaces.
bool looksLikeEmail(const QString &email);

// The first problem as an Error, or success.
Status firstProblem(const QList<FieldProblem> &problems);

// Checks a number of days given by the user (cadence, snooze...); `what` names it in the message.
Status checkDays(int days, const QString &what, int minimum = 1);

} // namespace tend
