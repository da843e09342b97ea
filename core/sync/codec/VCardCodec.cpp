#include "sync/codec/VCardCodec.h"

#include "exchange/ContactExport.h"
#include "exchange/ContactImport.h"
#include "io/vcard/VCardMapping.h"
#include "io/vcard/VCardParser.h"
#include "io/vcard/VCardWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::sync {
namespace {

struct VCardCodecText
{
    Q_DECLARE_TR_FUNCTIONS(tend::sync::VCardCodec)
};

const QString nameField = u"name"_s;
const QString emailsField = u"emails"_s;
const QString phonesField = u"phones"_s;
const QString organisationField = u"organisation"_s;
const QString titleField = u"title"_s;
const QString linksField = u"links"_s;
const QString birthdayField = u"birthday"_s;
const QString anniversaryField = u"anniversary"_s;

const QString &fieldOf(ImportantDate::Kind kind)
{
    return kind == ImportantDate::Kind::Birthday ? birthdayField : anniversaryField;
}

constexpr ImportantDate::Kind cardDateKinds[] = {ImportantDate::Kind::Birthday, ImportantDate::Kind::Anniversary};

QString textOf(const std::optional<io::PartialDate> &date)
{
    return date ? date->toIso() : QString();
}

std::optional<io::PartialDate> partialDateOf(const QString &text)
{
    return text.isEmpty() ? std::nullopt : io::PartialDate::fromIso(text);
}

QString joinedSorted(QStringList values)
{
    values.removeAll(QString());
    values.sort();
    return values.join(u'\n');
}

QStringList splitLines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

// Every content line but those a save rewrites, as one normalised text: parameters and values as
// parsed (folding and line ends gone), in a stable order.
QByteArray normalisedHash(const io::VCard &card)
{
    QStringList lines;
    lines.reserve(card.lines.size() + 1);
    lines.append(u"VERSION:"_s + card.version);
    for (const io::VCardLine &line : card.lines) {
        if (line.name == u"PRODID" || line.name == u"REV")
            continue;
        QString text = line.group + u'.' + line.name;
        for (const io::VCardParameter &parameter : line.parameters)
            text += u';' + parameter.name + u'=' + parameter.values.join(u',');
        text += u':';
        text += line.isBinary ? QString::fromLatin1(QCryptographicHash::hash(line.binary, QCryptographicHash::Sha256).toHex())
                              : line.value;
        lines.append(text);
    }
    lines.sort();
    return QCryptographicHash::hash(lines.join(u'\n').toUtf8(), QCryptographicHash::Sha256);
}

Result<io::VCard> onlyCard(const QByteArray &content)
{
    auto parsed = io::parseVCards(content);
    if (!parsed)
        return parsed.error();
    if (parsed->cards.size() != 1) {
        const QString why = parsed->problems.isEmpty() ? VCardCodecText::tr("it holds %n cards", nullptr, int(parsed->cards.size()))
                                                       : parsed->problems.constFirst().describe(QString());
        return Error::invalid(VCardCodecText::tr("This is not one vCard: %1.").arg(why));
    }
    return parsed->cards.constFirst();
}

io::VCardVersion versionOf(const io::VCard &card)
{
    return card.version == u"4.0" ? io::VCardVersion::V4_0 : io::VCardVersion::V3_0;
}

} // namespace

namespace {

FieldMap contactFields(const Contact &contact)
{
    QStringList links;
    for (const ContactLink &link : contact.links)
        links.append(link.url);
    return {{nameField, contact.name},
            {emailsField, joinedSorted(contact.emails)},
            {phonesField, joinedSorted(contact.phones)},
            {organisationField, contact.organisation},
            {titleField, contact.title},
            {linksField, joinedSorted(links)}};
}

void addDateFields(FieldMap &fields, const io::ContactRecord &record)
{
    fields.insert(birthdayField, textOf(record.birthday));
    fields.insert(anniversaryField, textOf(record.anniversary));
}

} // namespace

FieldMap VCardCodec::fieldsOf(const Contact &contact, const QList<ImportantDate> &dates)
{
    FieldMap fields = contactFields(contact);
    std::optional<io::ContactRecord> card;
    for (const ImportantDate::Kind kind : cardDateKinds) {
        const auto own = std::find_if(dates.cbegin(), dates.cend(), [kind](const ImportantDate &date) { return date.kind == kind; });
        if (own != dates.cend()) {
            fields.insert(fieldOf(kind), io::PartialDate{own->year, own->month, own->day}.toIso());
            continue;
        }
        const bool cardMayHaveIt = contact.card.contains(kind == ImportantDate::Kind::Birthday ? "BDAY"_L1 : "ANNIVERSARY"_L1,
                                                         Qt::CaseInsensitive);
        if (cardMayHaveIt && !card) {
            if (auto parsed = onlyCard(contact.card.toUtf8()))
                card = io::recordFromVCard(*parsed, nullptr);
            else
                card = io::ContactRecord{};
        }
        const std::optional<io::PartialDate> kept = !cardMayHaveIt ? std::nullopt
            : kind == ImportantDate::Kind::Birthday                ? card->birthday
                                                                   : card->anniversary;
        fields.insert(fieldOf(kind), textOf(kept));
    }
    return fields;
}

