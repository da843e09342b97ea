#pragma once

#include <QList>
#include <QString>

#include <optional>

// The fixed words of Tend's domain, with their stored names ("mentor") and display labels.
namespace tend {

enum class Role { Mentor, Sponsor, Coach, Therapist, Peer };
enum class InteractionKind { Coffee, Call, Video, Email, Message, Meeting, Event, Intro, Review, Other };
enum class Direction { Gave, Received, Mutual };
enum class MetVia { WorkProgram, Work, School, Community, Online, Other };
enum class ReminderState { Open, Done, Dismissed };

QList<Role> allRoles();
QList<InteractionKind> allInteractionKinds();
QList<Direction> allDirections();
QList<MetVia> allMetVia();

// Stored, stable names used in the database, the command line and JSON.
QString toKey(Role role);
QString toKey(InteractionKind kind);
QString toKey(Direction direction);
QString toKey(MetVia metVia);
QString toKey(ReminderState state);

// Parse a stored name, case-insensitively; nullopt when unknown.
std::optional<Role> roleFromKey(QStringView key);
std::optional<InteractionKind> interactionKindFromKey(QStringView key);
std::optional<Direction> directionFromKey(QStringView key);
std::optional<MetVia> metViaFromKey(QStringView key);
std::optional<ReminderState> reminderStateFromKey(QStringView key);

// Human labels, translatable. displayName stands on its own, in a list, a check box or a heading
// ("Coffee chat", "Mentor", "Work program", "I gave"); inlineName goes inside a sentence or a
// run of labels ("Log coffee chat with Ada", "mentor · sponsor", "is already done"). English
// writes it in lower case, German keeps the capital of its nouns: code never changes the case
// of a translated label.
QString displayName(Role role);
QString displayName(InteractionKind kind);
QString displayName(Direction direction);
QString displayName(MetVia metVia);
QString inlineName(Role role);
QString inlineName(InteractionKind kind);
QString inlineName(MetVia metVia);
QString inlineName(ReminderState state);

// Keys joined for messages: "mentor, sponsor, coach, therapist, peer".
QString roleKeysForMessage();
QString interactionKindKeysForMessage();
QString directionKeysForMessage();
QString metViaKeysForMessage();

QList<Role> sortedUniqueRoles(QList<Role> roles);

} // namespace tend
