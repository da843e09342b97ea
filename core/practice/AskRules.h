#pragma once

#include "model/Practice.h"
#include "util/Result.h"

// What may happen to an ask, as pure rules.
namespace tend::practice {

// open → answered, declined, done or withdrawn; answered → done or withdrawn; the rest are final.
bool canMove(AskState from, AskState to);
// The same, as a message that names the ask and both states when the move is not allowed.
Status checkMove(const Ask &ask, AskState to);

// An ask whose deadline still matters: open or answered.
bool isActive(AskState state);
// They asked me and I have not answered: Today says "you owe Ada an answer".
bool owesAnswer(const Ask &ask);

// The reminder an ask stands for while it is active: its deadline, or, when they asked me and I
// have not answered, the answer I owe (due on the deadline, else from the day they asked).
struct AskReminder
{
    enum class Kind { Deadline, AnswerOwed };
    Kind kind = Kind::Deadline;
    QDate due;
};
std::optional<AskReminder> reminderFor(const Ask &ask);

// The checks of a new ask: a text, and a deadline (if any) not before today.
Status checkNewAsk(const Ask &ask, QDate today);

} // namespace tend::practice
