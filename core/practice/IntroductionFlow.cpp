#include "practice/IntroductionFlow.h"

#include <QCoreApplication>

namespace tend::practice {
namespace {
struct IntroductionFlowText
{
    Q_DECLARE_TR_FUNCTIONS(tend::practice::IntroductionFlow)
};
} // namespace

Result<IntroStepPlan> planNextStep(const Introduction &introduction, bool declined)
{
    const qint64 first = introduction.first.id;
    const qint64 second = introduction.second.id;
    const QString firstName = introduction.first.name;
    const QString secondName = introduction.second.name;
    IntroStepPlan plan;

    const bool waiting = introduction.state == IntroState::AskedFirst || introduction.state == IntroState::AskedSecond;
    if (declined && !waiting) {
        return Error::invalid(IntroductionFlowText::tr("Introduction %1 is %2: only someone who has been asked can decline.")
                                  .arg(introduction.id)
                                  .arg(describeState(introduction)));
    }

    switch (introduction.state) {
    case IntroState::Proposed:
        plan.to = IntroState::AskedFirst;
        plan.logWith = {first};
        plan.summary = IntroductionFlowText::tr("Asked %1 about an introduction to %2").arg(firstName, secondName);
        break;
    case IntroState::AskedFirst:
        plan.logWith = {first};
        if (declined) {
            plan.to = IntroState::Declined;
            plan.declinedBy = first;
            plan.summary = IntroductionFlowText::tr("%1 declined an introduction to %2").arg(firstName, secondName);
        } else {
            plan.to = IntroState::FirstAgreed;
            plan.summary = IntroductionFlowText::tr("%1 agreed to an introduction to %2").arg(firstName, secondName);
        }
        break;
    case IntroState::FirstAgreed:
        plan.to = IntroState::AskedSecond;
        plan.logWith = {second};
        plan.summary = IntroductionFlowText::tr("Asked %1 about an introduction to %2").arg(secondName, firstName);
        break;
    case IntroState::AskedSecond:
        plan.logWith = {second};
        if (declined) {
            plan.to = IntroState::Declined;
            plan.declinedBy = second;
            plan.summary = IntroductionFlowText::tr("%1 declined an introduction to %2").arg(secondName, firstName);
        } else {
            plan.to = IntroState::SecondAgreed;
            plan.summary = IntroductionFlowText::tr("%1 agreed to an introduction to %2").arg(secondName, firstName);
        }
        break;
    case IntroState::SecondAgreed:
        plan.to = IntroState::Introduced;
        plan.logWith = {first, second};
        plan.summary = IntroductionFlowText::tr("Introduced %1 and %2").arg(firstName, secondName);
        break;
    case IntroState::Introduced:
        plan.to = IntroState::FollowedUp;
        plan.logWith = {first, second};
        plan.summary = IntroductionFlowText::tr("Followed up on the introduction of %1 and %2").arg(firstName, secondName);
        break;
    case IntroState::FollowedUp:
    case IntroState::Declined:
        return Error::invalid(IntroductionFlowText::tr("Introduction %1 is %2; it has no further step.")
                                  .arg(introduction.id)
                                  .arg(describeState(introduction)));
    }
    return plan;
}

QList<IntroReminder> remindersFor(const Introduction &introduction, int chaseDays)
{
    const QDate since = introduction.stateChangedOn;
    if (const auto awaited = awaitingAnswerFrom(introduction))
        return {{IntroReminder::Kind::Chase, *awaited, since.addDays(chaseDays)}};
    switch (introduction.state) {
    case IntroState::Proposed:
    case IntroState::SecondAgreed: return {{IntroReminder::Kind::NextStep, introduction.first.id, since}};
    case IntroState::FirstAgreed: return {{IntroReminder::Kind::NextStep, introduction.second.id, since}};
    default: break;
    }
    if (introduction.state == IntroState::Introduced) {
        const QDate due = since.addDays(introFollowUpDays);
        return {{IntroReminder::Kind::HowDidItGo, introduction.first.id, due},
                {IntroReminder::Kind::HowDidItGo, introduction.second.id, due}};
    }
    return {};
}

Status checkParties(const Contact &first, const Contact &second)
{
    if (first.id == second.id)
        return Error::invalid(IntroductionFlowText::tr("%1 cannot be introduced to themselves.").arg(first.name));
    for (const Contact *party : {&first, &second}) {
        if (party->archived)
            return Error::invalid(IntroductionFlowText::tr("%1 is archived; unarchive them before introducing them.")
                                      .arg(party->name));
    }
    return {};
}

bool isInProgress(IntroState state)
{
    return state != IntroState::FollowedUp && state != IntroState::Declined;
}

std::optional<qint64> awaitingAnswerFrom(const Introduction &introduction)
{
    if (introduction.state == IntroState::AskedFirst)
        return introduction.first.id;
    if (introduction.state == IntroState::AskedSecond)
        return introduction.second.id;
    return std::nullopt;
}

QString describeState(const Introduction &introduction)
{
    const QString first = introduction.first.name;
    const QString second = introduction.second.name;
    switch (introduction.state) {
    case IntroState::Proposed: return IntroductionFlowText::tr("proposed");
    case IntroState::AskedFirst: return IntroductionFlowText::tr("waiting for %1").arg(first);
    case IntroState::FirstAgreed: return IntroductionFlowText::tr("%1 agreed; %2 not asked yet").arg(first, second);
    case IntroState::AskedSecond: return IntroductionFlowText::tr("waiting for %1").arg(second);
    case IntroState::SecondAgreed: return IntroductionFlowText::tr("both agreed; not introduced yet");
    case IntroState::Introduced: return IntroductionFlowText::tr("introduced");
    case IntroState::FollowedUp: return IntroductionFlowText::tr("followed up");
    case IntroState::Declined:
        return introduction.declinedBy == introduction.second.id ? IntroductionFlowText::tr("declined by %1").arg(second)
                                                                 : IntroductionFlowText::tr("declined by %1").arg(first);
    }
    return {};
}

} // namespace tend::practice
