#pragma once

#include "model/Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tend {

struct ContactLink
{
    QString label; // "LinkedIn", "Site"... may be empty
    QString url;
    friend bool operator==(const ContactLink &, const ContactLink &) = default;
};

struct Contact
{
    qint64 id = 0;
    QString name;
    QList<Role> roles;
    QStringList emails;
    QStringList phones;
    QList<ContactLink> links;
    QString organisation;
    QString title;
    std::optional<MetVia> metVia;
    QString metViaDetail; // "PyLadies meetup"
    QString notes;
    std::optional<int> cadenceDays; // the contact's own keep-in-touch cadence
    bool archived = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The keep-in-touch nudge as the user left it: the day they said "been in touch", and a snooze.
    // Written by Notebook::completeNudge / snoozeNudge (and restored with a deleted contact).
    QDate keptInTouchOn;
    QDate nudgeSnoozedUntil;

    // Derived by the database and the Notebook; ignored on write except when a deleted contact is
    // put back.
    QDate lastInteraction;
    QDate nextFollowUp;
    std::optional<int> nudgeCadenceDays; // the cadence that applies (rules::effectiveCadence)
    QDate nudgeDue;                      // the next keep-in-touch day (rules::keepInTouchDue)
};

// What the user did to a contact's keep-in-touch nudge; undo puts it back.
struct NudgeState
{
    QDate keptInTouchOn;
    QDate snoozedUntil;
};

// One row of the contact list: what the table and `contact list` show.
struct ContactSummary
{
    qint64 id = 0;
    QString name;
    QList<Role> roles;
    QStringList emails;
    QString organisation;
    QString title;
    bool archived = false;
    QDate lastInteraction;
    QDate nextFollowUp;
    QDate nudgeDue;                      // the next keep-in-touch day; null without a cadence
    std::optional<int> nudgeCadenceDays;
};

// What a contact lookup ("ada", "42", "Ada Lovelace") matched.
struct ContactRef
{
    qint64 id = 0;
    QString name;
    friend bool operator==(const ContactRef &, const ContactRef &) = default;
};

} // namespace tend
