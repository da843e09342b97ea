#include "model/Practice.h"

#include "model/KeyTable.h"

#include <QCoreApplication>

namespace tend {
namespace {

constexpr keys::Table<AskState, 5> askStateKeys{{
    {AskState::Open, u"open"}, {AskState::Answered, u"answered"}, {AskState::Declined, u"declined"},
    {AskState::Done, u"done"}, {AskState::Withdrawn, u"withdrawn"},
}};

constexpr keys::Table<AskDirection, 2> askDirectionKeys{{
    {AskDirection::Mine, u"mine"}, {AskDirection::Theirs, u"theirs"},
}};

constexpr keys::Table<IntroState, 8> introStateKeys{{
    {IntroState::Proposed, u"proposed"}, {IntroState::AskedFirst, u"asked-first"},
    {IntroState::FirstAgreed, u"first-agreed"}, {IntroState::AskedSecond, u"asked-second"},
    {IntroState::SecondAgreed, u"second-agreed"}, {IntroState::Introduced, u"introduced"},
    {IntroState::FollowedUp, u"followed-up"}, {IntroState::Declined, u"declined"},
}};

constexpr keys::Table<AdviceState, 3> adviceStateKeys{{
    {AdviceState::Open, u"open"}, {AdviceState::ActedOn, u"acted-on"}, {AdviceState::ReportedBack, u"reported-back"},
}};

struct PracticeText
{
    Q_DECLARE_TR_FUNCTIONS(tend::Practice)
};

} // namespace

QString toKey(AskState state) { return keys::keyOf(askStateKeys, state); }
QString toKey(AskDirection direction) { return keys::keyOf(askDirectionKeys, direction); }
QString toKey(IntroState state) { return keys::keyOf(introStateKeys, state); }
QString toKey(AdviceState state) { return keys::keyOf(adviceStateKeys, state); }
std::optional<AskState> askStateFromKey(QStringView key) { return keys::valueOf(askStateKeys, key); }
std::optional<AskDirection> askDirectionFromKey(QStringView key) { return keys::valueOf(askDirectionKeys, key); }
std::optional<IntroState> introStateFromKey(QStringView key) { return keys::valueOf(introStateKeys, key); }
std::optional<AdviceState> adviceStateFromKey(QStringView key) { return keys::valueOf(adviceStateKeys, key); }
QString askStateKeysForMessage() { return keys::keysForMessage(askStateKeys); }

QString displayName(AskState state)
{
    switch (state) {
    case AskState::Open: return PracticeText::tr("open");
    case AskState::Answered: return PracticeText::tr("answered");
    case AskState::Declined: return PracticeText::tr("declined");
    case AskState::Done: return PracticeText::tr("done");
    case AskState::Withdrawn: return PracticeText::tr("withdrawn");
    }
    return {};
}

QString displayName(AdviceState state)
{
    switch (state) {
    case AdviceState::Open: return PracticeText::tr("not acted on yet");
    case AdviceState::ActedOn: return PracticeText::tr("acted on, not reported back");
    case AdviceState::ReportedBack: return PracticeText::tr("reported back");
    }
    return {};
}

} // namespace tend
