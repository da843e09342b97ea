#include "exchange/ContactExport.h"

#include "io/ContactFile.h"
#include "io/csv/CsvWriter.h"
#include "model/TextKey.h"

using namespace Qt::StringLiterals;

namespace tend {

bool ExportFilter::matches(const Contact &contact) const
{
    if (!roles.isEmpty()) {
        const bool any = std::any_of(roles.cbegin(), roles.cend(), [&](Role role) { return contact.roles.contains(role); });
        if (!any)
            return false;
    }
    if (!tag.isEmpty()) {
        const QString key = textKey(tag);
        const bool tagged = std::any_of(contact.tags.cbegin(), contact.tags.cend(),
                                        [&](const QString &t) { return textKey(t) == key; });
        if (!tagged)
            return false;
    }
    return true;
}

io::ContactRecord recordFromContact(const Contact &contact, bool withCardFields)
{
    io::ContactRecord record;
    if (withCardFields && !contact.card.isEmpty()) {
        io::ReadOptions options;
        options.format = io::FileFormat::VCard;
        auto parsed = io::readContactsData(contact.card.toUtf8(), options);
        if (parsed && !parsed->contacts.isEmpty()) {
            const io::ContactRecord &card = parsed->contacts.constFirst();
            record.addresses = card.addresses;
            record.birthday = card.birthday;
            record.anniversary = card.anniversary;
            record.nickname = card.nickname;
            record.department = card.department;
            if (card.displayName.simplified() == contact.name.simplified()) {
                record.namePrefix = card.namePrefix;
                record.givenName = card.givenName;
                record.additionalNames = card.additionalNames;
                record.familyName = card.familyName;
                record.nameSuffix = card.nameSuffix;
            }
        }
    }
    record.uid = contact.uid;
    record.displayName = contact.name;
    record.formattedName = contact.name;
    record.nameSource = io::ContactRecord::NameSource::FormattedName;
    for (const QString &email : contact.emails)
        record.emails.append({{}, email});
    for (const QString &phone : contact.phones)
        record.phones.append({{}, phone});
    for (const ContactLink &link : contact.links)
        record.urls.append({link.label, link.url});
    record.organisation = contact.organisation;
    record.title = contact.title;
    record.notes = contact.notes;
    record.tags = contact.tags;
    record.photo = {contact.photo.data, contact.photo.mimeType, {}};
    record.metVia = contact.metVia;
    record.metViaDetail = contact.metViaDetail;
    record.connectedOn = contact.connectedOn;
    record.originalCard = contact.card;
    return record;
}

io::VCardFields fieldsTendHolds(const Contact &contact)
{
    io::VCardFields fields = io::VCardField::Name | io::VCardField::Emails | io::VCardField::Phones
        | io::VCardField::Organisation | io::VCardField::Title | io::VCardField::Urls | io::VCardField::Notes
        | io::VCardField::Tags | io::VCardField::Uid;
    if (!contact.photo.isEmpty())
        fields |= io::VCardField::Photo;
    return fields;
}

QByteArray exportVCards(const QList<Contact> &contacts, io::VCardVersion version)
{
    QByteArray out;
    out.reserve(contacts.size() * 512);
    io::VCardWriteOptions options;
    options.version = version;
    for (const Contact &contact : contacts) {
        options.fields = fieldsTendHolds(contact);
        options.revision = contact.updatedAt;
        out += io::writeVCard(recordFromContact(contact), options);
    }
    return out;
}

QByteArray exportCsv(const QList<Contact> &contacts)
{
    QList<io::ContactRecord> records;
    records.reserve(contacts.size());
    for (const Contact &contact : contacts)
        records.append(recordFromContact(contact, /*withCardFields=*/true));
    return io::writeContactsCsv(records);
}

} // namespace tend
