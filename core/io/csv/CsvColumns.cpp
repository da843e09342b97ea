#include "io/csv/CsvColumns.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::io {
namespace {

struct Meaning
{
    CsvField field;
    QString key;
    QString label;
};

using F = CsvField;

// Compact headers (normalised, spaces removed) → meaning. English, German, and the common
// French, Spanish and Dutch words.
const QHash<QString, Meaning> &synonyms()
{
    static const QHash<QString, Meaning> table = [] {
        QHash<QString, Meaning> t;
        const auto add = [&t](std::initializer_list<const char16_t *> names, F field, const QString &key = {},
                              const QString &label = {}) {
            for (const char16_t *name : names)
                t.insert(QString::fromUtf16(name), {field, key, label});
        };
        add({u"name", u"fullname", u"displayname", u"anzeigename", u"vollstandigername", u"nomcomplet",
             u"nombrecompleto", u"volledigenaam", u"contactname"}, F::FullName);
        add({u"firstname", u"givenname", u"forename", u"first", u"vorname", u"prenom", u"nombre", u"voornaam"}, F::Given);
        add({u"middlename", u"additionalname", u"additionalnames", u"weiterevornamen", u"zweitervorname",
             u"secondname", u"tussenvoegsel"}, F::Middle);
        add({u"lastname", u"familyname", u"surname", u"last", u"nachname", u"familienname", u"nom", u"apellido",
             u"apellidos", u"achternaam"}, F::Family);
        add({u"nameprefix", u"prefix", u"anrede", u"titel", u"salutation", u"honorific", u"civilite"}, F::Prefix);
        add({u"namesuffix", u"suffix", u"namenszusatz"}, F::Suffix);
        add({u"nickname", u"spitzname", u"nick", u"shortname", u"surnom", u"apodo"}, F::Nickname);
        add({u"company", u"companyname", u"organization", u"organisation", u"organizationname", u"organisationname",
             u"firma", u"unternehmen", u"employer", u"societe", u"entreprise", u"empresa", u"bedrijf"}, F::Organisation);
        add({u"department", u"organizationdepartment", u"abteilung", u"departamento", u"afdeling"}, F::Department);
        add({u"jobtitle", u"position", u"organizationtitle", u"arbeitstitel", u"funktion", u"beruf", u"poste",
             u"fonction", u"cargo", u"functie", u"title"}, F::JobTitle);

        add({u"email", u"emailaddress", u"mail", u"emailadresse", u"primaryemail", u"primareemailadresse",
             u"courriel", u"adressecourriel", u"correo", u"correoelectronico", u"emailadres"}, F::Email, u"1"_s);
        add({u"secondaryemail", u"sekundareemailadresse", u"email2", u"emailadresse2", u"email2adresse"}, F::Email, u"2"_s);
        add({u"email3", u"emailadresse3", u"email3adresse"}, F::Email, u"3"_s);

        add({u"phone", u"telephone", u"phonenumber", u"tel", u"telefon", u"telefonnummer", u"primaryphone",
             u"telefono", u"telefoon"}, F::Phone, u"phone"_s);
        add({u"mobile", u"mobilephone", u"mobilenumber", u"cellphone", u"cell", u"mobiltelefon", u"mobiltelnr",
             u"handy", u"mobil", u"portable", u"movil", u"mobiel"}, F::Phone, u"mobile"_s, u"mobile"_s);
        add({u"homephone", u"telprivat", u"telefonprivat", u"privattelefon"}, F::Phone, u"home"_s, u"home"_s);
        add({u"homephone2", u"telefonprivat2"}, F::Phone, u"home2"_s, u"home"_s);
        add({u"businessphone", u"workphone", u"teldienstlich", u"telefongeschaftlich", u"telefondienstlich"},
            F::Phone, u"work"_s, u"work"_s);
        add({u"businessphone2", u"telefongeschaftlich2"}, F::Phone, u"work2"_s, u"work"_s);
        add({u"fax", u"faxnumber", u"faxnummer"}, F::Phone, u"fax"_s, u"fax"_s);
        add({u"businessfax", u"faxgeschaftlich"}, F::Phone, u"workfax"_s, u"work fax"_s);
        add({u"homefax", u"faxprivat"}, F::Phone, u"homefax"_s, u"home fax"_s);
        add({u"pager", u"pagernumber", u"pagernummer"}, F::Phone, u"pager"_s, u"pager"_s);
        add({u"companymainphone", u"haupttelefonfirma"}, F::Phone, u"main"_s, u"main"_s);
        add({u"otherphone", u"weiterestelefon"}, F::Phone, u"other"_s, u"other"_s);
        add({u"assistantsphone", u"telefonassistent"}, F::Phone, u"assistant"_s, u"assistant"_s);
        add({u"carphone", u"autotelefon"}, F::Phone, u"car"_s, u"car"_s);

        add({u"url", u"website", u"webpage", u"homepage", u"webseite", u"web", u"siteweb", u"sitioweb"}, F::Url, u"1"_s);
        add({u"webpage1", u"webseite1", u"website1"}, F::Url, u"1"_s);
        add({u"webpage2", u"webseite2", u"website2"}, F::Url, u"2"_s);
        add({u"notes", u"note", u"notizen", u"notiz", u"bemerkungen", u"bemerkung", u"comments", u"comment",
             u"remarks", u"commentaires", u"notas", u"opmerkingen"}, F::Notes);
        add({u"birthday", u"birthdate", u"dateofbirth", u"geburtstag", u"geburtsdatum", u"bday", u"anniversaire",
             u"datedenaissance", u"cumpleanos", u"fechadenacimiento", u"verjaardag", u"geboortedatum"}, F::Birthday);
        add({u"birthyear", u"geburtsjahr"}, F::BirthYear);
        add({u"birthmonth", u"geburtsmonat"}, F::BirthMonth);
        add({u"anniversary", u"weddinganniversary", u"jahrestag", u"hochzeitstag"}, F::Anniversary);
        add({u"categories", u"category", u"kategorien", u"kategorie", u"labels", u"groupmembership", u"groups",
             u"group", u"tags", u"gruppen", u"etiquettes", u"categorias"}, F::Tags);
        add({u"connectedon", u"verbundenam", u"connectele", u"conectadoel"}, F::ConnectedOn);
        add({u"howwemet", u"metvia"}, F::MetVia);
        add({u"uid", u"vcarduid"}, F::Uid);

        // Addresses: Outlook (Business/Home/Other …), Thunderbird (Work/Home …), German both.
        const QList<std::pair<QList<const char16_t *>, QString>> places = {
            {{u"business", u"work", u"dienstlich", u"geschaftlich"}, u"work"_s},
            {{u"home", u"privat"}, u"home"_s},
            {{u"other", u"weitere"}, u"other"_s},
        };
        const QList<std::pair<QList<const char16_t *>, F>> parts = {
            {{u"street", u"address", u"adresse", u"strasse"}, F::AddressStreet},
            {{u"street2", u"street3", u"address2", u"adresse2", u"strasse2", u"strasse3"}, F::AddressStreet2},
            {{u"city", u"ort"}, F::AddressCity},
            {{u"state", u"bundesland", u"region", u"bundeslandkanton"}, F::AddressRegion},
            {{u"postalcode", u"zipcode", u"zip", u"plz", u"postleitzahl"}, F::AddressPostalCode},
            {{u"country", u"countryregion", u"land", u"landregion"}, F::AddressCountry},
            {{u"addresspobox", u"postfach"}, F::AddressPoBox},
        };
        for (const auto &[placeNames, place] : places) {
            for (const char16_t *placeName : placeNames) {
                for (const auto &[partNames, field] : parts) {
                    for (const char16_t *partName : partNames) {
                        const QString p = QString::fromUtf16(placeName);
                        const QString q = QString::fromUtf16(partName);
                        t.insert(p + q, {field, place, place}); // "homecity", "privatort"
                        t.insert(q + p, {field, place, place}); // "ortgeschaftlich", "strasseprivat"
                    }
                }
            }
        }
        add({u"street", u"strasse", u"address", u"adresse", u"calle", u"straat"}, F::AddressStreet, u"address"_s);
        add({u"city", u"ort", u"stadt", u"ville", u"ciudad", u"plaats"}, F::AddressCity, u"address"_s);
        add({u"state", u"region", u"bundesland", u"province", u"provincia"}, F::AddressRegion, u"address"_s);
        add({u"postalcode", u"zipcode", u"zip", u"plz", u"postleitzahl", u"codepostal", u"codigopostal", u"postcode"},
            F::AddressPostalCode, u"address"_s);
        add({u"country", u"countryregion", u"land", u"pays", u"pais"}, F::AddressCountry, u"address"_s);
        return t;
    }();
    return table;
}

// Google's numbered columns ("E-mail 2 - Value", "Address 1 - Postal Code") and Outlook's
// ("E-mail 2 Address").
std::optional<Meaning> numberedMeaning(const QString &normalised)
{
    static const QRegularExpression shape(
        u"^(e mail|email|phone|address|website|organization|organisation|event) (\\d+) (.+)$"_s);
    const auto match = shape.match(normalised);
    if (!match.hasMatch())
        return std::nullopt;
    const QString kind = match.captured(1);
    const QString key = match.captured(2);
    const QString part = match.captured(3);
    const bool label = part == u"type" || part == u"label";
    const bool value = part == u"value" || part == u"address";
    if (kind == u"e mail" || kind == u"email") {
        if (label || value)
            return Meaning{label ? F::EmailLabel : F::Email, key, {}};
    } else if (kind == u"phone") {
        if (label || value)
            return Meaning{label ? F::PhoneLabel : F::Phone, key, {}};
    } else if (kind == u"website") {
        if (label || value)
            return Meaning{label ? F::UrlLabel : F::Url, u"g"_s + key, {}};
    } else if (kind == u"event") {
        if (label || value)
            return Meaning{label ? F::EventLabel : F::EventValue, key, {}};
    } else if (kind == u"address") {
        static const QHash<QString, F> parts = {
            {u"type"_s, F::AddressLabel},          {u"label"_s, F::AddressLabel},
            {u"formatted"_s, F::AddressFormatted}, {u"street"_s, F::AddressStreet},
            {u"city"_s, F::AddressCity},           {u"po box"_s, F::AddressPoBox},
            {u"region"_s, F::AddressRegion},       {u"postal code"_s, F::AddressPostalCode},
            {u"country"_s, F::AddressCountry},     {u"extended address"_s, F::AddressExtended},
        };
        if (const auto it = parts.constFind(part); it != parts.cend())
            return Meaning{*it, u"g"_s + key, {}};
    } else if (key == u"1") { // organisation: only the first
        if (part == u"name")
            return Meaning{F::Organisation, {}, {}};
        if (part == u"title")
            return Meaning{F::JobTitle, {}, {}};
        if (part == u"department")
            return Meaning{F::Department, {}, {}};
    }
    return std::nullopt;
}

bool isIdentity(CsvField field)
{
    return field == F::FullName || field == F::Given || field == F::Family || field == F::Organisation
        || field == F::Email || field == F::Nickname;
}

} // namespace

