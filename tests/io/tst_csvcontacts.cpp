#include "IoTestSupport.h"

#include "io/ContactFile.h"
#include "io/csv/CsvColumns.h"
#include "io/csv/CsvDates.h"
#include "io/csv/CsvWriter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::io;

namespace {

ParsedFile read(const QString &fixture, const ReadOptions &options = {})
{
    auto parsed = readContactsData(test::readFixture(u"csv/"_s + fixture), options, fixture);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    return std::move(parsed).value();
}

QStringList values(const QList<LabelledValue> &list)
{
    QStringList out;
    for (const LabelledValue &v : list)
        out.append(v.label + u'=' + v.value);
    return out;
}

QStringList names(const ParsedFile &file)
{
    QStringList out;
    for (const ContactRecord &r : file.contacts)
        out.append(r.displayName);
    return out;
}

QString iso(const std::optional<PartialDate> &date)
{
    return date ? date->toIso() : u"none"_s;
}

} // namespace

class TestCsvContacts : public QObject
{
    Q_OBJECT
private slots:
    void linkedInConnections()
    {
        const ParsedFile file = read(u"linkedin_connections.csv"_s);
        QCOMPARE(file.format, FileFormat::LinkedIn);
        QCOMPARE(file.encoding, u"UTF-8"_s);
        QCOMPARE(names(file), (QStringList{u"Amara Okafor"_s, u"José García Márquez"_s, u"Li Wei"_s, u"Prince"_s,
                                           u"Zoë O'Brien \"Zo\""_s}));
        const ContactRecord &amara = file.contacts.at(0);
        QCOMPARE(amara.sourceLine, 5); // after the "Notes:" preamble and the header
        QCOMPARE(amara.organisation, u"Okafor, Smith & Partners"_s);
        QCOMPARE(amara.title, u"Partner"_s);
        QCOMPARE(amara.connectedOn, QDate(2024, 11, 13));
        QCOMPARE(amara.metVia, MetVia::Online);
        QCOMPARE(amara.metViaDetail, u"LinkedIn"_s);
        QCOMPARE(values(amara.urls), QStringList{u"LinkedIn=https://www.linkedin.com/in/amaraokafor"_s});
        QVERIFY(amara.emails.isEmpty());
        QCOMPARE(values(file.contacts.at(1).emails), QStringList{u"=jose@garcia.example"_s});
        QCOMPARE(file.contacts.at(2).connectedOn, QDate(2022, 3, 5));
        QCOMPARE(file.contacts.at(3).connectedOn, QDate(2024, 2, 29));
        QVERIFY(file.problems.isEmpty());
    }

    void googleNewLayout()
    {
        const ParsedFile file = read(u"google_new_layout.csv"_s);
        QCOMPARE(file.format, FileFormat::Google);
        QCOMPARE(names(file), (QStringList{u"Dr. Priya Raman"_s, u"Kiwi Co-op"_s, u"Tomás Ángel Iglesias Jr."_s}));
        const ContactRecord &priya = file.contacts.at(0);
        QCOMPARE(values(priya.emails), (QStringList{u"work=priya@nimbus.example"_s, u"home=priya.raman@home.example"_s,
                                                    u"home=pr@old.example"_s}));
        QCOMPARE(values(priya.phones), (QStringList{u"mobile=+1 415 555 0101"_s, u"work=+1 415 555 0102"_s}));
        QCOMPARE(priya.tags, (QStringList{u"Mentors"_s, u"starred"_s})); // myContacts is Google's own
        QCOMPARE(iso(priya.birthday), u"--05-17"_s);
        QCOMPARE(iso(priya.anniversary), u"2015-06-20"_s);
        QCOMPARE(priya.notes, u"Mentor since 2019.\nLikes \"long\" walks."_s);
        QCOMPARE(priya.department, u"Engineering"_s);
        QCOMPARE(priya.addresses.size(), 1);
        QCOMPARE(priya.addresses.at(0).extended, u"Suite 300"_s);
        QCOMPARE(priya.addresses.at(0).label, u"work"_s);
        QCOMPARE(values(priya.urls), QStringList{u"Profile=https://priya.example"_s});
        QCOMPARE(file.contacts.at(1).nameSource, ContactRecord::NameSource::Organisation);
        QCOMPARE(file.contacts.at(2).tags, QStringList{u"Peers"_s});
    }

