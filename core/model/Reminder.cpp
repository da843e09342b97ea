#include "model/Reminder.h"

#include "model/KeyTable.h"

using namespace Qt::StringLiterals;

namespace tend {
namespace {

constexpr keys::Table<ReminderEvent::Action, 6> actionKeys{{
    {ReminderEvent::Action::Created, u"created"},
    {ReminderEvent::Action::Snoozed, u"snoozed"},
    {ReminderEvent::Action::Done, u"done"},
    {ReminderEvent::Action::Dismissed, u"dismissed"},
    {ReminderEvent::Action::Reopened, u"reopened"},
    {ReminderEvent::Action::Rescheduled, u"rescheduled"},
}};

constexpr keys::Table<DueItem::Kind, 11> dueKindKeys{{
    {DueItem::Kind::FollowUp, u"follow-up"},
    {DueItem::Kind::KeepInTouch, u"keep-in-touch"},
    {DueItem::Kind::AskDeadline, u"ask-deadline"},
    {DueItem::Kind::AnswerOwed, u"answer-owed"},
    {DueItem::Kind::IntroNextStep, u"intro-next-step"},
    {DueItem::Kind::IntroChase, u"intro-chase"},
    {DueItem::Kind::IntroFollowUp, u"intro-follow-up"},
    {DueItem::Kind::ThankYou, u"thank-you"},
    {DueItem::Kind::MeetingAgenda, u"meeting-agenda"},
    {DueItem::Kind::PlannedMeeting, u"planned-meeting"},
    {DueItem::Kind::ImportantDate, u"date"},
}};

} // namespace

QString toKey(DueItem::Kind kind)
{
    return keys::keyOf(dueKindKeys, kind);
}

bool isPracticeItem(DueItem::Kind kind)
{
    return kind != DueItem::Kind::FollowUp && kind != DueItem::Kind::KeepInTouch && kind != DueItem::Kind::ImportantDate;
}

QString toKey(ReminderEvent::Action action)
{
    return keys::keyOf(actionKeys, action);
}

std::optional<ReminderEvent::Action> reminderActionFromKey(QStringView key)
{
    return keys::valueOf(actionKeys, key);
}

} // namespace tend
