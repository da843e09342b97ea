#include "io/vcard/VCardMapping.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::io {
namespace {

struct IoText
{
    Q_DECLARE_TR_FUNCTIONS(tend::io)
};

// Apple writes its built-in labels as _$!<HomePage>!$_.
QString labelFromAppleText(const QString &text)
{
    static const QRegularExpression apple(u"^_\\$!<(.*)>!\\$_$"_s);
    const QString trimmed = text.trimmed();
    const auto match = apple.match(trimmed);
    if (!match.hasMatch())
        return trimmed;
    const QString key = match.captured(1).toLower();
    if (key == u"homepage")
        return u"home page"_s;
    if (key == u"homefax")
        return u"home fax"_s;
    if (key == u"workfax")
        return u"work fax"_s;
    if (key == u"assistantphone")
        return u"assistant"_s;
    return key;
}

// TYPE values that say what kind of value it is, in a fixed order, and the label they make.
QString labelFromTypes(const VCardLine &line)
{
    static const QList<std::pair<QString, QString>> known = {
        {u"home"_s, u"home"_s}, {u"work"_s, u"work"_s},     {u"cell"_s, u"mobile"_s}, {u"mobile"_s, u"mobile"_s},
        {u"iphone"_s, u"iphone"_s}, {u"main"_s, u"main"_s}, {u"fax"_s, u"fax"_s},     {u"pager"_s, u"pager"_s},
        {u"video"_s, u"video"_s}, {u"text"_s, u"text"_s},   {u"car"_s, u"car"_s},     {u"isdn"_s, u"isdn"_s},
        {u"other"_s, u"other"_s},
    };
    // Most values carry one kind: keep that label shared rather than building a string.
    const QString *single = nullptr;
    QStringList parts;
    for (const auto &entry : known) {
        if (!line.hasType(entry.first) || (single && *single == entry.second) || parts.contains(entry.second))
            continue;
        if (!single && parts.isEmpty()) {
            single = &entry.second;
            continue;
        }
        if (single) {
            parts.append(*single);
            single = nullptr;
        }
        parts.append(entry.second);
    }
    return single ? *single : parts.join(u' ');
}

QString labelOf(const VCard &card, const VCardLine &line)
{
    if (const VCardLine *label = card.inGroup(line.group, u"X-ABLABEL")) {
        const QString text = labelFromAppleText(label->text());
        if (!text.isEmpty())
            return text;
    }
    return labelFromTypes(line);
}

// 1 is most preferred (4.0 PREF=1, or 2.1/3.0 TYPE=PREF); 101 when the card does not say.
int preference(const VCardLine &line)
{
    const QString pref = line.parameter(u"PREF");
    if (!pref.isEmpty()) {
        bool ok = false;
        const int value = pref.toInt(&ok);
        return ok ? std::clamp(value, 1, 100) : 1;
    }
    return line.hasType(u"PREF") ? 1 : 101;
}

QString phoneNumber(const VCardLine &line)
{
    QString number = line.text().trimmed();
    if (number.startsWith(u"tel:", Qt::CaseInsensitive)) {
        number = QUrl::fromPercentEncoding(number.mid(4).toUtf8());
        const qsizetype extension = number.indexOf(u";ext=", 0, Qt::CaseInsensitive);
        if (extension >= 0)
            number = number.left(extension) + u" ext. "_s + number.mid(extension + 5);
        const qsizetype otherParameter = number.indexOf(u';');
        if (otherParameter >= 0)
            number.truncate(otherParameter);
    }
    return number.trimmed();
}

QString emailAddress(const VCardLine &line)
{
    QString address = line.text().trimmed();
    if (address.startsWith(u"mailto:", Qt::CaseInsensitive))
        address = address.mid(7).trimmed();
    return address;
}

struct Ranked
{
    int preference;
    LabelledValue value;
};

QList<LabelledValue> byPreference(QList<Ranked> ranked)
{
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked &a, const Ranked &b) { return a.preference < b.preference; });
    QList<LabelledValue> values;
    for (const Ranked &r : ranked)
        values.append(r.value);
    return values;
}

