#pragma once

#include "io/ContactRecord.h"
#include "io/vcard/VCardSyntax.h"

#include <QByteArray>
#include <QDateTime>
#include <QFlags>

// The vCard meaning layer, writing: a ContactRecord → a card, vCard 4.0 by default or 3.0 (for
// the Android and Apple programs that read 4.0 badly). UTF-8, escaped, folded at 75 octets, CRLF.
//
// When the record has its original card, the result is that card with Tend's fields merged in:
// every property Tend does not hold is kept, in order; a value Tend still has keeps its original
// parameters and group (so item1.EMAIL keeps its item1.X-ABLabel); labels left without their
// value go with it.
namespace tend::io {

enum class VCardField {
    Name = 0x1,         // FN, N
    Nickname = 0x2,     // NICKNAME
    Emails = 0x4,       // EMAIL
    Phones = 0x8,       // TEL
    Organisation = 0x10, // ORG (with the department)
    Title = 0x20,       // TITLE
    Urls = 0x40,        // URL
    Notes = 0x80,       // NOTE
    Addresses = 0x100,  // ADR, LABEL
    Birthday = 0x200,   // BDAY
    Anniversary = 0x400, // ANNIVERSARY, X-ANNIVERSARY and the vendors' own
    Tags = 0x800,       // CATEGORIES
    Photo = 0x1000,     // PHOTO, X-MS-CARDPICTURE
    Uid = 0x2000,       // UID
    All = 0x3FFF,
};
Q_DECLARE_FLAGS(VCardFields, VCardField)

struct VCardWriteOptions
{
    VCardVersion version = VCardVersion::V4_0;
    // The fields Tend holds for this contact. The record's values replace the original card's
    // for these; for the others the original card's properties are kept as they were.
    VCardFields fields = VCardField::All;
    QString productId = QStringLiteral("-//Tend//Tend//EN");
    QDateTime revision; // written as REV when valid; the original REV is never kept
};

QByteArray writeVCard(const ContactRecord &record, const VCardWriteOptions &options = {});
QByteArray writeVCards(const QList<ContactRecord> &records, const VCardWriteOptions &options = {});

} // namespace tend::io

Q_DECLARE_OPERATORS_FOR_FLAGS(tend::io::VCardFields)
