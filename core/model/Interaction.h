#pragma once

#include "model/Contact.h"
#include "model/Reminder.h"
#include "model/Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tend {

struct Interaction
{
    qint64 id = 0;
    InteractionKind kind = InteractionKind::Coffee;
    QDate date;
    QList<ContactRef> participants; // only the ids matter on write
    Direction direction = Direction::Mutual;
    QString summary;
    QString notes;
    QString agenda;
    QStringList advice; // items of advice received, written by Notebook::logInteraction (new logs only)
    std::optional<int> durationMinutes; // 1 to 1440
    std::optional<int> rating;          // how useful it was, 1 to 5
    QDateTime createdAt;
    QDateTime updatedAt;
};

// How to schedule the follow-up when logging: the kind's default, a number of days, or none.
struct FollowUpChoice
{
    enum class Mode { KindDefault, Days, None };
    Mode mode = Mode::KindDefault;
    int days = 0;
    std::optional<Recurrence> repeat; // the follow-up then recurs ("every month")

    static FollowUpChoice kindDefault() { return {}; }
    static FollowUpChoice inDays(int days, std::optional<Recurrence> repeat = {}) { return {Mode::Days, days, repeat}; }
    static FollowUpChoice none() { return {Mode::None, 0, std::nullopt}; }
};

// Which of the participants' open follow-ups logging an interaction closes, since following up is
// what they asked for: those due by today (unless `due` is false), and the ones named in
// `reminderIds` whether due or not (Today's Log on a follow-up of the week ahead).
// See Notebook::followUpsClosedByLogging.
struct FollowUpsToClose
{
    bool due = true;
    QList<qint64> reminderIds;

    static FollowUpsToClose dueOnes() { return {}; }
    static FollowUpsToClose none() { return {false, {}}; }
};

// The reason of the follow-up scheduled for an interaction: "Follow up on coffee chat: <summary>".
QString followUpReason(const Interaction &interaction);

struct LoggedInteraction
{
    qint64 interactionId = 0;
    QList<qint64> reminderIds; // one per participant when a follow-up was scheduled
    QDate followUpDue;         // null when none was scheduled
    QList<Reminder> closedFollowUps; // follow-ups the log closed, as they were before (open)
};

} // namespace tend
