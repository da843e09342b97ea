#include "model/Vocabulary.h"

#include "model/KeyTable.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

template<typename Enum, std::size_t N>
using KeyTable = keys::Table<Enum, N>;

constexpr KeyTable<Role, 5> roleKeys{{
    {Role::Mentor, u"mentor"}, {Role::Sponsor, u"sponsor"}, {Role::Coach, u"coach"},
    {Role::Therapist, u"therapist"}, {Role::Peer, u"peer"},
}};

constexpr KeyTable<InteractionKind, 10> kindKeys{{
    {InteractionKind::Coffee, u"coffee"}, {InteractionKind::Call, u"call"},
    {InteractionKind::Video, u"video"}, {InteractionKind::Email, u"email"},
    {InteractionKind::Message, u"message"}, {InteractionKind::Meeting, u"meeting"},
    {InteractionKind::Event, u"event"}, {InteractionKind::Intro, u"intro"},
    {InteractionKind::Review, u"review"}, {InteractionKind::Other, u"other"},
}};

constexpr KeyTable<Direction, 3> directionKeys{{
    {Direction::Gave, u"gave"}, {Direction::Received, u"received"}, {Direction::Mutual, u"mutual"},
}};

constexpr KeyTable<MetVia, 6> metViaKeys{{
    {MetVia::WorkProgram, u"work-program"}, {MetVia::Work, u"work"}, {MetVia::School, u"school"},
    {MetVia::Community, u"community"}, {MetVia::Online, u"online"}, {MetVia::Other, u"other"},
}};

constexpr KeyTable<ReminderState, 3> stateKeys{{
    {ReminderState::Open, u"open"}, {ReminderState::Done, u"done"}, {ReminderState::Dismissed, u"dismissed"},
}};

using keys::keyOf;
using keys::keysForMessage;
using keys::valueOf;
using keys::valuesOf;

struct VocabularyText
{
    Q_DECLARE_TR_FUNCTIONS(tend::Vocabulary)
};

} // namespace

QList<Role> allRoles() { return valuesOf(roleKeys); }
QList<InteractionKind> allInteractionKinds() { return valuesOf(kindKeys); }
QList<Direction> allDirections() { return valuesOf(directionKeys); }
QList<MetVia> allMetVia() { return valuesOf(metViaKeys); }

QString toKey(Role role) { return keyOf(roleKeys, role); }
QString toKey(InteractionKind kind) { return keyOf(kindKeys, kind); }
QString toKey(Direction direction) { return keyOf(directionKeys, direction); }
QString toKey(MetVia metVia) { return keyOf(metViaKeys, metVia); }
QString toKey(ReminderState state) { return keyOf(stateKeys, state); }

std::optional<Role> roleFromKey(QStringView key) { return valueOf(roleKeys, key); }
std::optional<InteractionKind> interactionKindFromKey(QStringView key) { return valueOf(kindKeys, key); }
std::optional<Direction> directionFromKey(QStringView key) { return valueOf(directionKeys, key); }
std::optional<MetVia> metViaFromKey(QStringView key) { return valueOf(metViaKeys, key); }
std::optional<ReminderState> reminderStateFromKey(QStringView key) { return valueOf(stateKeys, key); }

QString displayName(Role role)
{
    switch (role) {
    case Role::Mentor: return VocabularyText::tr("Mentor");
    case Role::Sponsor: return VocabularyText::tr("Sponsor");
    case Role::Coach: return VocabularyText::tr("Coach");
    case Role::Therapist: return VocabularyText::tr("Therapist");
    case Role::Peer: return VocabularyText::tr("Peer");
    }
    return {};
}

QString displayName(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Coffee: return VocabularyText::tr("Coffee chat");
    case InteractionKind::Call: return VocabularyText::tr("Call");
    case InteractionKind::Video: return VocabularyText::tr("Video call");
    case InteractionKind::Email: return VocabularyText::tr("Email");
    case InteractionKind::Message: return VocabularyText::tr("Message");
    case InteractionKind::Meeting: return VocabularyText::tr("Meeting");
    case InteractionKind::Event: return VocabularyText::tr("Event");
    case InteractionKind::Intro: return VocabularyText::tr("Introduction");
    case InteractionKind::Review: return VocabularyText::tr("Review");
    case InteractionKind::Other: return VocabularyText::tr("Other", "interaction kind");
    }
    return {};
}

