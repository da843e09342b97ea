#pragma once

#include "model/Reminder.h"
#include "model/Vocabulary.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

// Turns argument text into domain values; every error names the option and lists what is valid.
namespace tend::cli::values {

Result<QList<Role>> roles(const QStringList &texts, const QString &option = QStringLiteral("--role"));
Result<InteractionKind> interactionKind(const QString &text);
Result<Direction> direction(const QString &text);
Result<MetVia> metVia(const QString &text);
// What `done`, `snooze` and `dismiss` act on, as `tend due` shows it: a follow-up's reminder id
// ("12"), a keep-in-touch nudge, named by its contact's id ("k7"), or an important date's reminder,
// named by the date's id ("d3").
struct DueReference
{
    enum class Kind { FollowUp, KeepInTouch, ImportantDate } kind = Kind::FollowUp;
    qint64 id = 0; // the reminder's id, the contact's for a nudge, the important date's for a date
};
Result<DueReference> dueReference(const QString &text);
QString dueReferenceText(const DueItem &item);
// A whole number in [minimum, maximum] for sizes such as --contacts.
// A record's id as the user typed it: a positive number; `what` names the record ("ask").
Result<qint64> recordId(const QString &text, const QString &what);

Result<int> count(const QString &text, const QString &option, int minimum, int maximum);

} // namespace tend::cli::values
