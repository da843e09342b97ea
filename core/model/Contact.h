#pragma once

#include "model/Vocabulary.h"

#include <QByteArray>
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

// A contact's picture, as the front end prepared it (scaled down; see ImportOptions::preparePhoto).
struct ContactPhoto
{
    QByteArray data;
    QString mimeType; // "image/jpeg"
    bool isEmpty() const { return data.isEmpty(); }
    friend bool operator==(const ContactPhoto &, const ContactPhoto &) = default;
};

struct Contact
{
    qint64 id = 0;
    // Stable across exports, imports and sync: a vCard's UID, else a UUID Tend gives it on insert.
    QString uid;
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
    QStringList tags;     // free-form ("inner circle"), one per textKey; see model/Tags.h
    QDate connectedOn;    // when the connection was made (LinkedIn's "Connected On")
    // The vCard the contact came from, kept so that an export or a sync gives back what Tend
    // does not hold (addresses, birthdays, unknown properties). Empty for contacts made in Tend.
    QString card;
    ContactPhoto photo;
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
