#include "model/Vocabulary.h"

#include "model/KeyTable.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

template<typename Enum, std::size_t N>
using KeyTable = keys::Table<Enum, N>;
using keys::keyOf;
using keys::valueOf;

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

template<typename Enum, std::size_t N>
QList<Enum> valuesOf(const KeyTable<Enum, N> &table)
{
    QList<Enum> values;
    for (const auto &entry : table)
        values.append(entry.first);
    return values;
}

template<typename Enum, std::size_t N>
QString keysForMessage(const KeyTable<Enum, N> &table)
{
    QStringList keys;
    for (const auto &entry : table)
        keys.append(entry.second.toString());
    return keys.join(u", "_s);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("tend::Vocabulary", text);
}

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
    case Role::Mentor: return tr("Mentor");
    case Role::Sponsor: return tr("Sponsor");
    case Role::Coach: return tr("Coach");
    case Role::Therapist: return tr("Therapist");
    case Role::Peer: return tr("Peer");
    }
    return {};
}

QString displayName(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Coffee: return tr("Coffee chat");
    case InteractionKind::Call: return tr("Call");
    case InteractionKind::Video: return tr("Video call");
    case InteractionKind::Email: return tr("Email");
    case InteractionKind::Message: return tr("Message");
    case InteractionKind::Meeting: return tr("Meeting");
    case InteractionKind::Event: return tr("Event");
    case InteractionKind::Intro: return tr("Introduction");
    case InteractionKind::Review: return tr("Review");
    case InteractionKind::Other: return tr("Other");
    }
    return {};
}

QString displayName(Direction direction)
{
    switch (direction) {
    case Direction::Gave: return tr("I gave");
    case Direction::Received: return tr("I received");
    case Direction::Mutual: return tr("Both");
    }
    return {};
}

QString displayName(MetVia metVia)
{
    switch (metVia) {
    case MetVia::WorkProgram: return tr("Work program");
    case MetVia::Work: return tr("Work");
    case MetVia::School: return tr("School");
    case MetVia::Community: return tr("Community");
    case MetVia::Online: return tr("Online");
    case MetVia::Other: return tr("Other");
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
