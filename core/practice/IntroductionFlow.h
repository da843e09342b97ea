#pragma once

#include "model/Practice.h"
#include "util/Result.h"

#include <QList>

// The steps of a double opt-in introduction as pure rules: what each step changes, whom it logs
// an interaction with, and which reminders it opens or closes. Notebook applies a plan in one
// transaction.
namespace tend::practice {

struct IntroStepPlan
{
    IntroState to = IntroState::Proposed;
    QList<qint64> logWith;              // an `intro` interaction (direction gave) with these
    QString summary;                    // that interaction's summary
    bool closesChase = false;           // the open chase reminder is done
    std::optional<qint64> chase;        // a chase reminder for this contact, `chaseDays` on
    QList<qint64> howDidItGo;           // "How did it go?" follow-ups, `followUpDays` on
    bool closesHowDidItGo = false;      // those follow-ups are done
    std::optional<qint64> declinedBy;
};

inline constexpr int defaultChaseDays = 7;
inline constexpr int introFollowUpDays = 14;

// The next step from the introduction's state; `declined` when the person asked said no.
// A step that does not exist (advancing a finished introduction, declining before anyone was
// asked) is refused with a message that says why.
Result<IntroStepPlan> planNextStep(const Introduction &introduction, bool declined);

// Refuses introducing a person to themselves, or anyone archived.
Status checkParties(const Contact &first, const Contact &second);

// Open, not yet finished or declined.
bool isInProgress(IntroState state);
// Waiting for the answer of someone who was asked: the one to chase, if anyone.
std::optional<qint64> awaitingAnswerFrom(const Introduction &introduction);

// "asked Ada", "Ada agreed", "introduced" — a state in words, with the names filled in.
QString describeState(const Introduction &introduction);

} // namespace tend::practice