bool CsvLayout::hasColumn(CsvField field) const
{
    return std::any_of(columns.cbegin(), columns.cend(), [field](const CsvColumn &c) { return c.field == field; });
}

QString normaliseCsvHeader(QStringView header)
{
    const QString decomposed = header.toString().replace(u"ß"_s, u"ss"_s).normalized(QString::NormalizationForm_KD);
    QString words;
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            if (space && !words.isEmpty())
                words += u' ';
            words += c.toLower();
            space = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            space = true;
        }
    }
    return words;
}

std::optional<CsvLayout> recogniseCsvHeader(const QStringList &headers)
{
    CsvLayout layout;
    QSet<QString> compacts;
    bool googleNumbered = false;
    for (int i = 0; i < headers.size(); ++i) {
        const QString header = headers.at(i).trimmed();
        const QString normalised = normaliseCsvHeader(header);
        QString compact = normalised;
        compact.remove(u' ');
        compacts.insert(compact);
        std::optional<Meaning> meaning = numberedMeaning(normalised);
        if (meaning && header.contains(u" - "))
            googleNumbered = true;
        if (!meaning) {
            if (const auto it = synonyms().constFind(compact); it != synonyms().cend())
                meaning = *it;
        }
        if (!meaning) {
            if (!header.isEmpty())
                layout.ignored.append(header);
            continue;
        }
        layout.columns.append({i, header, meaning->field, meaning->key, meaning->label});
    }
    const auto any = [&](std::initializer_list<const char16_t *> names) {
        return std::any_of(names.begin(), names.end(), [&](const char16_t *n) { return compacts.contains(QString::fromUtf16(n)); });
    };
    // Google first: Tend's own CSV is Google's layout with a Connected On column beside it.
    if (googleNumbered || any({u"givenname", u"familyname", u"groupmembership", u"labels", u"organizationname", u"fileas"}))
        layout.kind = CsvLayout::Kind::Google;
    else if (layout.hasColumn(F::ConnectedOn))
        layout.kind = CsvLayout::Kind::LinkedIn;
    else if ((compacts.contains(u"emailaddress"_s)
              && any({u"emaildisplayname", u"businessphone", u"mobilephone", u"homestreet", u"businessstreet", u"jobtitle"}))
             || (compacts.contains(u"emailadresse"_s) && any({u"telefongeschaftlich", u"mobiltelefon", u"strassegeschaftlich"})))
        layout.kind = CsvLayout::Kind::Outlook;
    else if (any({u"primaryemail", u"primareemailadresse"}))
        layout.kind = CsvLayout::Kind::Thunderbird;

    const bool separateBirthParts = layout.hasColumn(F::BirthYear) || layout.hasColumn(F::BirthMonth);
    const bool hasJobTitle = compacts.contains(u"jobtitle"_s);
    for (CsvColumn &column : layout.columns) {
        const QString compact = normaliseCsvHeader(column.header).remove(u' ');
        // Outlook's "Title" is Mr./Dr.; its job title has a column of its own.
        if (compact == u"title" && (hasJobTitle || layout.kind == CsvLayout::Kind::Outlook))
            column.field = F::Prefix;
        // Thunderbird's "Birth Day"/"Geburtstag" is the day of the month beside Birth Year and Month.
        if (column.field == F::Birthday && separateBirthParts)
            column.field = F::BirthDay;
        if (column.field == F::Url && layout.kind == CsvLayout::Kind::LinkedIn)
            column.label = u"LinkedIn"_s;
    }
    const bool identified = std::any_of(layout.columns.cbegin(), layout.columns.cend(),
                                        [](const CsvColumn &c) { return isIdentity(c.field); });
    if (!identified)
        return std::nullopt;
    return layout;
}

} // namespace tend::io
