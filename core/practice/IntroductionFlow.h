#pragma once

#include "model/Practice.h"
#include "util/Result.h"

#include <QList>

// The steps of a double opt-in introduction as pure rules: what each step changes and whom it
// logs an interaction with (Notebook applies a plan in one transaction), and the reminders each
// state stands for (store/PracticeQueries reads them from the state, so they come and go with it).
namespace tend::practice {

struct IntroStepPlan
{
    IntroState to = IntroState::Proposed;
    QList<qint64> logWith;              // an `intro` interaction (direction gave) with these
    QString summary;                    // that interaction's summary
    std::optional<qint64> declinedBy;
};

// A reminder an introduction's state stands for: the user's own next move (ask the first, ask the
// second once the first agreed, introduce them once both did), chase the person asked, or ask
// both how it went.
struct IntroReminder
{
    enum class Kind { NextStep, Chase, HowDidItGo };
    Kind kind = Kind::Chase;
    qint64 contactId = 0;
    QDate due;
};

inline constexpr int defaultChaseDays = 7;
inline constexpr int introFollowUpDays = 14;

// The next step from the introduction's state; `declined` when the person asked said no.
// A step that does not exist (advancing a finished introduction, declining before anyone was
// asked) is refused with a message that says why.
Result<IntroStepPlan> planNextStep(const Introduction &introduction, bool declined);

// Proposed, or agreed by one or both: the next step, due the day the state was reached; asked and
// silent for `chaseDays`: chase them; introduced: "How did it go?" to both `introFollowUpDays`
// later; followed up or declined: nothing.
QList<IntroReminder> remindersFor(const Introduction &introduction, int chaseDays);

// Refuses introducing a person to themselves, or anyone archived.
Status checkParties(const Contact &first, const Contact &second);

// Open, not yet finished or declined.
bool isInProgress(IntroState state);
// Waiting for the answer of someone who was asked: the one to chase, if anyone.
std::optional<qint64> awaitingAnswerFrom(const Introduction &introduction);

// "asked Ada", "Ada agreed", "introduced" — a state in words, with the names filled in.
QString describeState(const Introduction &introduction);

} // namespace tend::practice
