#pragma once

#include "model/Contact.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The mentorship practice: SMART asks, double opt-in introductions and advice that is acted on
// and reported back.
namespace tend {

// --- Asks ------------------------------------------------------------------------------------

enum class AskState { Open, Answered, Declined, Done, Withdrawn };
// Who asked whom: I asked them, or they asked me (then I owe them an answer).
enum class AskDirection { Mine, Theirs };

struct AskStep
{
    QDate on;
    AskState from = AskState::Open;
    AskState to = AskState::Open;
    QString note;
};

struct Ask
{
    qint64 id = 0;
    ContactRef contact;
    AskDirection direction = AskDirection::Mine;
    QString text;     // what is asked
    QString why;      // why it matters
    QString action;   // the concrete action
    QDate deadline;
    AskState state = AskState::Open;
    QDate stateChangedOn;
    std::optional<qint64> interactionId; // the interaction it came from
    QList<AskStep> history;              // oldest first; filled on read
};

// --- Introductions -----------------------------------------------------------------------------

// A double opt-in introduction of two contacts, asking one of them first.
enum class IntroState { Proposed, AskedFirst, FirstAgreed, AskedSecond, SecondAgreed, Introduced, FollowedUp, Declined };

struct IntroStep
{
    QDate on;
    IntroState from = IntroState::Proposed;
    IntroState to = IntroState::Proposed;
    std::optional<qint64> interactionId; // what the step logged
};

struct Introduction
{
    qint64 id = 0;
    ContactRef first;  // asked first
    ContactRef second; // asked once the first agreed
    QString why;
    IntroState state = IntroState::Proposed;
    QDate stateChangedOn;
    std::optional<qint64> declinedBy; // the contact who said no
    QList<IntroStep> history;
};

// --- Advice ---------------------------------------------------------------------------------

enum class AdviceState { Open, ActedOn, ReportedBack };

struct AdviceItem
{
    qint64 id = 0;
    qint64 interactionId = 0; // the conversation it was given in
    ContactRef from;          // filled on read: who gave it
    QDate receivedOn;         // filled on read: the interaction's day
    QString text;
    AdviceState state = AdviceState::Open;
    QString outcome;          // how acting on it went
    QDate actedOn;
    QDate reportedOn;
    std::optional<qint64> reportInteractionId; // the "told them how it helped" interaction
};

QString toKey(AskState state);
QString toKey(AskDirection direction);
QString toKey(IntroState state);
QString toKey(AdviceState state);
std::optional<AskState> askStateFromKey(QStringView key);
std::optional<AskDirection> askDirectionFromKey(QStringView key);
std::optional<IntroState> introStateFromKey(QStringView key);
std::optional<AdviceState> adviceStateFromKey(QStringView key);
QString askStateKeysForMessage();

// Labels for people ("answered", "A agreed" — with the names filled in by the caller).
QString displayName(AskState state);
QString displayName(AdviceState state);

} // namespace tend
