#include "io/ContactRecord.h"

using namespace Qt::StringLiterals;

namespace tend::io {
namespace {

QString joinPresent(std::initializer_list<QString> parts, const QString &separator)
{
    QStringList present;
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            present.append(trimmed);
    }
    return present.join(separator);
}

} // namespace

bool PostalAddress::isEmpty() const
{
    return poBox.trimmed().isEmpty() && extended.trimmed().isEmpty() && street.trimmed().isEmpty()
        && locality.trimmed().isEmpty() && region.trimmed().isEmpty() && postalCode.trimmed().isEmpty()
        && country.trimmed().isEmpty();
}

QString PostalAddress::formatted() const
{
    const QString cityLine = joinPresent({postalCode, locality, region}, u" "_s);
    return joinPresent({poBox, street, extended, cityLine, country}, u"\n"_s);
}

QString ContactRecord::composedName() const
{
    return joinPresent({namePrefix, givenName, additionalNames, familyName, nameSuffix}, u" "_s);
}

void ContactRecord::resolveDisplayName()
{
    const auto use = [this](const QString &name, NameSource source) {
        // Control characters (a NUL from a damaged file) are no part of a name; line breaks and
        // tabs become spaces.
        QString trimmed = name;
        trimmed.removeIf([](QChar c) { return (c.unicode() < 0x20 && !c.isSpace()) || c.unicode() == 0x7F; });
        trimmed = trimmed.simplified();
        if (trimmed.isEmpty())
            return false;
        displayName = trimmed;
        nameSource = source;
        return true;
    };
    if (use(formattedName, NameSource::FormattedName) || use(composedName(), NameSource::StructuredName)
        || use(organisation, NameSource::Organisation) || use(nickname, NameSource::Nickname)
        || (!emails.isEmpty() && use(emails.constFirst().value, NameSource::Email))
        || (!phones.isEmpty() && use(phones.constFirst().value, NameSource::Phone)))
        return;
    displayName.clear();
    nameSource = NameSource::None;
}

Contact toContact(const ContactRecord &record)
{
    Contact contact;
    contact.name = record.displayName;
    for (const LabelledValue &email : record.emails)
        contact.emails.append(email.value);
    for (const LabelledValue &phone : record.phones)
        contact.phones.append(phone.value);
    for (const LabelledValue &url : record.urls)
        contact.links.append({url.label, url.value});
    contact.organisation = record.organisation;
    contact.title = record.title;
    contact.metVia = record.metVia;
    contact.metViaDetail = record.metViaDetail;
    contact.notes = record.notes;
    return contact;
}

} // namespace tend::io
