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

constexpr keys::Table<DueItem::Kind, 2> dueKindKeys{{
    {DueItem::Kind::FollowUp, u"follow-up"},
    {DueItem::Kind::KeepInTouch, u"keep-in-touch"},
}};

} // namespace

QString toKey(DueItem::Kind kind)
{
    return keys::keyOf(dueKindKeys, kind);
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
