#include "io/csv/CsvMapping.h"

#include "io/csv/CsvDates.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::io {
namespace {

using F = CsvField;

struct IoText
{
    Q_DECLARE_TR_FUNCTIONS(tend::io)
};

constexpr int headerSearchRows = 20;
const QString multiValueSeparator = u" ::: "_s; // Google's

// Tend's CSV writer puts an apostrophe before a cell a spreadsheet would run as a formula
// (neutraliseCsvFormula); one comes off again.
QString undoFormulaGuard(const QString &cell)
{
    qsizetype start = 0;
    while (start < cell.size() && cell.at(start) == u'\'')
        ++start;
    if (start > 0 && start < cell.size() && u"=+-@\t\r"_s.contains(cell.at(start)))
        return cell.mid(1);
    return cell;
}

QStringList splitMulti(const QString &cell)
{
    QStringList values;
    for (const QString &part : cell.split(multiValueSeparator)) {
        const QString value = part.trimmed();
        if (!value.isEmpty())
            values.append(value);
    }
    return values;
}

// "* Home" (Google's primary marker) → "home", preferred; "SMTP" (Outlook's address type) → "".
QString cleanLabel(const QString &text, bool *preferred)
{
    QString label = text.trimmed();
    if (label.startsWith(u"* ")) {
        label = label.mid(2).trimmed();
        if (preferred)
            *preferred = true;
    }
    static const QStringList technical = {u"smtp"_s, u"ex"_s, u"internet"_s, u"x400"_s};
    static const QStringList known = {u"home"_s,     u"work"_s,  u"mobile"_s,   u"other"_s,    u"main"_s, u"pager"_s,
                                      u"fax"_s,      u"home fax"_s, u"work fax"_s, u"school"_s, u"assistant"_s};
    const QString lower = label.toLower();
    if (technical.contains(lower))
        return {};
    return known.contains(lower) ? lower : label;
}

struct Multi
{
    QString label;
    QStringList values;
    bool preferred = false;
};

struct AddressParts
{
    PostalAddress address;
    QString formatted;
};

// Values gathered under their keys, in the order their columns come.
template<typename T>
struct Keyed
{
    QStringList order;
    QHash<QString, T> items;
    T &operator[](const QString &key)
    {
        if (!items.contains(key))
            order.append(key);
        return items[key];
    }
};

QList<LabelledValue> flatten(Keyed<Multi> &keyed)
{
    QList<LabelledValue> preferred, others;
    for (const QString &key : std::as_const(keyed.order)) {
        const Multi &multi = keyed.items[key];
        for (const QString &value : multi.values)
            (multi.preferred ? preferred : others).append({multi.label, value});
    }
    return preferred + others;
}

void addTags(QStringList &tags, const QString &cell)
{
    QStringList parts;
    if (cell.contains(multiValueSeparator))
        parts = cell.split(multiValueSeparator);
    else if (cell.contains(u';'))
        parts = cell.split(u';');
    else
        parts = cell.split(u',');
    for (QString part : parts) {
        part = part.trimmed();
        if (part.startsWith(u"* "))
            part = part.mid(2).trimmed();
        // Every Google contact carries its system group; as a tag it would say nothing.
        if (part.isEmpty() || part.compare(u"myContacts", Qt::CaseInsensitive) == 0
            || part.compare(u"My Contacts", Qt::CaseInsensitive) == 0)
            continue;
        const bool seen = std::any_of(tags.cbegin(), tags.cend(),
                                      [&](const QString &t) { return t.compare(part, Qt::CaseInsensitive) == 0; });
        if (!seen)
            tags.append(part);
    }
}

std::optional<MetVia> metViaFromText(const QString &text)
{
    if (auto key = metViaFromKey(text.trimmed()))
        return key;
    for (const MetVia via : allMetVia()) {
        if (displayName(via).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return via;
    }
    return std::nullopt;
}

class RowMapper
{
public:
    RowMapper(const CsvLayout &layout, CsvLayout::Kind kind, QList<ImportProblem> &problems)
        : m_layout(layout), m_kind(kind), m_problems(problems)
    {
    }

    std::optional<ContactRecord> map(const CsvRecord &row, qsizetype headerWidth)
    {
        ContactRecord record;
        record.sourceLine = row.line;
        Keyed<Multi> emails, phones, urls;
        Keyed<AddressParts> addresses;
        Keyed<std::pair<QString, QString>> events;
        QStringList notes;
        int birthYear = 0, birthMonth = 0, birthDay = 0;

        for (const CsvColumn &column : m_layout.columns) {
            QString cell = undoFormulaGuard(row.fields.value(column.index).trimmed());
            if (cell.contains(u'\r'))
                cell.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
            if (cell.isEmpty())
                continue;
            bool preferred = false;
            switch (column.field) {
            case F::FullName: record.formattedName = cell; break;
            case F::Prefix: record.namePrefix = cell; break;
            case F::Given: record.givenName = cell; break;
            case F::Middle: record.additionalNames = cell; break;
            case F::Family: record.familyName = cell; break;
            case F::Suffix: record.nameSuffix = cell; break;
            case F::Nickname: record.nickname = cell; break;
            case F::Organisation:
                if (record.organisation.isEmpty())
                    record.organisation = cell;
                break;
            case F::Department: record.department = cell; break;
            case F::JobTitle:
                if (record.title.isEmpty())
                    record.title = cell;
                break;
            case F::Email: addValues(emails[column.key], column, cell); break;
            case F::Phone: addValues(phones[column.key], column, cell); break;
            case F::Url: addValues(urls[column.key], column, cell); break;
            case F::EmailLabel: setLabel(emails[column.key], cell); break;
            case F::PhoneLabel: setLabel(phones[column.key], cell); break;
            case F::UrlLabel: setLabel(urls[column.key], cell); break;
            case F::Notes: notes.append(cell); break;
            case F::Birthday: record.birthday = date(row, column, cell); break;
            case F::Anniversary: record.anniversary = date(row, column, cell); break;
            case F::BirthYear: birthYear = cell.toInt(); break;
            case F::BirthMonth: birthMonth = cell.toInt(); break;
            case F::BirthDay: birthDay = cell.toInt(); break;
            case F::EventLabel: events[column.key].first = cell; break;
            case F::EventValue: events[column.key].second = cell; break;
            case F::Tags: addTags(record.tags, cell); break;
            case F::AddressLabel: addresses[column.key].address.label = cleanLabel(cell, &preferred); break;
            case F::AddressFormatted: addresses[column.key].formatted = cell; break;
            case F::AddressStreet: addPart(addresses[column.key], column, &PostalAddress::street, cell); break;
            case F::AddressStreet2: addPart(addresses[column.key], column, &PostalAddress::extended, cell); break;
            case F::AddressPoBox: addPart(addresses[column.key], column, &PostalAddress::poBox, cell); break;
            case F::AddressExtended: addPart(addresses[column.key], column, &PostalAddress::extended, cell); break;
            case F::AddressCity: addPart(addresses[column.key], column, &PostalAddress::locality, cell); break;
            case F::AddressRegion: addPart(addresses[column.key], column, &PostalAddress::region, cell); break;
            case F::AddressPostalCode: addPart(addresses[column.key], column, &PostalAddress::postalCode, cell); break;
            case F::AddressCountry: addPart(addresses[column.key], column, &PostalAddress::country, cell); break;
            case F::ConnectedOn:
                if (const auto connected = date(row, column, cell); connected && connected->hasYear())
                    record.connectedOn = connected->toDate();
                break;
            case F::MetVia:
                if (const auto via = metViaFromText(cell))
                    record.metVia = via;
                else
                    m_problems.append(ImportProblem::warning(row.line, column.header,
                                                             IoText::tr("'%1' is not a way of meeting Tend knows").arg(cell.left(40))));
                break;
            case F::Uid: record.uid = cell; break;
            }
        }

        record.emails = flatten(emails);
        record.phones = flatten(phones);
        record.urls = flatten(urls);
        record.notes = notes.join(u"\n"_s);
        for (const QString &key : std::as_const(addresses.order)) {
            AddressParts &parts = addresses.items[key];
            if (parts.address.isEmpty() && !parts.formatted.isEmpty())
                parts.address.street = parts.formatted;
            if (!parts.address.isEmpty())
                record.addresses.append(parts.address);
        }
        for (const QString &key : std::as_const(events.order)) {
            const auto &[label, value] = events.items[key];
            if (label.contains(u"anniversary", Qt::CaseInsensitive) && !record.anniversary)
                record.anniversary = parseCsvDate(value);
        }
        if (birthMonth > 0 && birthDay > 0 && !record.birthday && isValidDayOfYear(birthYear, birthMonth, birthDay))
            record.birthday = PartialDate{birthYear, birthMonth, birthDay};
        if (m_kind == CsvLayout::Kind::LinkedIn) {
            record.metVia = MetVia::Online;
            record.metViaDetail = u"LinkedIn"_s;
        }

        const qsizetype extra = row.fields.size() - headerWidth;
        if (extra > 0) {
            const bool extraText = std::any_of(row.fields.cbegin() + headerWidth, row.fields.cend(),
                                               [](const QString &f) { return !f.trimmed().isEmpty(); });
            if (extraText)
                m_problems.append(ImportProblem::warning(
                    row.line, {}, IoText::tr("the row has %1 fields and the header %2; the last %3 are ignored")
                                      .arg(row.fields.size())
                                      .arg(headerWidth)
                                      .arg(extra)));
        }

        record.resolveDisplayName();
        if (record.nameSource == ContactRecord::NameSource::None) {
            const bool empty = std::all_of(row.fields.cbegin(), row.fields.cend(),
                                           [](const QString &f) { return f.trimmed().isEmpty(); });
            if (!empty)
                m_problems.append(ImportProblem::skipped(
                    row.line, {}, IoText::tr("the row has no name, organisation, e-mail or phone; it is left out")));
            return std::nullopt;
        }
        return record;
    }

private:
    void addValues(Multi &multi, const CsvColumn &column, const QString &cell)
    {
        multi.values += splitMulti(cell);
        if (multi.label.isEmpty())
            multi.label = column.label;
    }

    void setLabel(Multi &multi, const QString &cell)
    {
        bool preferred = false;
        const QString label = cleanLabel(cell, &preferred);
        if (!label.isEmpty())
            multi.label = label;
        multi.preferred = multi.preferred || preferred;
    }

    void addPart(AddressParts &parts, const CsvColumn &column, QString PostalAddress::*part, const QString &cell)
    {
        QString &value = parts.address.*part;
        value = value.isEmpty() ? cell : value + u", "_s + cell;
        if (parts.address.label.isEmpty() && column.key != u"address" && !column.label.isEmpty())
            parts.address.label = column.label;
    }

    std::optional<PartialDate> date(const CsvRecord &row, const CsvColumn &column, const QString &cell)
    {
        if (const auto parsed = parseCsvDate(cell))
            return parsed;
        // Outlook writes 0/0/00 for "no date".
        if (cell != u"0/0/00" && cell != u"00.00.00" && cell != u"0/0/0000")
            m_problems.append(ImportProblem::warning(row.line, column.header,
                                                     IoText::tr("'%1' is not a date Tend can read").arg(cell.left(40))));
        return std::nullopt;
    }

    const CsvLayout &m_layout;
    CsvLayout::Kind m_kind;
    QList<ImportProblem> &m_problems;
};

} // namespace

Result<CsvContacts> contactsFromCsv(const QList<CsvRecord> &rows, std::optional<CsvLayout::Kind> kind)
{
    CsvContacts contacts;
    qsizetype headerIndex = -1;
    for (qsizetype i = 0; i < std::min<qsizetype>(rows.size(), headerSearchRows); ++i) {
        if (auto layout = recogniseCsvHeader(rows.at(i).fields)) {
            contacts.layout = std::move(*layout);
            headerIndex = i;
            break;
        }
    }
    if (headerIndex < 0)
        return Error::invalid(IoText::tr("no header row found: none of the first %1 rows names a column Tend knows "
                                 "(such as First Name, Last Name, Name, E-mail or Company)")
                                  .arg(std::min<qsizetype>(rows.size(), headerSearchRows)));
    if (kind)
        contacts.layout.kind = *kind;
    contacts.headerLine = rows.at(headerIndex).line;
    const qsizetype headerWidth = rows.at(headerIndex).fields.size();
    RowMapper mapper(contacts.layout, contacts.layout.kind, contacts.problems);
    for (qsizetype i = headerIndex + 1; i < rows.size(); ++i) {
        ++contacts.rowCount;
        if (auto record = mapper.map(rows.at(i), headerWidth))
            contacts.records.append(std::move(*record));
    }
    return contacts;
}

CsvTable contactsTable(const QList<ContactRecord> &records)
{
    qsizetype emails = 0, phones = 0, addresses = 0, urls = 0;
    for (const ContactRecord &r : records) {
        emails = std::max(emails, r.emails.size());
        phones = std::max(phones, r.phones.size());
        addresses = std::max(addresses, r.addresses.size());
        urls = std::max(urls, r.urls.size());
    }
    CsvTable table;
    table.header = {u"Name"_s,        u"First Name"_s,        u"Middle Name"_s, u"Last Name"_s,
                    u"Name Prefix"_s, u"Name Suffix"_s,       u"Nickname"_s,    u"Organization Name"_s,
                    u"Organization Department"_s, u"Organization Title"_s, u"Birthday"_s, u"Anniversary"_s,
                    u"Notes"_s,       u"Labels"_s};
    for (qsizetype i = 1; i <= emails; ++i)
        table.header << u"E-mail %1 - Label"_s.arg(i) << u"E-mail %1 - Value"_s.arg(i);
    for (qsizetype i = 1; i <= phones; ++i)
        table.header << u"Phone %1 - Label"_s.arg(i) << u"Phone %1 - Value"_s.arg(i);
    for (qsizetype i = 1; i <= addresses; ++i) {
        for (const QString &part : {u"Label"_s, u"Street"_s, u"Extended Address"_s, u"PO Box"_s, u"City"_s,
                                    u"Region"_s, u"Postal Code"_s, u"Country"_s})
            table.header << u"Address %1 - %2"_s.arg(i).arg(part);
    }
    for (qsizetype i = 1; i <= urls; ++i)
        table.header << u"Website %1 - Label"_s.arg(i) << u"Website %1 - Value"_s.arg(i);
    table.header << u"How We Met"_s << u"Connected On"_s << u"UID"_s;

    for (const ContactRecord &r : records) {
        QStringList row = {r.displayName, r.givenName, r.additionalNames, r.familyName, r.namePrefix,
                           r.nameSuffix, r.nickname, r.organisation, r.department, r.title,
                           r.birthday ? r.birthday->toIso() : QString(), r.anniversary ? r.anniversary->toIso() : QString(),
                           r.notes, r.tags.join(multiValueSeparator)};
        const auto labelled = [&row](const QList<LabelledValue> &values, qsizetype count) {
            for (qsizetype i = 0; i < count; ++i)
                row << values.value(i).label << values.value(i).value;
        };
        labelled(r.emails, emails);
        labelled(r.phones, phones);
        for (qsizetype i = 0; i < addresses; ++i) {
            const PostalAddress a = r.addresses.value(i);
            row << a.label << a.street << a.extended << a.poBox << a.locality << a.region << a.postalCode << a.country;
        }
        labelled(r.urls, urls);
        row << (r.metVia ? toKey(*r.metVia) : QString())
            << (r.connectedOn.isValid() ? r.connectedOn.toString(Qt::ISODate) : QString()) << r.uid;
        table.rows.append(row);
    }
    return table;
}

} // namespace tend::io
