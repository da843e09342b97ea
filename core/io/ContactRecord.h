#pragma once

#include "io/PartialDate.h"
#include "model/Contact.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tend::io {

// A value with the label its program gave it: {"work", "ada@example.org"}. Labels are lower-case
// English keys for the usual kinds ("home", "work", "mobile", "fax", "pager", "main", "other")
// and the program's own text otherwise ("Assistant", "GRAND_CENTRAL").
struct LabelledValue
{
    QString label;
    QString value;
    friend bool operator==(const LabelledValue &, const LabelledValue &) = default;
};

struct PostalAddress
{
    QString label;
    QString poBox;
    QString extended; // apartment, suite
    QString street;
    QString locality; // city
    QString region;
    QString postalCode;
    QString country;

    bool isEmpty() const;
    QString formatted() const; // the parts on lines, as a person writes them
    friend bool operator==(const PostalAddress &, const PostalAddress &) = default;
};

struct Photo
{
    QByteArray data;  // the image itself, when the file carried it
    QString mimeType; // "image/jpeg", "image/png"...
    QString url;      // where it lives, when the file only pointed to it
    bool isEmpty() const { return data.isEmpty() && url.isEmpty(); }
    friend bool operator==(const Photo &, const Photo &) = default;
};

// One person (or organisation) as a contact file describes them: the neutral form between
// files and the notebook, used by every importer and by the exporters. It knows nothing of the
// database.
struct ContactRecord
{
    enum class NameSource { FormattedName, StructuredName, Organisation, Nickname, Email, Phone, None };

    int sourceLine = 0; // where the record starts in its file (BEGIN:VCARD, the CSV row)

    QString uid;           // vCard UID, as written; empty when the file has none
    QString displayName;   // the name to show, from the fallbacks below; see nameSource
    NameSource nameSource = NameSource::None;
    QString formattedName; // FN exactly as decoded (may have trailing spaces)
    QString namePrefix, givenName, additionalNames, familyName, nameSuffix;
    QString nickname;

    QList<LabelledValue> emails; // preferred first
    QList<LabelledValue> phones; // preferred first
    QList<LabelledValue> urls;
    QString organisation;
    QString department;
    QString title;
    QString notes;
    QList<PostalAddress> addresses;
    std::optional<PartialDate> birthday;
    std::optional<PartialDate> anniversary;
    QStringList tags; // CATEGORIES, Google labels, Outlook categories
    Photo photo;

    // LinkedIn: where and when the connection was made.
    std::optional<MetVia> metVia;
    QString metViaDetail;
    QDate connectedOn;

    // The card this record was read from (VCard::sourceText), so an export or a sync can give
    // back everything Tend does not map. Empty for records from CSV.
    QString originalCard;

    // Sets displayName and nameSource from the first that has text: formattedName, the parts
    // of the structured name, organisation, nickname, the first e-mail, the first phone. White
    // space is simplified and control characters are left out.
    void resolveDisplayName();
    QString composedName() const; // prefix given additional family suffix, those present
};

// The fields Tend's contact holds today: name, e-mails, phones, links, organisation, title,
// how-you-met and notes. Addresses, dates, tags and the photo are the caller's to place.
Contact toContact(const ContactRecord &record);

} // namespace tend::io
