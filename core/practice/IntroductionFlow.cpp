#include "practice/IntroductionFlow.h"

#include <QCoreApplication>

namespace tend::practice {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tend::practice::IntroductionFlow", text);
}
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
        return Error::invalid(tr("Introduction %1 is %2: only someone who has been asked can decline.")
                                  .arg(introduction.id)
                                  .arg(describeState(introduction)));
    }

    switch (introduction.state) {
    case IntroState::Proposed:
        plan.to = IntroState::AskedFirst;
        plan.logWith = {first};
        plan.summary = tr("Asked %1 about an introduction to %2").arg(firstName, secondName);
        plan.chase = first;
        break;
    case IntroState::AskedFirst:
        plan.closesChase = true;
        plan.logWith = {first};
        if (declined) {
            plan.to = IntroState::Declined;
            plan.declinedBy = first;
            plan.summary = tr("%1 declined an introduction to %2").arg(firstName, secondName);
        } else {
            plan.to = IntroState::FirstAgreed;
            plan.summary = tr("%1 agreed to an introduction to %2").arg(firstName, secondName);
        }
        break;
    case IntroState::FirstAgreed:
        plan.to = IntroState::AskedSecond;
        plan.logWith = {second};
        plan.summary = tr("Asked %1 about an introduction to %2").arg(secondName, firstName);
        plan.chase = second;
        break;
    case IntroState::AskedSecond:
        plan.closesChase = true;
        plan.logWith = {second};
        if (declined) {
            plan.to = IntroState::Declined;
            plan.declinedBy = second;
            plan.summary = tr("%1 declined an introduction to %2").arg(secondName, firstName);
        } else {
            plan.to = IntroState::SecondAgreed;
            plan.summary = tr("%1 agreed to an introduction to %2").arg(secondName, firstName);
        }
        break;
    case IntroState::SecondAgreed:
        plan.to = IntroState::Introduced;
        plan.logWith = {first, second};
        plan.summary = tr("Introduced %1 and %2").arg(firstName, secondName);
        plan.howDidItGo = {first, second};
        break;
    case IntroState::Introduced:
        plan.to = IntroState::FollowedUp;
        plan.logWith = {first, second};
        plan.summary = tr("Followed up on the introduction of %1 and %2").arg(firstName, secondName);
        plan.closesHowDidItGo = true;
        break;
    case IntroState::FollowedUp:
    case IntroState::Declined:
        return Error::invalid(tr("Introduction %1 is %2; it has no further step.")
                                  .arg(introduction.id)
                                  .arg(describeState(introduction)));
    }
    return plan;
}

Status checkParties(const Contact &first, const Contact &second)
{
    if (first.id == second.id)
        return Error::invalid(tr("%1 cannot be introduced to themselves.").arg(first.name));
    for (const Contact *party : {&first, &second}) {
        if (party->archived)
            return Error::invalid(tr("%1 is archived; unarchive them before introducing them.").arg(party->name));
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
    case IntroState::Proposed: return tr("proposed");
    case IntroState::AskedFirst: return tr("waiting for %1").arg(first);
    case IntroState::FirstAgreed: return tr("%1 agreed; %2 not asked yet").arg(first, second);
    case IntroState::AskedSecond: return tr("waiting for %1").arg(second);
    case IntroState::SecondAgreed: return tr("both agreed; not introduced yet");
    case IntroState::Introduced: return tr("introduced");
    case IntroState::FollowedUp: return tr("followed up");
    case IntroState::Declined:
        return introduction.declinedBy == introduction.second.id ? tr("declined by %1").arg(second)
                                                                 : tr("declined by %1").arg(first);
    }
    return {};
}

} // namespace tend::practice
