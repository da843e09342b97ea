#pragma once

#include "exchange/ContactMatching.h"
#include "model/Contact.h"
#include "model/Interaction.h"
#include "model/Reminder.h"
#include "util/Result.h"

#include <QSqlDatabase>

// Whole-notebook reads for import, export and sync: a fixed number of queries whatever the size,
// never one per contact.
namespace tend::exchange {

// Every contact (archived too) by what an import recognises them: UID, name, e-mails, phones.
Result<QList<ContactKeys>> contactKeys(const QSqlDatabase &db);

// Every contact in full (roles, e-mails, phones, links, tags, card and photo), in id order.
Result<QList<Contact>> allContacts(const QSqlDatabase &db);

// Every interaction with its participants (ids and names), in id order.
Result<QList<Interaction>> allInteractions(const QSqlDatabase &db);
// The interactions dated after `day` (planned meetings), the same way, by date (then id).
Result<QList<Interaction>> interactionsAfter(const QSqlDatabase &db, QDate day);
// Every reminder with its history, in id order.
Result<QList<Reminder>> allReminders(const QSqlDatabase &db);
// The setting table, by key.
Result<QList<std::pair<QString, QString>>> allSettings(const QSqlDatabase &db);
// Replaces the setting table (a restore into an empty notebook).
Status replaceSettings(const QSqlDatabase &db, const QList<std::pair<QString, QString>> &settings);

} // namespace tend::exchange