std::optional<PartialDate> dateOf(const VCardLine &line, QList<ImportProblem> *problems)
{
    if (line.parameter(u"VALUE").compare(u"text", Qt::CaseInsensitive) == 0)
        return std::nullopt; // "circa 1800": a description, not a date
    const QString text = line.text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    std::optional<PartialDate> date = PartialDate::fromIso(text);
    if (!date) {
        // vobject's test cards write "02-10" for 10 February.
        static const QRegularExpression monthDay(u"^(\\d{2})-(\\d{2})$"_s);
        if (const auto match = monthDay.match(text); match.hasMatch()
            && isValidDayOfYear(0, match.captured(1).toInt(), match.captured(2).toInt()))
            date = PartialDate{0, match.captured(1).toInt(), match.captured(2).toInt()};
    }
    if (date) {
        // Apple's 3.0 cards mark a year-less birthday with a stand-in year.
        const QString omitted = line.parameter(u"X-APPLE-OMIT-YEAR");
        if (!omitted.isEmpty() && omitted.toInt() == date->year)
            date->year = 0;
        return date;
    }
    if (problems)
        problems->append(ImportProblem::warning(
            line.lineNumber, line.name, IoText::tr("'%1' is not a date Tend can use; it stays in the card only").arg(text.left(40))));
    return std::nullopt;
}

bool isAnniversaryLine(const VCard &card, const VCardLine &line)
{
    if (line.name == u"ANNIVERSARY" || line.name == u"X-ANNIVERSARY" || line.name == u"X-MS-ANNIVERSARY"
        || line.name == u"X-EVOLUTION-ANNIVERSARY" || line.name == u"X-KADDRESSBOOK-X-ANNIVERSARY")
        return true;
    return line.name == u"X-ABDATE" && labelOf(card, line) == u"anniversary";
}

std::optional<Photo> photoOf(const VCardLine &line)
{
    Photo photo;
    const QString declared = line.parameter(u"MEDIATYPE").isEmpty() ? line.parameter(u"TYPE") : line.parameter(u"MEDIATYPE");
    if (line.isBinary) {
        if (line.binary.isEmpty())
            return std::nullopt;
        photo.data = line.binary;
        photo.mimeType = imageMimeType(photo.data, declared);
        return photo;
    }
    const QString value = line.text().trimmed();
    if (value.startsWith(u"data:", Qt::CaseInsensitive)) {
        const qsizetype comma = value.indexOf(u',');
        if (comma < 0)
            return std::nullopt;
        const QString meta = value.mid(5, comma - 5);
        const QByteArray payload = value.mid(comma + 1).toLatin1();
        photo.data = meta.endsWith(u";base64", Qt::CaseInsensitive) ? QByteArray::fromBase64(payload)
                                                                    : QByteArray::fromPercentEncoding(payload);
        if (photo.data.isEmpty())
            return std::nullopt;
        photo.mimeType = imageMimeType(photo.data, meta.section(u';', 0, 0));
        return photo;
    }
    if (value.startsWith(u"http://", Qt::CaseInsensitive) || value.startsWith(u"https://", Qt::CaseInsensitive)) {
        photo.url = value;
        return photo;
    }
    return std::nullopt;
}

void addTags(QStringList &tags, const VCardLine &line, bool legacy)
{
    QStringList values = line.listValues();
    if (legacy) { // 2.1 writers separate categories with ';' as often as with ','
        QStringList split;
        for (const QString &value : values)
            split += value.split(u';');
        values = split;
    }
    for (const QString &value : values) {
        const QString tag = value.simplified();
        if (tag.isEmpty())
            continue;
        const bool seen = std::any_of(tags.cbegin(), tags.cend(),
                                      [&](const QString &t) { return t.compare(tag, Qt::CaseInsensitive) == 0; });
        if (!seen)
            tags.append(tag);
    }
}

} // namespace

