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

// One-line fields (names, organisations, summaries, reasons, e-mails…) hold no control characters,
// line breaks included; multi-line ones (notes, agendas) allow line breaks and tabs only.
enum class TextShape { OneLine, MultiLine };
// The index of the first character `text` may not hold in a field of that shape, or -1.
qsizetype firstForbiddenCharacter(const QString &text, TextShape shape);

// A problem with one field, for messages beside that field in a dialog.
struct FieldProblem
{
    QString field;   // "name", "emails", "cadence"...
    QString message; // "Enter a name."
};

QList<FieldProblem> validateContact(const Contact &contact);
QList<FieldProblem> validateInteraction(const Interaction &interaction);
// A day something is to be scheduled on (a follow-up, a snooze's end, the next nudge): a Constraint
// error when it falls after limits::lastStorableDay(). `what` names it: "The snoozed follow-up".
Status checkSchedulable(QDate day, const QString &what);
// A reminder's due day (valid, and schedulable) and reason.
Status checkReminder(QDate due, const QString &reason);
// validateInteraction, and a date no more than a year after `today`.
Status checkInteraction(const Interaction &interaction, QDate today);

// A plausible e-mail address: one @, something on both sides, a dot in the domain, no spaces.
bool looksLikeEmail(const QString &email);

// `emails` without the repeats of an address, compared without regard to case ("Ada@x.org" and
// "ada@x.org" are one address); the first spelling stays, in its place.
QStringList uniqueEmails(const QStringList &emails);

// The first problem as an Error, or success.
Status firstProblem(const QList<FieldProblem> &problems);

// Checks a number of days given by the user (cadence, snooze...); `what` names it in the message.
Status checkDays(int days, const QString &what, int minimum = 1);

} // namespace tend