    void googleLegacyLayout()
    {
        const ParsedFile file = read(u"google_legacy_layout.csv"_s);
        QCOMPARE(file.format, FileFormat::Google);
        const ContactRecord &femi = file.contacts.constFirst();
        QCOMPARE(femi.displayName, u"Dr. Femi Adeyemi"_s);
        QCOMPARE(femi.givenName, u"Femi"_s);
        QCOMPARE(values(femi.emails), (QStringList{u"work=femi@work.example"_s, u"home=femi@home.example"_s})); // "* Work" first
        QCOMPARE(values(femi.phones), (QStringList{u"mobile=+234 80 1234 5678"_s, u"mobile=+234 80 8765 4321"_s,
                                                   u"work fax=+234 1 555 0000"_s}));
        QCOMPARE(femi.organisation, u"Adeyemi & Co"_s);
        QCOMPARE(femi.title, u"Principal"_s);
        QCOMPARE(femi.department, u"Advisory"_s);
        QCOMPARE(femi.tags, QStringList{u"Coaches"_s});
        QCOMPARE(femi.notes, u"Coach; ask about the \"second act\" talk"_s);
        QCOMPARE(femi.addresses.at(0).street, u"4 Marina Rd"_s);
        QCOMPARE(iso(femi.birthday), u"1975-04-02"_s);
    }

    void outlook()
    {
        const ParsedFile file = read(u"outlook.csv"_s);
        QCOMPARE(file.format, FileFormat::Outlook);
        const ContactRecord &olivia = file.contacts.at(0);
        QCOMPARE(olivia.displayName, u"Ms. Olivia J. Bennett"_s); // Outlook's "Title" is the prefix
        QCOMPARE(olivia.title, u"Controller"_s);
        QCOMPARE(values(olivia.emails), (QStringList{u"=olivia@contoso.example"_s, u"=obennett@home.example"_s}));
        QCOMPARE(values(olivia.phones), (QStringList{u"work fax=+1 425 555 0199"_s, u"work=+1 425 555 0100"_s,
                                                     u"mobile=+1 425 555 0111"_s}));
        QCOMPARE(iso(olivia.birthday), u"1980-05-15"_s);
        QCOMPARE(iso(olivia.anniversary), u"2008-06-14"_s);
        QCOMPARE(olivia.tags, (QStringList{u"Sponsors"_s, u"Conference 2023"_s}));
        QCOMPARE(olivia.addresses.at(0).label, u"work"_s);
        QCOMPARE(olivia.addresses.at(0).locality, u"Redmond"_s);
        QCOMPARE(olivia.notes, u"Met at the 'Women in Finance' dinner.\nFollow up about the board seat."_s);
        const ContactRecord &raj = file.contacts.at(1);
        QCOMPARE(iso(raj.birthday), u"1979-12-25"_s); // 25/12: the day first, since 25 is no month
        QVERIFY(!raj.anniversary);                     // 0/0/00 is Outlook's "none", not a problem
        QCOMPARE(raj.addresses.at(0).label, u"home"_s);
        QVERIFY(file.problems.isEmpty());
    }

    void thunderbirdGermanInWindows1252()
    {
        const ParsedFile file = read(u"thunderbird_de_windows1252.csv"_s);
        QCOMPARE(file.format, FileFormat::Csv);
        QCOMPARE(file.producer, u"Thunderbird"_s);
        QCOMPARE(file.encoding, u"windows-1252"_s);
        QCOMPARE(names(file), (QStringList{u"Jürgen Groß"_s, u"Ömer Öztürk"_s, u"Stadtwerke Überlingen"_s}));
        const ContactRecord &juergen = file.contacts.at(0);
        QCOMPARE(juergen.nickname, u"Jü"_s);
        QCOMPARE(values(juergen.emails), (QStringList{u"=juergen@gross.example"_s, u"=jg@privat.example"_s}));
        QCOMPARE(values(juergen.phones), (QStringList{u"work=+49 89 123"_s, u"home=+49 89 456"_s, u"mobile=+49 171 999"_s}));
        QCOMPARE(juergen.organisation, u"Groß & Söhne GmbH"_s);
        QCOMPARE(juergen.title, u"Geschäftsführer"_s);
        QCOMPARE(juergen.department, u"Vertrieb"_s);
        QCOMPARE(iso(juergen.birthday), u"1968-11-30"_s); // Geburtsjahr, Geburtsmonat, Geburtstag
        QCOMPARE(juergen.addresses.at(0).locality, u"München"_s);
        QCOMPARE(juergen.addresses.at(0).label, u"home"_s);
        QCOMPARE(juergen.notes, u"Trifft man auf der Messe; spricht gern über Öfen."_s);
    }

