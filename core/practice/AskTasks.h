#pragma once

#include "model/Practice.h"
#include "model/Vocabulary.h"

#include <QDate>
#include <QString>

#include <optional>

// An ask as a task of the synced task list (docs/sync.md), as pure rules.
namespace tend::practice {

// While an ask makes something due (reminderFor) its task is open on that day; once the ask is
// closed the task is completed (answered, done) or cancelled (declined, withdrawn). An ask that
// never had a deadline nor owed an answer is no task. `askedOn` is the day the ask was made.
struct AskTask
{
    QDate due;
    ReminderState state = ReminderState::Open;
    QString reason; // the task's title after the contact's name
};
std::optional<AskTask> taskOf(const Ask &ask, QDate askedOn);

// The step the ask takes when its task is completed or cancelled on the server, if any: completed
// answers an ask I owe an answer to, else does it; cancelled withdraws mine and declines theirs.
// Reopening a task does not reopen an ask (a closed ask is final; Tend's state goes back).
std::optional<AskState> stepForTask(const Ask &ask, ReminderState taskState);

} // namespace tend::practice
