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

namespace {

const ImportantDate *firstOfKind(const QList<ImportantDate> &dates, ImportantDate::Kind kind)
{
    const auto found = std::find_if(dates.cbegin(), dates.cend(), [kind](const ImportantDate &date) { return date.kind == kind; });
    return found == dates.cend() ? nullptr : &*found;
}

std::optional<io::PartialDate> partialDate(const ImportantDate *date)
{
    if (!date)
        return std::nullopt;
    return io::PartialDate{date->year, date->month, date->day};
}

} // namespace

io::ContactRecord recordFromContact(const Contact &contact, bool withCardFields, const QList<ImportantDate> &dates)
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
    if (const ImportantDate *birthday = firstOfKind(dates, ImportantDate::Kind::Birthday))
        record.birthday = partialDate(birthday);
    if (const ImportantDate *anniversary = firstOfKind(dates, ImportantDate::Kind::Anniversary))
        record.anniversary = partialDate(anniversary);
    return record;
}

io::VCardFields fieldsTendHolds(const Contact &contact, const QList<ImportantDate> &dates)
{
    io::VCardFields fields = io::VCardField::Name | io::VCardField::Emails | io::VCardField::Phones
        | io::VCardField::Organisation | io::VCardField::Title | io::VCardField::Urls | io::VCardField::Notes
        | io::VCardField::Tags | io::VCardField::Uid;
    if (!contact.photo.isEmpty())
        fields |= io::VCardField::Photo;
    if (firstOfKind(dates, ImportantDate::Kind::Birthday))
        fields |= io::VCardField::Birthday;
    if (firstOfKind(dates, ImportantDate::Kind::Anniversary))
        fields |= io::VCardField::Anniversary;
    return fields;
}

DatesByContact datesByContact(const QList<ImportantDate> &dates)
{
    DatesByContact byContact;
    for (const ImportantDate &date : dates)
        byContact[date.contactId].append(date);
    return byContact;
}

QByteArray exportVCards(const QList<Contact> &contacts, io::VCardVersion version, const DatesByContact &dates)
{
    QByteArray out;
    out.reserve(contacts.size() * 512);
    io::VCardWriteOptions options;
    options.version = version;
    for (const Contact &contact : contacts) {
        const QList<ImportantDate> own = dates.value(contact.id);
        options.fields = fieldsTendHolds(contact, own);
        options.revision = contact.updatedAt;
        out += io::writeVCard(recordFromContact(contact, false, own), options);
    }
    return out;
}

QByteArray exportCsv(const QList<Contact> &contacts, const DatesByContact &dates)
{
    QList<io::ContactRecord> records;
    records.reserve(contacts.size());
    for (const Contact &contact : contacts)
        records.append(recordFromContact(contact, /*withCardFields=*/true, dates.value(contact.id)));
    return io::writeContactsCsv(records);
}

} // namespace tend