QString imageMimeType(const QByteArray &data, const QString &declaredType)
{
    if (data.startsWith("\xFF\xD8\xFF"))
        return u"image/jpeg"_s;
    if (data.startsWith("\x89PNG\r\n\x1A\n"))
        return u"image/png"_s;
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return u"image/gif"_s;
    if (data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return u"image/webp"_s;
    if (data.startsWith("BM"))
        return u"image/bmp"_s;
    const QString type = declaredType.trimmed().toLower();
    if (type.isEmpty())
        return {};
    if (type.contains(u'/'))
        return type;
    if (type == u"jpg" || type == u"jpeg")
        return u"image/jpeg"_s;
    return u"image/"_s + type;
}

ContactRecord recordFromVCard(const VCard &card, QList<ImportProblem> *problems)
{
    ContactRecord record;
    record.sourceLine = card.firstLine;
    record.originalCard = card.sourceText;
    const bool legacy = card.version != u"3.0" && card.version != u"4.0";

    QList<Ranked> emails, phones;
    QStringList notes;
    bool haveName = false;
    bool haveOrganisation = false;
    for (const VCardLine &line : card.lines) {
        const QString &name = line.name;
        if (name == u"FN") {
            if (record.formattedName.isEmpty())
                record.formattedName = line.text();
        } else if (name == u"N") {
            if (haveName)
                continue;
            haveName = true;
            const QStringList parts = line.components();
            record.familyName = parts.value(0).trimmed();
            record.givenName = parts.value(1).trimmed();
            record.additionalNames = parts.value(2).trimmed();
            record.namePrefix = parts.value(3).trimmed();
            record.nameSuffix = parts.value(4).trimmed();
        } else if (name == u"NICKNAME") {
            if (record.nickname.isEmpty())
                record.nickname = line.text().trimmed();
        } else if (name == u"EMAIL") {
            const QString address = emailAddress(line);
            if (!address.isEmpty())
                emails.append({preference(line), {labelOf(card, line), address}});
        } else if (name == u"TEL") {
            const QString number = phoneNumber(line);
            if (!number.isEmpty())
                phones.append({preference(line), {labelOf(card, line), number}});
        } else if (name == u"URL") {
            const QString url = line.text().trimmed();
            if (!url.isEmpty())
                record.urls.append({labelOf(card, line), url});
        } else if (name == u"ORG") {
            if (haveOrganisation)
                continue;
            QStringList parts = line.components();
            for (QString &part : parts)
                part = part.trimmed();
            record.organisation = parts.value(0);
            parts.removeFirst();
            parts.removeAll(QString());
            record.department = parts.join(u", "_s);
            haveOrganisation = !record.organisation.isEmpty() || !record.department.isEmpty();
        } else if (name == u"TITLE") {
            if (record.title.isEmpty())
                record.title = line.text().trimmed();
        } else if (name == u"NOTE") {
            QString note = line.text().trimmed();
            note.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
            if (!note.isEmpty())
                notes.append(note);
        } else if (name == u"ADR") {
            const QStringList parts = line.components();
            PostalAddress address{labelOf(card, line), parts.value(0).trimmed(), parts.value(1).trimmed(),
                                  parts.value(2).trimmed(), parts.value(3).trimmed(), parts.value(4).trimmed(),
                                  parts.value(5).trimmed(), parts.value(6).trimmed()};
            if (!address.isEmpty())
                record.addresses.append(address);
        } else if (name == u"BDAY") {
            if (!record.birthday)
                record.birthday = dateOf(line, problems);
        } else if (isAnniversaryLine(card, line)) {
            if (!record.anniversary)
                record.anniversary = dateOf(line, problems);
        } else if (name == u"CATEGORIES") {
            addTags(record.tags, line, legacy);
        } else if (name == u"PHOTO") {
            if (record.photo.data.isEmpty()) {
                if (auto photo = photoOf(line); photo && (record.photo.isEmpty() || !photo->data.isEmpty()))
                    record.photo = *photo;
            }
        } else if (name == u"UID") {
            if (record.uid.isEmpty())
                record.uid = line.text().trimmed();
        }
    }
    if (record.photo.isEmpty()) {
        if (const VCardLine *outlook = card.first(u"X-MS-CARDPICTURE")) {
            if (auto photo = photoOf(*outlook))
                record.photo = *photo;
        }
    }
    record.emails = byPreference(emails);
    record.phones = byPreference(phones);
    record.notes = notes.join(u"\n"_s);
    record.resolveDisplayName();
    return record;
}

} // namespace tend::io
