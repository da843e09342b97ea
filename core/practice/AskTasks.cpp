#include "practice/AskTasks.h"

#include "practice/AskRules.h"

#include <QCoreApplication>

namespace tend::practice {
namespace {

struct AskTasksText
{
    Q_DECLARE_TR_FUNCTIONS(tend::practice::AskTasks)
};

QString reasonOf(const Ask &ask)
{
    if (owesAnswer(ask))
        return AskTasksText::tr("Answer their ask: %1").arg(ask.text);
    return ask.direction == AskDirection::Mine ? AskTasksText::tr("Your ask: %1").arg(ask.text)
                                               : AskTasksText::tr("Their ask: %1").arg(ask.text);
}

} // namespace

std::optional<AskTask> taskOf(const Ask &ask, QDate askedOn)
{
    if (const auto reminder = reminderFor(ask))
        return AskTask{reminder->due, ReminderState::Open, reasonOf(ask)};
    const bool wasTask = ask.deadline.isValid() || ask.direction == AskDirection::Theirs;
    if (!wasTask || (isActive(ask.state) && ask.state != AskState::Answered))
        return std::nullopt;
    const QDate due = ask.deadline.isValid() ? ask.deadline : askedOn;
    const bool completed = ask.state == AskState::Answered || ask.state == AskState::Done;
    return AskTask{due, completed ? ReminderState::Done : ReminderState::Dismissed, reasonOf(ask)};
}

std::optional<AskState> stepForTask(const Ask &ask, ReminderState taskState)
{
    std::optional<AskState> step;
    if (taskState == ReminderState::Done)
        step = owesAnswer(ask) ? AskState::Answered : AskState::Done;
    else if (taskState == ReminderState::Dismissed)
        step = ask.state == AskState::Open && ask.direction == AskDirection::Theirs ? AskState::Declined
                                                                                     : AskState::Withdrawn;
    if (!step || !canMove(ask.state, *step))
        return std::nullopt;
    return step;
}

} // namespace tend::practice
