#pragma once

#include "io/ContactRecord.h"
#include "io/vcard/VCardSyntax.h"
#include "io/vcard/VCardWriter.h"
#include "model/Contact.h"
#include "model/ImportantDate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// Contacts out of the notebook into files other programs read: vCard (merged into each contact's
// kept card, so what Tend does not hold travels on) and CSV (Google's layout). Pure: the notebook
// hands over the contacts (exchange::allContacts), the front end writes the bytes (QSaveFile).
namespace tend {

// Which contacts an export takes: all of them, or those with any of `roles` and the tag `tag`.
struct ExportFilter
{
    QList<Role> roles;
    QString tag;
    bool matches(const Contact &contact) const;
};

// A contact as a record. With `withCardFields`, what only its kept card holds (addresses,
// birthday, anniversary, nickname, department, name parts) is read from the card too: for
// formats that do not merge into the card (CSV).
// `dates` are the contact's important dates: its first birthday and work anniversary become BDAY
// and ANNIVERSARY, in place of the card's.
io::ContactRecord recordFromContact(const Contact &contact, bool withCardFields = false,
                                    const QList<ImportantDate> &dates = {});

// The vCard fields Tend holds for a contact, so the writer replaces those and keeps the rest of
// the card: never addresses or the nickname; the photo only when Tend has one; the birthday and
// the anniversary when `dates` hold them (else the card's stay as they were).
io::VCardFields fieldsTendHolds(const Contact &contact, const QList<ImportantDate> &dates = {});

// Important dates by contact id, for the exports.
using DatesByContact = QHash<qint64, QList<ImportantDate>>;
DatesByContact datesByContact(const QList<ImportantDate> &dates);

QByteArray exportVCards(const QList<Contact> &contacts, io::VCardVersion version = io::VCardVersion::V4_0,
                        const DatesByContact &dates = {});
QByteArray exportCsv(const QList<Contact> &contacts, const DatesByContact &dates = {});

} // namespace tend
