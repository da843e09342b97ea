#pragma once

#include "model/Vocabulary.h"
#include "schedule/Recurrence.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tend {

struct ReminderEvent
{
    enum class Action { Created, Snoozed, Done, Dismissed, Reopened, Rescheduled };
    QDateTime at;
    Action action = Action::Created;
    QDate fromDue;
    QDate toDue;
};

struct Reminder
{
    qint64 id = 0;
    QString uid;         // its name for sync and exports; the database gives a new one when empty
    qint64 contactId = 0;
    QString contactName; // filled on read
    std::optional<qint64> interactionId;
    QDate due;
    QString reason;
    ReminderState state = ReminderState::Open;
    QDateTime completedAt;
    QDateTime createdAt;
    QList<ReminderEvent> history; // filled by ReminderRepository::history / snapshots
    // A recurring reminder: how it repeats, and which occurrence of its series this is
    // (rules::occurrence(seriesAnchor, *recurrence, seriesIndex) is when it was due before any
    // snooze). previousId is the occurrence whose completion made this one.
    std::optional<Recurrence> recurrence;
    QDate seriesAnchor;
    int seriesIndex = 0;
    std::optional<qint64> previousId;
};

// One line of `tend due` and of the Today view.
struct DueItem
{
    // The mentorship practice's kinds (store/PracticeQueries) are read from the state of an ask,
    // an introduction, an item of advice or a planned meeting; `sourceId` names that row.
    // PlannedMeeting is not due: Today lists planned meetings under "Coming up" with it.
    // ImportantDate: a birthday, anniversary or custom date whose reminder has come; `sourceId` is
    // the important date, `due` the day this occurrence falls on, `years` the age it marks.
    enum class Kind { FollowUp, KeepInTouch, AskDeadline, AnswerOwed, IntroNextStep, IntroChase, IntroFollowUp, ThankYou, MeetingAgenda,
                      PlannedMeeting, ImportantDate };
    Kind kind = Kind::FollowUp;
    std::optional<qint64> reminderId; // follow-ups only
    std::optional<qint64> sourceId;   // the ask, introduction, advice or planned meeting
    qint64 contactId = 0;
    QString contactName;
    QList<Role> roles;
    QDate due;
    int overdueDays = 0; // today - due; negative when still ahead
    // Due from `due`, overdue from `overdueOn`: a follow-up the day after it was due, a keep-in-touch
    // nudge at the overdue factor × its cadence (rules::overdueOn). Today's red, amber's next step.
    QDate overdueOn;
    bool overdue = false;
    QString reason;
    int cadenceDays = 0; // keep-in-touch only
    std::optional<int> years; // important dates whose year is known: the age or number of years
    QDate remindOn;           // important dates: the day the reminder came (or comes back after a snooze)
};

QString toKey(DueItem::Kind kind); // "follow-up" | "keep-in-touch" | "ask-deadline" | "answer-owed"…
// Whether the item is read from the practice's states, not a stored reminder, nudge or important
// date (done, snooze and dismiss act on those).
bool isPracticeItem(DueItem::Kind kind);
QString toKey(ReminderEvent::Action action); // "created", "snoozed"… as stored in reminder_event
std::optional<ReminderEvent::Action> reminderActionFromKey(QStringView key);

} // namespace tend
