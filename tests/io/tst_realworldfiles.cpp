// Other programs' contact files from ../shared/testdata/real-world (see its SOURCES.md): every
// name SOURCES.md lists must come out exactly. The folder is not part of the repository; where
// it is absent (a clone elsewhere) the suite skips.
#include "io/ContactFile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::io;

namespace {

struct Expected
{
    int records = 0;          // BEGIN:VCARD count, or data rows
    QStringList names;        // displayName of each contact, in order
    QStringList formatted;    // FN exactly as decoded, where SOURCES.md lists one ("" for none)
};

// From SOURCES.md: "FN values (decoded)", or the name source for cards without FN.
const QHash<QString, Expected> &expectations()
{
    static const QHash<QString, Expected> table = {
        {u"vcard/android_v21_adr_multiple_line.vcf"_s, {1, {u"bogus"_s}, {QString()}}},
        {u"vcard/android_v21_base64_no_2_crlf.vcf"_s, {1, {u"fullname"_s}, {u"fullname"_s}}},
        {u"vcard/android_v21_complicated.vcf"_s, {1, {u"Joe Due"_s}, {u"Joe Due"_s}}},
        {u"vcard/android_v21_japanese_2.vcf"_s, {1, {u"安藤 ロイド 1"_s}, {u"安藤 ロイド 1"_s}}},
        {u"vcard/android_v21_nest.vcf"_s, {3, {u"nest1"_s, u"nest2"_s, u"parent"_s}, {}}},
        {u"vcard/android_v30_comma_separated.vcf"_s, {1, {u"G M F"_s}, {QString()}}},
        {u"vcard/android_v40_sort_as.vcf"_s, {1, {u"安藤 ロイド"_s}, {u"安藤 ロイド"_s}}},
        {u"vcard/contactsio_v3_google_export_empty_ablabel_2contacts.vcf"_s,
         {2, {u"Folker Kinzel"_s, u"KMS Außenstelle"_s}, {u"Folker Kinzel"_s, u"KMS Außenstelle"_s}}},
        // Cards 1–2 have only an e-mail: Tend names them by it.
        {u"vcard/ezvcard_John_Doe_ANDROID.vcf"_s,
         {6,
          {u"john.doe@company.com"_s, u"jane.doe@company.com"_s, u"Ñ Ñ Ñ Ñ Ñ"_s, u"Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"_s,
           u"Ñ Ñ Ñ Ñ"_s, u"ÑÑÑÑ"_s},
          {QString(), QString(), u"Ñ Ñ Ñ Ñ Ñ "_s, u"Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ"_s, u"Ñ Ñ Ñ Ñ "_s, u"ÑÑÑÑ"_s}}},
        {u"vcard/ezvcard_John_Doe_EVOLUTION.vcf"_s, {1, {u"Mr. John Richter, James Doe Sr."_s}, {u"Mr. John Richter, James Doe Sr."_s}}},
        {u"vcard/ezvcard_John_Doe_IPHONE.vcf"_s, {1, {u"Mr. John Richter James Doe Sr."_s}, {u"Mr. John Richter James Doe Sr."_s}}},
        {u"vcard/ezvcard_John_Doe_MAC_ADDRESS_BOOK.vcf"_s, {1, {u"Mr. John Richter,James Doe Sr."_s}, {u"Mr. John Richter,James Doe Sr."_s}}},
        {u"vcard/ezvcard_fullcontact.vcf"_s, {1, {u"Prefix FirstName MiddleName LastName Suffix"_s}, {u"Prefix FirstName MiddleName LastName Suffix"_s}}},
        {u"vcard/ezvcard_gmail-single.vcf"_s, {1, {u"Greg Dartmouth"_s}, {u"Greg Dartmouth"_s}}},
        {u"vcard/ezvcard_issue114_v4_label_caret.vcf"_s, {1, {u"Dummy, Dummy"_s}, {u"Dummy, Dummy"_s}}},
        {u"vcard/ezvcard_outlook-2007.vcf"_s, {1, {u"Mr. Michael Angstadt Jr."_s}, {u"Mr. Michael Angstadt Jr."_s}}},
        {u"vcard/ezvcard_rfc6350-example.vcf"_s, {1, {u"Simon Perreault"_s}, {u"Simon Perreault"_s}}},
        {u"vcard/fkvcards_AnsiIssue_outlook_v21_raw_cp1252_no_charset.vcf"_s, {1, {u"Ralf Rastral"_s}, {u"Ralf Rastral"_s}}},
        {u"vcard/fkvcards_v3_utf16le_bom_2contacts.vcf"_s,
         {2, {u"Folker Kinzel"_s, u"KMS Außenstelle"_s}, {u"Folker Kinzel"_s, u"KMS Außenstelle"_s}}},
        {u"vcard/kcontacts_testfullvcard_v4_kaddressbook.vcf"_s, {1, {u"Sherlock Holmes"_s}, {u"Sherlock Holmes"_s}}},
        {u"vcard/kcontacts_vcard12_evolution_two_photos.vcf"_s, {1, {u"Good Looking"_s}, {u"Good Looking"_s}}},
        {u"vcard/kcontacts_vcard4_ximian_evolution_no_version.vcf"_s, {1, {u"Ximian, Inc."_s}, {QString()}}},
        {u"vcard/kcontacts_vcard8_uppercase_N_newline_escape.vcf"_s, {1, {u"test"_s}, {u"test"_s}}},
        {u"vcard/libical_issue339_outlook_v21_cardpicture.vcf"_s, {1, {u"Test de Tester 04-04 (outlook)"_s}, {u"Test de Tester 04-04 (outlook)"_s}}},
        {u"vcard/libical_test_v4_version_space_second_card_no_version.vcf"_s,
         {2, {u"Simon Perreault"_s, u"Mickey Mouse"_s}, {u"Simon Perreault"_s, u"Mickey Mouse"_s}}},
        {u"vcard/roundcube_johndoe_v21_charset_windows-1252.vcf"_s, {1, {u"John Doë"_s}, {u"John Doë"_s}}},
        {u"vcard/roundcube_utf-16be_no_bom_apple.vcf"_s, {1, {u"Ǽgean ĽdaMonté"_s}, {u"Ǽgean ĽdaMonté"_s}}},
        // A photo and nothing else: no contact, and a reason.
        {u"vcard/sabre_issue64_v21_photo_only_no_fn.vcf"_s, {1, {}, {}}},
        {u"vcard/vobject_simple_3_0_test_escapes.vcf"_s,
         {1, {u"Daffy Duck Knudson (with Bugs Bunny and Mr. Pluto)"_s}, {u"Daffy Duck Knudson (with Bugs Bunny and Mr. Pluto)"_s}}},
        {u"csv/foldmark_google_contacts_new_format_subset.csv"_s,
         {3, {u"Erika Beispiel"_s, u"Max Mustermann"_s, u"Stadtverwaltung Beispielstadt"_s}, {}}},
        {u"csv/linkedin_networkjobs_Connections.csv"_s,
         {10, {u"Ada Lovelace"_s, u"Jane Doe"_s, u"John Smith"_s, u"Alice Chen"_s, u"Bob Lee"_s, u"Carol Nguyen"_s,
               u"Dan Park"_s, u"Eve Kim"_s, u"Frank Wu"_s, u"Grace Zhao"_s}, {}}},
        {u"csv/roundcube_gmail_google_contacts_legacy.csv"_s, {1, {u"Prefix Firstname Middle Lastname Suffix"_s}, {}}},
        {u"csv/roundcube_gmail_google_contacts_legacy.expected.vcf"_s,
         {1, {u"Prefix Firstname Middle Lastname Suffix"_s}, {u"Prefix Firstname Middle Lastname Suffix"_s}}},
    };
    return table;
}

QString folder()
{
    return QString::fromUtf8(TEND_REAL_WORLD_DATA);
}

ParsedFile read(const QString &relative)
{
    auto parsed = readContactsFile(folder() + u'/' + relative);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    return std::move(parsed).value();
}

const ContactRecord &only(const ParsedFile &file)
{
    if (file.contacts.size() != 1)
        qFatal("%s: %d contacts", qPrintable(file.fileName), int(file.contacts.size()));
    return file.contacts.constFirst();
}

} // namespace

class TestRealWorldFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (folder().isEmpty() || !QFile::exists(folder() + u"/SOURCES.md"_s))
            QSKIP("shared/testdata/real-world is not beside this checkout (set TEND_REAL_WORLD_DATA in CMake)");
    }

    void everyFileIsExpected()
    {
        QFile sources(folder() + u"/SOURCES.md"_s);
        QVERIFY(sources.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(sources.readAll());
        // The table rows name their file first: | `file.vcf` | …
        static const QRegularExpression row(u"^\\| `([^`]+\\.(?:vcf|csv))` \\|"_s, QRegularExpression::MultilineOption);
        int listed = 0;
        for (auto it = row.globalMatch(text); it.hasNext();) {
            const QString file = it.next().captured(1);
            const QString relative = (file.endsWith(u".csv") ? u"csv/"_s : u"vcard/"_s) + file;
            QVERIFY2(expectations().contains(relative), qPrintable(relative));
            ++listed;
        }
        QCOMPARE(listed, 32);
        for (const QString &sub : {u"vcard"_s, u"csv"_s}) {
            for (const QString &file : QDir(folder() + u'/' + sub).entryList(QDir::Files))
                QVERIFY2(expectations().contains(sub + u'/' + file), qPrintable(file));
        }
    }

    void namesComeOutExactly_data()
    {
        QTest::addColumn<QString>("file");
        QStringList files = expectations().keys();
        files.sort();
        for (const QString &file : std::as_const(files))
            QTest::newRow(qPrintable(file)) << file;
    }
    void namesComeOutExactly()
    {
        QFETCH(QString, file);
        const Expected &expected = expectations().value(file);
        const ParsedFile parsed = read(file);
        QCOMPARE(parsed.recordCount, expected.records);
        QStringList names;
        for (const ContactRecord &r : parsed.contacts)
            names.append(r.displayName);
        QCOMPARE(names, expected.names);
        for (qsizetype i = 0; i < expected.formatted.size(); ++i)
            QCOMPARE(parsed.contacts.at(i).formattedName, expected.formatted.at(i));
        QCOMPARE(countSkipped(parsed.problems), qsizetype(expected.records - names.size()));
    }

    // The "Expected / remarks" of SOURCES.md beyond names.
    void remarks()
    {
        const ContactRecord ansi = only(read(u"vcard/fkvcards_AnsiIssue_outlook_v21_raw_cp1252_no_charset.vcf"_s));
        QCOMPARE(ansi.addresses.at(0).street, u"Lämmerweg 12"_s);
        QCOMPARE(ansi.addresses.at(0).locality, u"Kleindorf"_s);

        const ContactRecord joe = only(read(u"vcard/android_v21_complicated.vcf"_s));
        QCOMPARE((QStringList{joe.familyName, joe.givenName, joe.additionalNames, joe.namePrefix, joe.nameSuffix}),
                 (QStringList{u"Gump"_s, u"Forrest"_s, u"Hoge"_s, u"Pos"_s, u"Tao"_s}));

        const ContactRecord japanese = only(read(u"vcard/android_v21_japanese_2.vcf"_s));
        QCOMPARE(japanese.familyName, u"安藤"_s);
        QCOMPARE(japanese.givenName, u"ロイド1"_s);

        const ContactRecord comma = only(read(u"vcard/android_v30_comma_separated.vcf"_s));
        QCOMPARE((QStringList{comma.givenName, comma.additionalNames, comma.familyName}),
                 (QStringList{u"G"_s, u"M"_s, u"F"_s}));

        const ParsedFile nest = read(u"vcard/android_v21_nest.vcf"_s);
        QCOMPARE(nest.contacts.at(2).phones.constFirst().value, u"1"_s); // the parent keeps its TEL

        const ContactRecord evolution = only(read(u"vcard/ezvcard_John_Doe_EVOLUTION.vcf"_s));
        QCOMPARE(evolution.additionalNames, u"Richter, James"_s);

        const ContactRecord kde = only(read(u"vcard/kcontacts_vcard8_uppercase_N_newline_escape.vcf"_s));
        QCOMPARE(kde.notes, u"line one\nline two\nline three"_s);

        const ContactRecord doe = only(read(u"vcard/roundcube_johndoe_v21_charset_windows-1252.vcf"_s));
        QCOMPARE(doe.emails.size(), 2);
        QCOMPARE(doe.emails.constFirst().value, u"roundcube@gmail.com"_s); // TYPE=pref first

        const ContactRecord ximian = only(read(u"vcard/kcontacts_vcard4_ximian_evolution_no_version.vcf"_s));
        QCOMPARE(ximian.nameSource, ContactRecord::NameSource::Organisation);

        const ContactRecord rfc = only(read(u"vcard/ezvcard_rfc6350-example.vcf"_s));
        QCOMPARE(rfc.birthday->toIso(), u"--02-03"_s);

        const ContactRecord gmail = only(read(u"csv/roundcube_gmail_google_contacts_legacy.csv"_s));
        QCOMPARE((QStringList{gmail.givenName, gmail.additionalNames, gmail.familyName}),
                 (QStringList{u"Firstname"_s, u"Middle"_s, u"Lastname"_s}));
        QCOMPARE(gmail.emails.size(), 4);
        QCOMPARE(gmail.phones.size(), 7);
        QCOMPARE(gmail.addresses.size(), 2);

        const ParsedFile linkedin = read(u"csv/linkedin_networkjobs_Connections.csv"_s);
        QCOMPARE(linkedin.format, FileFormat::LinkedIn);
        for (const ContactRecord &r : linkedin.contacts) {
            QCOMPARE(r.metVia, MetVia::Online);
            QVERIFY(r.connectedOn.isValid());
        }
        QCOMPARE(linkedin.contacts.constFirst().connectedOn, QDate(2024, 1, 1));

        const ParsedFile google = read(u"csv/foldmark_google_contacts_new_format_subset.csv"_s);
        QCOMPARE(google.contacts.at(0).tags, QStringList{u"Kunden"_s});
        QCOMPARE(google.contacts.at(0).notes, u"Kennt sich aus, \"sehr\" hilfsbereit"_s);
    }
};

QTEST_GUILESS_MAIN(TestRealWorldFiles)
#include "tst_realworldfiles.moc"
