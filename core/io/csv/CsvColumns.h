#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the columns of a contacts CSV mean, recognised by synonyms the way mature importers do
// (not by one exact header row): "First Name", "Given Name", "Vorname" and "Prénom" are all the
// given name; "E-mail 2 - Value", "E-mail 2 Address" and "Sekundäre E-Mail-Adresse" all a second
// e-mail. Covers LinkedIn, Google (both layouts), Outlook (English and German), Thunderbird
// (English and German) and the usual words of hand-made sheets.
namespace tend::io {

enum class CsvField {
    FullName, Prefix, Given, Middle, Family, Suffix, Nickname,
    Organisation, Department, JobTitle,
    Email, EmailLabel, Phone, PhoneLabel, Url, UrlLabel,
    Notes, Birthday, BirthYear, BirthMonth, BirthDay, Anniversary, EventLabel, EventValue, Tags,
    AddressLabel, AddressFormatted, AddressStreet, AddressStreet2, AddressPoBox, AddressExtended,
    AddressCity, AddressRegion, AddressPostalCode, AddressCountry,
    ConnectedOn, MetVia, Uid,
};

struct CsvColumn
{
    int index = 0;   // position in the row
    QString header;  // as written
    CsvField field = CsvField::FullName;
    QString key;     // pairs a value with its label and address parts: "2" (E-mail 2), "work"
    QString label;   // a label the header itself implies: "mobile" for "Mobile Phone"
};

struct CsvLayout
{
    enum class Kind { Generic, LinkedIn, Google, Outlook, Thunderbird };
    Kind kind = Kind::Generic;
    QList<CsvColumn> columns; // the recognised ones
    QStringList ignored;      // headers Tend has no use for
    bool hasColumn(CsvField field) const;
};

// Header text reduced to what synonyms compare: lower case, no accents, ß → ss, words of letters
// and digits separated by single spaces ("Primäre E-Mail-Adresse" → "primare e mail adresse").
QString normaliseCsvHeader(QStringView header);

// The layout of a header row; nullopt unless it has a name, organisation or e-mail column.
std::optional<CsvLayout> recogniseCsvHeader(const QStringList &headers);

} // namespace tend::io
