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

    // Derived by the database; ignored on write.
    QDate lastInteraction;
    QDate nextFollowUp;
    QDate nudgeSnoozedUntil;
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
};

// What a contact lookup ("ada", "42", "Ada Lovelace") matched.
struct ContactRef
{
    qint64 id = 0;
    QString name;
    friend bool operator==(const ContactRef &, const ContactRef &) = default;
};

} // namespace tend