QString displayName(Direction direction)
{
    switch (direction) {
    case Direction::Gave: return VocabularyText::tr("I gave");
    case Direction::Received: return VocabularyText::tr("I received");
    case Direction::Mutual: return VocabularyText::tr("Both");
    }
    return {};
}

QString displayName(MetVia metVia)
{
    switch (metVia) {
    case MetVia::WorkProgram: return VocabularyText::tr("Work program");
    case MetVia::Work: return VocabularyText::tr("Work");
    case MetVia::School: return VocabularyText::tr("School");
    case MetVia::Community: return VocabularyText::tr("Community");
    case MetVia::Online: return VocabularyText::tr("Online");
    case MetVia::Other: return VocabularyText::tr("Other", "how you met");
    }
    return {};
}

QString inlineName(Role role)
{
    switch (role) {
    case Role::Mentor: return VocabularyText::tr("mentor", "role, inside a sentence");
    case Role::Sponsor: return VocabularyText::tr("sponsor", "role, inside a sentence");
    case Role::Coach: return VocabularyText::tr("coach", "role, inside a sentence");
    case Role::Therapist: return VocabularyText::tr("therapist", "role, inside a sentence");
    case Role::Peer: return VocabularyText::tr("peer", "role, inside a sentence");
    }
    return {};
}

QString inlineName(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Coffee: return VocabularyText::tr("coffee chat", "interaction kind, inside a sentence");
    case InteractionKind::Call: return VocabularyText::tr("call", "interaction kind, inside a sentence");
    case InteractionKind::Video: return VocabularyText::tr("video call", "interaction kind, inside a sentence");
    case InteractionKind::Email: return VocabularyText::tr("email", "interaction kind, inside a sentence");
    case InteractionKind::Message: return VocabularyText::tr("message", "interaction kind, inside a sentence");
    case InteractionKind::Meeting: return VocabularyText::tr("meeting", "interaction kind, inside a sentence");
    case InteractionKind::Event: return VocabularyText::tr("event", "interaction kind, inside a sentence");
    case InteractionKind::Intro: return VocabularyText::tr("introduction", "interaction kind, inside a sentence");
    case InteractionKind::Review: return VocabularyText::tr("review", "interaction kind, inside a sentence");
    case InteractionKind::Other: return VocabularyText::tr("other interaction", "interaction kind, inside a sentence");
    }
    return {};
}

QString inlineName(MetVia metVia)
{
    switch (metVia) {
    case MetVia::WorkProgram: return VocabularyText::tr("work program", "how you met, inside a sentence");
    case MetVia::Work: return VocabularyText::tr("work", "how you met, inside a sentence");
    case MetVia::School: return VocabularyText::tr("school", "how you met, inside a sentence");
    case MetVia::Community: return VocabularyText::tr("community", "how you met, inside a sentence");
    case MetVia::Online: return VocabularyText::tr("online", "how you met, inside a sentence");
    case MetVia::Other: return VocabularyText::tr("other", "how you met, inside a sentence");
    }
    return {};
}

QString inlineName(ReminderState state)
{
    switch (state) {
    case ReminderState::Open: return VocabularyText::tr("open", "reminder state, inside a sentence");
    case ReminderState::Done: return VocabularyText::tr("done", "reminder state, inside a sentence");
    case ReminderState::Dismissed: return VocabularyText::tr("dismissed", "reminder state, inside a sentence");
    }
    return {};
}

QString roleKeysForMessage() { return keysForMessage(roleKeys); }
QString interactionKindKeysForMessage() { return keysForMessage(kindKeys); }
QString directionKeysForMessage() { return keysForMessage(directionKeys); }
QString metViaKeysForMessage() { return keysForMessage(metViaKeys); }

QList<Role> sortedUniqueRoles(QList<Role> roles)
{
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    return roles;
}

} // namespace tend