    void thunderbirdEnglish()
    {
        const ParsedFile file = read(u"thunderbird_en.csv"_s);
        QCOMPARE(file.producer, u"Thunderbird"_s);
        const ContactRecord &grace = file.contacts.constFirst();
        QCOMPARE(grace.displayName, u"Grace Kim"_s);
        QCOMPARE(iso(grace.birthday), u"--07-04"_s); // month and day, no year
        QCOMPARE(grace.addresses.at(0).extended, u"Floor 3"_s);
        QCOMPARE(grace.addresses.at(0).label, u"work"_s);
    }

    void semicolonsAndGermanDates()
    {
        const ParsedFile file = read(u"semicolon_excel_de.csv"_s);
        QCOMPARE(names(file), (QStringList{u"Anna Schmidt"_s, u"Karl Weber"_s}));
        QCOMPARE(file.contacts.at(0).organisation, u"Schmidt, Weber & Co."_s);
        QCOMPARE(iso(file.contacts.at(0).birthday), u"1980-05-15"_s);
        QCOMPARE(iso(file.contacts.at(1).birthday), u"--12-24"_s);
        QCOMPARE(file.contacts.at(0).notes, u"Kennt alle; hilft gern"_s);
    }

    void utf16TabSeparated()
    {
        const ParsedFile file = read(u"utf16le_tabs.csv"_s);
        QCOMPARE(file.encoding, u"UTF-16LE"_s);
        QCOMPARE(names(file), (QStringList{u"Ana Lima"_s, u"Łukasz Nowak"_s}));
        QCOMPARE(file.contacts.at(1).organisation, u"Nowak sp. z o.o."_s);
    }

    void quotesAndFormulaGuards()
    {
        const ParsedFile file = read(u"generic_quotes.csv"_s);
        QCOMPARE(file.contacts.at(0).notes, u"Two Nobel prizes.\nLikes \"radium\", of course."_s);
        QCOMPARE(file.contacts.at(1).organisation, u"Sorbonne, Paris"_s);
        // Tend's own apostrophes come off: the text is what the person typed.
        QCOMPARE(file.contacts.at(2).displayName, u"=HYPERLINK(\"http://x\")"_s);
        QCOMPARE(values(file.contacts.at(2).phones), QStringList{u"=+1 555 0100"_s});
        QCOMPARE(file.contacts.at(2).notes, u"@SUM(A1)"_s);
    }

    void rowsWithoutAnyNameAreReported()
    {
        const QByteArray csv = "Name,Email,Notes\nAda,ada@example.org,\n,,only a note\n,,\n";
        auto parsed = readContactsData(csv, {}, u"x.csv"_s);
        QVERIFY(parsed);
        QCOMPARE(parsed->contacts.size(), 1);
        QCOMPARE(parsed->recordCount, 3);
        QCOMPARE(parsed->problems.size(), 1); // the empty row is nothing to report
        QCOMPARE(parsed->problems.constFirst().line, 3);
        QCOMPARE(parsed->problems.constFirst().severity, ImportProblem::Severity::Skipped);
    }

    void badDatesAreWarningsWithTheField()
    {
        const QByteArray csv = "First Name,Birthday\nAda,31/31/2000\n";
        auto parsed = readContactsData(csv, {}, u"x.csv"_s);
        QVERIFY(parsed);
        QCOMPARE(parsed->contacts.size(), 1);
        QCOMPARE(parsed->problems.constFirst().describe(u"x.csv"_s),
                 u"x.csv: line 2 (Birthday): '31/31/2000' is not a date Tend can read"_s);
    }

