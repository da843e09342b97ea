#include "io/vcard/VCardWriter.h"

#include "io/vcard/VCardMapping.h"
#include "io/vcard/VCardParser.h"

#include <QHash>
#include <QMutex>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::io {
namespace {

bool isCompanion(const QString &name)
{
    return name == u"X-ABLABEL" || name == u"X-ABADR";
}

QSet<QString> computeOwnedNames(VCardFields fields)
{
    QSet<QString> names = {u"VERSION"_s, u"PRODID"_s, u"REV"_s};
    const auto own = [&](VCardField field, std::initializer_list<QString> properties) {
        if (fields.testFlag(field))
            names.unite(QSet<QString>(properties));
    };
    own(VCardField::Name, {u"FN"_s, u"N"_s});
    own(VCardField::Nickname, {u"NICKNAME"_s});
    own(VCardField::Emails, {u"EMAIL"_s});
    own(VCardField::Phones, {u"TEL"_s});
    own(VCardField::Organisation, {u"ORG"_s});
    own(VCardField::Title, {u"TITLE"_s});
    own(VCardField::Urls, {u"URL"_s});
    own(VCardField::Notes, {u"NOTE"_s});
    own(VCardField::Addresses, {u"ADR"_s, u"LABEL"_s});
    own(VCardField::Birthday, {u"BDAY"_s});
    own(VCardField::Anniversary, {u"ANNIVERSARY"_s, u"X-ANNIVERSARY"_s, u"X-MS-ANNIVERSARY"_s,
                                  u"X-EVOLUTION-ANNIVERSARY"_s, u"X-KADDRESSBOOK-X-ANNIVERSARY"_s});
    own(VCardField::Tags, {u"CATEGORIES"_s});
    own(VCardField::Photo, {u"PHOTO"_s, u"X-MS-CARDPICTURE"_s});
    own(VCardField::Uid, {u"UID"_s});
    return names;
}

// The properties Tend writes itself for `fields`: worked out once per set of fields.
const QSet<QString> &ownedNames(VCardFields fields)
{
    static QHash<int, QSet<QString>> cache;
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    auto it = cache.find(fields.toInt());
    if (it == cache.end())
        it = cache.insert(fields.toInt(), computeOwnedNames(fields));
    return *it;
}

// Apple's and Google's "item7": the number, or 0.
int itemNumber(const QString &group)
{
    if (group.size() < 5 || !group.startsWith(u"item", Qt::CaseInsensitive))
        return 0;
    bool ok = false;
    const int number = QStringView(group).sliced(4).toInt(&ok);
    return ok ? number : 0;
}

QString joinComponents(std::initializer_list<QString> components)
{
    QStringList escaped;
    for (const QString &component : components)
        escaped.append(escapeVCardText(component));
    return escaped.join(u';');
}

// N for a name known only as a whole ("Grace Brewster Hopper"): the last word as the family
// name, the others as the given name, so programs that show N (phones, Outlook) show the person.
// A name with a comma ("Hopper, Grace", "Ada Lovelace, PhD") or in a script that puts the family
// name first stays whole, as the given name: guessing would get it wrong.
QString structuredNameOf(const QString &formatted)
{
    const QString name = formatted.simplified();
    const bool familyFirst = std::any_of(name.cbegin(), name.cend(), [](QChar c) {
        const QChar::Script script = c.script();
        return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana
            || script == QChar::Script_Hangul;
    });
    const qsizetype lastSpace = name.lastIndexOf(u' ');
    if (lastSpace < 0 || familyFirst || name.contains(u','))
        return joinComponents({QString(), name, QString(), QString(), QString()});
    return joinComponents({name.sliced(lastSpace + 1), name.first(lastSpace), QString(), QString(), QString()});
}

QString digitsOf(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

// An original line's parameters as the target version spells them: no CHARSET or ENCODING
// (the output is UTF-8 text), and preference as PREF=1 (4.0) or TYPE=pref (3.0).
QList<VCardParameter> adaptParameters(const QList<VCardParameter> &parameters, VCardVersion version)
{
    QList<VCardParameter> adapted;
    bool preferred = false;
    for (const VCardParameter &parameter : parameters) {
        if (parameter.name == u"CHARSET" || parameter.name == u"ENCODING")
            continue;
        if (parameter.name == u"PREF") {
            if (version == VCardVersion::V4_0)
                adapted.append(parameter);
            else
                preferred = true;
            continue;
        }
        if (parameter.name == u"TYPE") {
            VCardParameter types{parameter.name, {}};
            for (const QString &value : parameter.values) {
                if (value.compare(u"pref", Qt::CaseInsensitive) == 0)
                    preferred = true;
                else
                    types.values.append(value);
            }
            if (!types.values.isEmpty())
                adapted.append(types);
            continue;
        }
        adapted.append(parameter);
    }
    if (preferred) {
        if (version == VCardVersion::V4_0)
            adapted.append({u"PREF"_s, {u"1"_s}});
        else
            adapted.append({u"TYPE"_s, {u"pref"_s}});
    }
    return adapted;
}

QString typeSpelling(const QString &type, VCardVersion version)
{
    return version == VCardVersion::V4_0 ? type.toLower() : type.toUpper();
}

// The TYPE values a label stands for, or empty when the label is the user's own words.
std::optional<QStringList> typesForLabel(const QString &label, bool phone)
{
    QStringList types;
    for (const QString &word : label.toLower().split(u' ', Qt::SkipEmptyParts)) {
        if (word == u"home" || word == u"work")
            types.append(word);
        else if (phone && (word == u"mobile" || word == u"cell"))
            types.append(u"cell"_s);
        else if (phone && (word == u"fax" || word == u"pager" || word == u"video" || word == u"text"))
            types.append(word);
        else if (!phone && word == u"other")
            continue;
        else
            return std::nullopt;
    }
    return types;
}

QString formatDate(const PartialDate &date, VCardVersion version)
{
    if (version == VCardVersion::V4_0) {
        const QString monthDay = u"%1%2"_s.arg(date.month, 2, 10, QChar(u'0')).arg(date.day, 2, 10, QChar(u'0'));
        return date.hasYear() ? u"%1"_s.arg(date.year, 4, 10, QChar(u'0')) + monthDay : u"--"_s + monthDay;
    }
    return date.toIso();
}

class CardWriter
{
public:
    CardWriter(const ContactRecord &record, const VCardWriteOptions &options)
        : m_record(record), m_options(options), m_version(options.version)
    {
        if (!record.originalCard.isEmpty()) {
            const VCardParseResult parsed = parseVCardText(record.originalCard, false);
            if (!parsed.cards.isEmpty())
                m_original = parsed.cards.constFirst().lines;
        }
        m_used.fill(false, m_original.size());
        for (const VCardLine &line : std::as_const(m_original))
            m_nextGroup = std::max(m_nextGroup, itemNumber(line.group) + 1);
    }

    QByteArray write()
    {
        const VCardFields fields = m_options.fields;
        if (fields.testFlag(VCardField::Name))
            writeName();
        if (fields.testFlag(VCardField::Nickname) && !m_record.nickname.isEmpty())
            text(u"NICKNAME"_s, escapeVCardText(m_record.nickname));
        if (fields.testFlag(VCardField::Emails))
            writeLabelled(u"EMAIL"_s, m_record.emails, false, [](const VCardLine &line, const QString &value) {
                return line.text().trimmed().compare(value, Qt::CaseInsensitive) == 0;
            });
        if (fields.testFlag(VCardField::Phones))
            writeLabelled(u"TEL"_s, m_record.phones, true, [](const VCardLine &line, const QString &value) {
                const QString digits = digitsOf(value);
                return !digits.isEmpty() && digitsOf(line.text()).endsWith(digits);
            });
        if (fields.testFlag(VCardField::Organisation)
            && (!m_record.organisation.isEmpty() || !m_record.department.isEmpty())) {
            QString value = escapeVCardText(m_record.organisation);
            if (!m_record.department.isEmpty())
                value += u';' + escapeVCardText(m_record.department);
            // Without a department of its own, the record keeps the card's units while the
            // organisation is the card's.
            if (const VCardLine *original = firstOriginal(u"ORG"_s); original && m_record.department.isEmpty()
                && original->components().value(0) == m_record.organisation)
                value = original->value;
            reuseOrAdd(u"ORG"_s, value, [](const VCardLine &) { return true; });
        }
        if (fields.testFlag(VCardField::Title) && !m_record.title.isEmpty())
            reuseOrAdd(u"TITLE"_s, escapeVCardText(m_record.title), [](const VCardLine &) { return true; });
        if (fields.testFlag(VCardField::Urls))
            writeLabelled(u"URL"_s, m_record.urls, false, [](const VCardLine &line, const QString &value) {
                return line.text().trimmed() == value;
            });
        if (fields.testFlag(VCardField::Notes) && !m_record.notes.isEmpty())
            reuseOrAdd(u"NOTE"_s, escapeVCardText(m_record.notes), [](const VCardLine &) { return true; });
        if (fields.testFlag(VCardField::Addresses))
            writeAddresses();
        if (fields.testFlag(VCardField::Birthday) && m_record.birthday)
            writeDate(u"BDAY"_s, *m_record.birthday);
        if (fields.testFlag(VCardField::Anniversary) && m_record.anniversary)
            writeDate(m_version == VCardVersion::V4_0 ? u"ANNIVERSARY"_s : u"X-ANNIVERSARY"_s, *m_record.anniversary);
        if (fields.testFlag(VCardField::Tags) && !m_record.tags.isEmpty()) {
            QStringList escaped;
            for (const QString &tag : m_record.tags)
                escaped.append(escapeVCardText(tag));
            text(u"CATEGORIES"_s, escaped.join(u','));
        }
        if (fields.testFlag(VCardField::Photo) && !m_record.photo.isEmpty())
            writePhoto();
        if (fields.testFlag(VCardField::Uid) && !m_record.uid.isEmpty())
            text(u"UID"_s, escapeVCardText(m_record.uid));

        keepOriginalLines();

        QByteArray out;
        out.reserve(1024);
        out += "BEGIN:VCARD\r\n";
        out += m_version == VCardVersion::V4_0 ? "VERSION:4.0\r\n" : "VERSION:3.0\r\n";
        if (!m_options.productId.isEmpty())
            appendFoldedVCardLine(out, (u"PRODID:"_s + escapeVCardText(m_options.productId)).toUtf8());
        for (const VCardLine &line : std::as_const(m_lines))
            appendVCardLine(out, line, m_version);
        if (m_options.revision.isValid())
            out += "REV:" + m_options.revision.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1() + "\r\n";
        out += "END:VCARD\r\n";
        return out;
    }

private:
    VCardLine makeLine(const QString &name, const QString &value, QList<VCardParameter> parameters = {},
                       const QString &group = {}) const
    {
        VCardLine line;
        line.group = group;
        line.name = name;
        line.parameters = std::move(parameters);
        line.value = value;
        return line;
    }

    void text(const QString &name, const QString &value) { m_lines.append(makeLine(name, value)); }

    // The first original line called `name`, used or not.
    const VCardLine *firstOriginal(const QString &name) const
    {
        for (const VCardLine &line : m_original) {
            if (line.name == name)
                return &line;
        }
        return nullptr;
    }

    // The first unused original line called `name` that `matches`, marked used.
    const VCardLine *reuse(const QString &name, const std::function<bool(const VCardLine &)> &matches)
    {
        for (qsizetype i = 0; i < m_original.size(); ++i) {
            if (!m_used[i] && m_original[i].name == name && matches(m_original[i])) {
                m_used[i] = true;
                return &m_original[i];
            }
        }
        return nullptr;
    }

    void reuseOrAdd(const QString &name, const QString &value, const std::function<bool(const VCardLine &)> &matches)
    {
        if (const VCardLine *original = reuse(name, matches))
            m_lines.append(makeLine(name, value, adaptParameters(original->parameters, m_version), original->group));
        else
            text(name, value);
    }

    void writeName()
    {
        QString formatted = m_record.displayName;
        if (formatted.isEmpty())
            formatted = m_record.composedName();
        const VCardLine *originalName = firstOriginal(u"FN"_s);
        const bool sameName = originalName && originalName->text().simplified() == formatted.simplified();
        reuseOrAdd(u"FN"_s, escapeVCardText(formatted), [](const VCardLine &) { return true; });
        // A record that knows only the formatted name (a contact of Tend's) keeps the card's N
        // while the name is the card's.
        const bool noParts = m_record.familyName.isEmpty() && m_record.givenName.isEmpty()
            && m_record.additionalNames.isEmpty() && m_record.namePrefix.isEmpty() && m_record.nameSuffix.isEmpty();
        if (noParts && sameName) {
            if (const VCardLine *original = reuse(u"N"_s, [](const VCardLine &) { return true; })) {
                m_lines.append(makeLine(u"N"_s, original->value, adaptParameters(original->parameters, m_version),
                                        original->group));
                return;
            }
        }
        reuseOrAdd(u"N"_s,
                   noParts ? structuredNameOf(formatted)
                           : joinComponents({m_record.familyName, m_record.givenName, m_record.additionalNames,
                                             m_record.namePrefix, m_record.nameSuffix}),
                   [](const VCardLine &) { return true; });
    }

    void writeLabelled(const QString &name, const QList<LabelledValue> &values, bool phone,
                       const std::function<bool(const VCardLine &, const QString &)> &sameValue)
    {
        for (qsizetype i = 0; i < values.size(); ++i) {
            const LabelledValue &value = values.at(i);
            const QString escaped = escapeVCardText(value.value);
            if (const VCardLine *original = reuse(name, [&](const VCardLine &line) { return sameValue(line, value.value); })) {
                QList<VCardParameter> parameters = adaptParameters(original->parameters, m_version);
                if (phone) // Tend writes the number as text, not as a tel: URI
                    parameters.removeIf([](const VCardParameter &p) { return p.name == u"VALUE"; });
                m_lines.append(makeLine(name, escaped, parameters, original->group));
                continue;
            }
            QList<VCardParameter> parameters;
            QString group;
            if (const auto types = typesForLabel(value.label, phone)) {
                if (!types->isEmpty()) {
                    VCardParameter type{u"TYPE"_s, {}};
                    for (const QString &t : *types)
                        type.values.append(typeSpelling(t, m_version));
                    parameters.append(type);
                }
            } else {
                group = u"item%1"_s.arg(m_nextGroup++); // the user's own label, as Apple and Google write it
            }
            if (i == 0 && values.size() > 1)
                parameters.append(m_version == VCardVersion::V4_0 ? VCardParameter{u"PREF"_s, {u"1"_s}}
                                                                  : VCardParameter{u"TYPE"_s, {typeSpelling(u"pref"_s, m_version)}});
            m_lines.append(makeLine(name, escaped, parameters, group));
            if (!group.isEmpty())
                m_lines.append(makeLine(u"X-ABLabel"_s, escapeVCardText(value.label), {}, group));
        }
    }

    void writeAddresses()
    {
        for (const PostalAddress &address : m_record.addresses) {
            const QString value = joinComponents({address.poBox, address.extended, address.street, address.locality,
                                                  address.region, address.postalCode, address.country});
            const VCardLine *original = reuse(u"ADR"_s, [&](const VCardLine &line) {
                const QStringList parts = line.components();
                return parts.value(2).trimmed() == address.street && parts.value(3).trimmed() == address.locality
                    && parts.value(5).trimmed() == address.postalCode;
            });
            if (original) {
                m_lines.append(makeLine(u"ADR"_s, value, adaptParameters(original->parameters, m_version), original->group));
                continue;
            }
            QList<VCardParameter> parameters;
            QString group;
            if (const auto types = typesForLabel(address.label, false)) {
                if (!types->isEmpty()) {
                    VCardParameter type{u"TYPE"_s, {}};
                    for (const QString &t : *types)
                        type.values.append(typeSpelling(t, m_version));
                    parameters.append(type);
                }
            } else {
                group = u"item%1"_s.arg(m_nextGroup++);
            }
            m_lines.append(makeLine(u"ADR"_s, value, parameters, group));
            if (!group.isEmpty())
                m_lines.append(makeLine(u"X-ABLabel"_s, escapeVCardText(address.label), {}, group));
        }
    }

    void writeDate(const QString &name, const PartialDate &date)
    {
        if (m_version == VCardVersion::V3_0 && !date.hasYear() && name == u"BDAY") {
            // 3.0 has no year-less date; Apple's stand-in year says "no year" to iOS and macOS.
            const PartialDate standIn{1604, date.month, date.day};
            m_lines.append(makeLine(name, standIn.toIso(), {{u"X-APPLE-OMIT-YEAR"_s, {u"1604"_s}}}));
            return;
        }
        text(name, formatDate(date, m_version));
    }

    void writePhoto()
    {
        const Photo &photo = m_record.photo;
        if (photo.data.isEmpty()) {
            QList<VCardParameter> parameters;
            if (m_version == VCardVersion::V3_0)
                parameters.append({u"VALUE"_s, {u"uri"_s}});
            m_lines.append(makeLine(u"PHOTO"_s, photo.url, parameters));
            return;
        }
        m_lines.append(binaryLine(u"PHOTO"_s, photo.data, photo.mimeType.isEmpty() ? imageType(photo.data) : photo.mimeType));
    }

    static QString imageType(const QByteArray &data)
    {
        if (data.startsWith("\x89PNG"))
            return u"image/png"_s;
        if (data.startsWith("GIF8"))
            return u"image/gif"_s;
        return u"image/jpeg"_s;
    }

    // Media in the target version's form: a data: URI in 4.0, ENCODING=b with TYPE in 3.0.
    VCardLine binaryLine(const QString &name, const QByteArray &data, const QString &mimeType,
                         QList<VCardParameter> parameters = {}, const QString &group = {}) const
    {
        if (m_version == VCardVersion::V4_0) {
            const QString uri = u"data:%1;base64,"_s.arg(mimeType) + QString::fromLatin1(data.toBase64());
            return makeLine(name, uri, std::move(parameters), group);
        }
        VCardLine line = makeLine(name, {}, std::move(parameters), group);
        line.parameters.append({u"ENCODING"_s, {u"b"_s}});
        if (!mimeType.isEmpty())
            line.parameters.append({u"TYPE"_s, {mimeType.section(u'/', 1).toUpper()}});
        line.isBinary = true;
        line.binary = data;
        return line;
    }

    void keepOriginalLines()
    {
        const QSet<QString> &owned = ownedNames(m_options.fields);
        QList<VCardLine> kept;
        QSet<QString> groupsInUse;
        for (const VCardLine &line : std::as_const(m_lines)) {
            if (!line.group.isEmpty())
                groupsInUse.insert(line.group.toLower());
        }
        for (qsizetype i = 0; i < m_original.size(); ++i) {
            const VCardLine &line = m_original[i];
            if (m_used[i] || owned.contains(line.name))
                continue;
            if (line.name == u"X-ABDATE" && m_options.fields.testFlag(VCardField::Anniversary)) {
                const VCardLine *label = nullptr;
                for (const VCardLine &other : std::as_const(m_original)) {
                    if (other.name == u"X-ABLABEL" && !line.group.isEmpty()
                        && other.group.compare(line.group, Qt::CaseInsensitive) == 0)
                        label = &other;
                }
                if (label && label->text().contains(u"Anniversary", Qt::CaseInsensitive))
                    continue;
            }
            kept.append(convertMedia(line));
            if (!isCompanion(line.name) && !line.group.isEmpty())
                groupsInUse.insert(line.group.toLower());
        }
        for (const VCardLine &line : std::as_const(kept)) {
            if (isCompanion(line.name) && !line.group.isEmpty() && !groupsInUse.contains(line.group.toLower()))
                continue; // its value went with a field Tend changed
            m_lines.append(line);
        }
    }

    VCardLine convertMedia(const VCardLine &line) const
    {
        static const QSet<QString> media = {u"PHOTO"_s, u"LOGO"_s, u"SOUND"_s, u"KEY"_s};
        QList<VCardParameter> parameters = adaptParameters(line.parameters, m_version);
        if (media.contains(line.name)) {
            if (m_version == VCardVersion::V4_0 && line.isBinary) {
                QString type = line.parameter(u"TYPE");
                const QString mime = imageMimeType(line.binary, type);
                parameters.removeIf([](const VCardParameter &p) { return p.name == u"TYPE"; });
                return binaryLine(line.name, line.binary, mime.isEmpty() ? u"application/octet-stream"_s : mime,
                                  parameters, line.group);
            }
            if (m_version == VCardVersion::V3_0 && !line.isBinary && line.value.startsWith(u"data:", Qt::CaseInsensitive)) {
                const qsizetype comma = line.value.indexOf(u',');
                const QString meta = line.value.mid(5, comma - 5);
                if (comma > 0 && meta.endsWith(u";base64", Qt::CaseInsensitive))
                    return binaryLine(line.name, QByteArray::fromBase64(line.value.mid(comma + 1).toLatin1()),
                                      meta.section(u';', 0, 0), parameters, line.group);
            }
        }
        VCardLine converted = line;
        converted.parameters = parameters;
        if (line.isBinary)
            converted.parameters.append({u"ENCODING"_s, {u"b"_s}});
        return converted;
    }

    const ContactRecord &m_record;
    const VCardWriteOptions &m_options;
    VCardVersion m_version;
    QList<VCardLine> m_original;
    QList<bool> m_used;
    QList<VCardLine> m_lines;
    int m_nextGroup = 1;
};

} // namespace

QByteArray writeVCard(const ContactRecord &record, const VCardWriteOptions &options)
{
    return CardWriter(record, options).write();
}

QByteArray writeVCards(const QList<ContactRecord> &records, const VCardWriteOptions &options)
{
    QByteArray out;
    out.reserve(records.size() * 800);
    for (const ContactRecord &record : records)
        out += writeVCard(record, options);
    return out;
}

} // namespace tend::io