QList<CardDate> VCardCodec::cardDatesOf(const FieldMap &fields)
{
    QList<CardDate> dates;
    for (const ImportantDate::Kind kind : cardDateKinds) {
        const auto value = fields.constFind(fieldOf(kind));
        if (value == fields.cend())
            continue;
        CardDate date{kind, std::nullopt};
        if (const auto day = partialDateOf(*value)) {
            ImportantDate wanted;
            wanted.kind = kind;
            wanted.year = day->year;
            wanted.month = day->month;
            wanted.day = day->day;
            date.date = wanted;
        }
        dates.append(date);
    }
    return dates;
}

Contact VCardCodec::withFields(Contact contact, const FieldMap &fields)
{
    // A value both had keeps its place (the preferred one first) and its label; new ones follow.
    const auto merged = [](const QStringList &had, const QStringList &wanted) {
        QStringList out;
        for (const QString &value : had) {
            if (wanted.contains(value) && !out.contains(value))
                out.append(value);
        }
        for (const QString &value : wanted) {
            if (!out.contains(value))
                out.append(value);
        }
        return out;
    };
    if (fields.contains(nameField))
        contact.name = fields.value(nameField);
    if (fields.contains(emailsField))
        contact.emails = merged(contact.emails, splitLines(fields.value(emailsField)));
    if (fields.contains(phonesField))
        contact.phones = merged(contact.phones, splitLines(fields.value(phonesField)));
    if (fields.contains(organisationField))
        contact.organisation = fields.value(organisationField);
    if (fields.contains(titleField))
        contact.title = fields.value(titleField);
    if (fields.contains(linksField)) {
        const QStringList wanted = splitLines(fields.value(linksField));
        QList<ContactLink> links;
        for (const ContactLink &link : std::as_const(contact.links)) {
            if (wanted.contains(link.url))
                links.append(link);
        }
        for (const QString &url : wanted) {
            if (std::none_of(links.cbegin(), links.cend(), [&](const ContactLink &link) { return link.url == url; }))
                links.append({{}, url});
        }
        contact.links = links;
    }
    return contact;
}

Result<Contact> VCardCodec::contactOf(const QByteArray &content)
{
    auto card = onlyCard(content);
    if (!card)
        return card.error();
    QList<io::ImportProblem> warnings;
    const io::ContactRecord record = io::recordFromVCard(*card, &warnings);
    Contact contact = contactFromRecord(record, ImportOptions{}, warnings);
    contact.card = card->sourceText;
    return contact;
}

Result<ParsedItem> VCardCodec::parse(const QByteArray &content) const
{
    auto card = onlyCard(content);
    if (!card)
        return card.error();
    QList<io::ImportProblem> warnings;
    const io::ContactRecord record = io::recordFromVCard(*card, &warnings);
    if (record.uid.trimmed().isEmpty())
        return Error::invalid(VCardCodecText::tr("The card has no UID."));
    const Contact contact = contactFromRecord(record, ImportOptions{}, warnings);
    FieldMap fields = contactFields(contact);
    addDateFields(fields, record);
    return ParsedItem{record.uid.trimmed(), normalisedHash(*card), fields};
}

Result<QByteArray> VCardCodec::writeFields(const QByteArray &content, const FieldMap &fields) const
{
    auto card = onlyCard(content);
    if (!card)
        return card.error();
    auto contact = contactOf(content);
    if (!contact)
        return contact.error();
    io::VCardWriteOptions options;
    options.version = versionOf(*card);
    options.fields = io::VCardField::Name | io::VCardField::Emails | io::VCardField::Phones
        | io::VCardField::Organisation | io::VCardField::Title | io::VCardField::Urls;
    io::ContactRecord record = recordFromContact(withFields(*contact, fields));
    if (const auto birthday = fields.constFind(birthdayField); birthday != fields.cend()) {
        record.birthday = partialDateOf(*birthday);
        options.fields |= io::VCardField::Birthday;
    }
    if (const auto anniversary = fields.constFind(anniversaryField); anniversary != fields.cend()) {
        record.anniversary = partialDateOf(*anniversary);
        options.fields |= io::VCardField::Anniversary;
    }
    return io::writeVCard(record, options);
}

QString VCardCodec::fileSuffix() const
{
    return u".vcf"_s;
}

QByteArray VCardCodec::mediaType() const
{
    return "text/vcard; charset=utf-8";
}

} // namespace tend::sync