    void headerSynonyms_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("key");
        QTest::newRow("Given Name") << u"Given Name"_s << int(CsvField::Given) << QString();
        QTest::newRow("Vorname") << u"Vorname"_s << int(CsvField::Given) << QString();
        QTest::newRow("Prénom") << u"Prénom"_s << int(CsvField::Given) << QString();
        QTest::newRow("Surname") << u"Surname"_s << int(CsvField::Family) << QString();
        QTest::newRow("E-mail 2 - Value") << u"E-mail 2 - Value"_s << int(CsvField::Email) << u"2"_s;
        QTest::newRow("E-mail 3 Address") << u"E-mail 3 Address"_s << int(CsvField::Email) << u"3"_s;
        QTest::newRow("Sekundäre E-Mail-Adresse") << u"Sekundäre E-Mail-Adresse"_s << int(CsvField::Email) << u"2"_s;
        QTest::newRow("Mobil-Tel.-Nr.") << u"Mobil-Tel.-Nr."_s << int(CsvField::Phone) << u"mobile"_s;
        QTest::newRow("Straße geschäftlich") << u"Straße geschäftlich"_s << int(CsvField::AddressStreet) << u"work"_s;
        QTest::newRow("Privat: PLZ") << u"Privat: PLZ"_s << int(CsvField::AddressPostalCode) << u"home"_s;
        QTest::newRow("Business Country/Region") << u"Business Country/Region"_s << int(CsvField::AddressCountry) << u"work"_s;
        QTest::newRow("Address 1 - Postal Code") << u"Address 1 - Postal Code"_s << int(CsvField::AddressPostalCode) << u"g1"_s;
        QTest::newRow("Organization 1 - Name") << u"Organization 1 - Name"_s << int(CsvField::Organisation) << QString();
        QTest::newRow("Connected On") << u"Connected On"_s << int(CsvField::ConnectedOn) << QString();
        QTest::newRow("Group Membership") << u"Group Membership"_s << int(CsvField::Tags) << QString();
        QTest::newRow("  e-MAIL ") << u"  e-MAIL "_s << int(CsvField::Email) << u"1"_s;
    }
    void headerSynonyms()
    {
        QFETCH(QString, header);
        QFETCH(int, field);
        QFETCH(QString, key);
        const auto layout = recogniseCsvHeader({u"Name"_s, header});
        QVERIFY(layout);
        QCOMPARE(layout->columns.size(), 2);
        QCOMPARE(int(layout->columns.at(1).field), field);
        QCOMPARE(layout->columns.at(1).key, key);
    }

    void headersWithoutAnIdentityAreNoHeader()
    {
        QVERIFY(!recogniseCsvHeader({u"Notes:"_s}));
        QVERIFY(!recogniseCsvHeader({u"Phone"_s, u"City"_s}));
        QVERIFY(!recogniseCsvHeader({u"Ada Lovelace"_s, u"ada@example.org"_s}));
        QCOMPARE(normaliseCsvHeader(u"Primäre E-Mail-Adresse"), u"primare e mail adresse"_s);
    }

    void noHeaderIsAnError()
    {
        ReadOptions options;
        options.format = FileFormat::Csv;
        auto parsed = readContactsData(test::readFixture(u"csv/no_header.csv"_s), options, u"no_header.csv"_s);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.startsWith(u"no_header.csv: no header row found"_s), qPrintable(parsed.error().message));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("LinkedIn") << u"13 Nov 2024"_s << u"2024-11-13"_s;
        QTest::newRow("one digit") << u"5 Mar 2022"_s << u"2022-03-05"_s;
        QTest::newRow("dashes") << u"13-Nov-24"_s << u"2024-11-13"_s;
        QTest::newRow("German month") << u"3. Mär 2020"_s << u"2020-03-03"_s;
        QTest::newRow("German month name") << u"3 Okt 2020"_s << u"2020-10-03"_s;
        QTest::newRow("US long") << u"Nov 13, 2024"_s << u"2024-11-13"_s;
        QTest::newRow("US numeric") << u"5/15/1980"_s << u"1980-05-15"_s;
        QTest::newRow("day first") << u"25/12/1979"_s << u"1979-12-25"_s;
        QTest::newRow("German") << u"15.05.1980"_s << u"1980-05-15"_s;
        QTest::newRow("German no year") << u"24.12."_s << u"--12-24"_s;
        QTest::newRow("ISO") << u"1990-05-01"_s << u"1990-05-01"_s;
        QTest::newRow("year-less") << u"--05-17"_s << u"--05-17"_s;
        QTest::newRow("Outlook none") << u"0/0/00"_s << u"none"_s;
        QTest::newRow("no such day") << u"31 Feb 2020"_s << u"none"_s;
        QTest::newRow("words") << u"next Tuesday"_s << u"none"_s;
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        QCOMPARE(::iso(parseCsvDate(text)), iso);
    }

    void tendsOwnCsvReadsBack()
    {
        ContactRecord zoe;
        zoe.displayName = u"Zoë O'Brien, PhD"_s;
        zoe.givenName = u"Zoë"_s;
        zoe.familyName = u"O'Brien"_s;
        zoe.nameSuffix = u"PhD"_s;
        zoe.emails = {{u"work"_s, u"zoe@lab.example"_s}, {u"home"_s, u"zoe@home.example"_s}};
        zoe.phones = {{u"mobile"_s, u"+81 90 1234 5678"_s}};
        zoe.urls = {{u"LinkedIn"_s, u"https://www.linkedin.com/in/zoe"_s}};
        zoe.organisation = u"Kyoto Lab"_s;
        zoe.department = u"Robots, soft"_s;
        zoe.notes = u"=not a formula\nsecond line"_s;
        zoe.title = u"'=typed with its apostrophe"_s;
        zoe.addresses = {{u"work"_s, {}, u"Building 4"_s, u"1-2-3 Yoshida"_s, u"Kyoto"_s, {}, u"606-8501"_s, u"Japan"_s}};
        zoe.birthday = PartialDate{0, 2, 29};
        zoe.anniversary = PartialDate{2015, 6, 20};
        zoe.tags = {u"mentor"_s, u"robotics"_s};
        zoe.metVia = MetVia::Online;
        zoe.connectedOn = QDate(2024, 11, 13);
        zoe.uid = u"urn:uuid:0c8f1e8e"_s;
        ContactRecord org;
        org.displayName = u"Kiwi Co-op"_s;
        org.organisation = u"Kiwi Co-op"_s;

        auto parsed = readContactsData(writeContactsCsv({zoe, org}), {}, u"tend.csv"_s);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->format, FileFormat::Google);
        QCOMPARE(parsed->contacts.size(), 2);
        const ContactRecord &back = parsed->contacts.at(0);
        QCOMPARE(back.displayName, zoe.displayName);
        QCOMPARE(back.givenName, zoe.givenName);
        QCOMPARE(back.nameSuffix, zoe.nameSuffix);
        QCOMPARE(values(back.emails), values(zoe.emails));
        QCOMPARE(values(back.phones), values(zoe.phones));
        QCOMPARE(values(back.urls), values(zoe.urls));
        QCOMPARE(back.department, zoe.department);
        QCOMPARE(back.title, zoe.title);
        QCOMPARE(back.notes, zoe.notes);
        QCOMPARE(back.addresses, zoe.addresses);
        QCOMPARE(iso(back.birthday), u"--02-29"_s);
        QCOMPARE(iso(back.anniversary), u"2015-06-20"_s);
        QCOMPARE(back.tags, zoe.tags);
        QCOMPARE(back.metVia, MetVia::Online);
        QCOMPARE(back.connectedOn, zoe.connectedOn);
        QCOMPARE(back.uid, zoe.uid);
        QCOMPARE(parsed->contacts.at(1).displayName, u"Kiwi Co-op"_s);
    }
};

QTEST_GUILESS_MAIN(TestCsvContacts)
#include "tst_csvcontacts.moc"
