#include "practice/AskRules.h"

#include <QCoreApplication>

namespace tend::practice {
namespace {
struct AskRulesText
{
    Q_DECLARE_TR_FUNCTIONS(tend::practice::AskRules)
};
} // namespace

bool canMove(AskState from, AskState to)
{
    switch (from) {
    case AskState::Open:
        return to != AskState::Open;
    case AskState::Answered:
        return to == AskState::Done || to == AskState::Withdrawn;
    case AskState::Declined:
    case AskState::Done:
    case AskState::Withdrawn:
        return false;
    }
    return false;
}

// Issue 9 makes an impossible step a usage error (exit 2), like a date in the past on an add.
Status checkMove(const Ask &ask, AskState to)
{
    if (canMove(ask.state, to))
        return {};
    if (ask.state == to)
        return Error::invalid(AskRulesText::tr("Ask %1 is already %2.").arg(ask.id).arg(displayName(to)));
    return Error::invalid(
        AskRulesText::tr("Ask %1 is %2, so it cannot become %3.").arg(ask.id).arg(displayName(ask.state), displayName(to)));
}

bool isActive(AskState state)
{
    return state == AskState::Open || state == AskState::Answered;
}

bool owesAnswer(const Ask &ask)
{
    return ask.direction == AskDirection::Theirs && ask.state == AskState::Open;
}

std::optional<AskReminder> reminderFor(const Ask &ask)
{
    if (owesAnswer(ask))
        return AskReminder{AskReminder::Kind::AnswerOwed, ask.deadline.isValid() ? ask.deadline : ask.stateChangedOn};
    if (isActive(ask.state) && ask.deadline.isValid())
        return AskReminder{AskReminder::Kind::Deadline, ask.deadline};
    return std::nullopt;
}

Status checkNewAsk(const Ask &ask, QDate today)
{
    if (ask.text.trimmed().isEmpty())
        return Error::invalid(AskRulesText::tr("The ask's text is empty: say what is asked."));
    if (ask.deadline.isValid() && ask.deadline < today) {
        return Error::invalid(AskRulesText::tr("The deadline %1 is in the past (today is %2).")
                                  .arg(ask.deadline.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    }
    return {};
}

} // namespace tend::practice
