#include "IoTestSupport.h"
#include "TestSupport.h"

#include "io/ContactFile.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::io;

namespace {

QString copyFixture(const QTemporaryDir &dir, const QString &fixture, const QString &as)
{
    const QString path = dir.filePath(as);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(test::readFixture(fixture)) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestContactFile : public QObject
{
    Q_OBJECT
private slots:
    void detectsFormatAndEncodingFromContent_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<FileFormat>("format");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("vCard 2.1 windows-1252") << u"vcard/v21_outlook_windows1252.vcf"_s << FileFormat::VCard << u"windows-1252"_s;
        QTest::newRow("vCard Shift_JIS") << u"vcard/v21_shift_jis.vcf"_s << FileFormat::VCard << u"Shift_JIS"_s;
        QTest::newRow("vCard UTF-16BE") << u"vcard/v30_utf16be_nobom.vcf"_s << FileFormat::VCard << u"UTF-16BE"_s;
        QTest::newRow("vCard 4.0") << u"vcard/v40_features.vcf"_s << FileFormat::VCard << u"UTF-8"_s;
        QTest::newRow("LinkedIn") << u"csv/linkedin_connections.csv"_s << FileFormat::LinkedIn << u"UTF-8"_s;
        QTest::newRow("Google new") << u"csv/google_new_layout.csv"_s << FileFormat::Google << u"UTF-8"_s;
        QTest::newRow("Google legacy") << u"csv/google_legacy_layout.csv"_s << FileFormat::Google << u"UTF-8"_s;
        QTest::newRow("Outlook") << u"csv/outlook.csv"_s << FileFormat::Outlook << u"UTF-8"_s;
        QTest::newRow("Thunderbird") << u"csv/thunderbird_de_windows1252.csv"_s << FileFormat::Csv << u"windows-1252"_s;
        QTest::newRow("semicolons") << u"csv/semicolon_excel_de.csv"_s << FileFormat::Csv << u"UTF-8"_s;
        QTest::newRow("UTF-16 tabs") << u"csv/utf16le_tabs.csv"_s << FileFormat::Csv << u"UTF-16LE"_s;
        QTest::newRow("no header") << u"csv/no_header.csv"_s << FileFormat::Auto << u"UTF-8"_s;
    }
    void detectsFormatAndEncodingFromContent()
    {
        QFETCH(QString, fixture);
        QFETCH(FileFormat, format);
        QFETCH(QString, encoding);
        const DetectedFormat detected = detectFormat(test::readFixture(fixture));
        QCOMPARE(toKey(detected.format), toKey(format));
        QCOMPARE(detected.encoding, encoding);
    }

    void detectsJson()
    {
        QCOMPARE(detectFormat("\xEF\xBB\xBF  {\"version\": 1}").format, FileFormat::Json);
        QCOMPARE(detectFormat("[]").format, FileFormat::Json);
        auto parsed = readContactsData("{\"contacts\": []}", {}, u"backup.json"_s);
        QVERIFY(!parsed);
        QVERIFY(parsed.error().message.startsWith(u"backup.json: this is a JSON file"_s));
    }

    void theNameOfTheFileDoesNotMatter()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, u"vcard/v40_features.vcf"_s, u"contacts.csv"_s);
        auto parsed = readContactsFile(path);
        QVERIFY(parsed);
        QCOMPARE(parsed->format, FileFormat::VCard);
        QCOMPARE(parsed->fileName, u"contacts.csv"_s);
        QCOMPARE(parsed->contacts.size(), 1);
    }

    void formatKeys()
    {
        for (const QString &key : {u"auto"_s, u"vcard"_s, u"linkedin"_s, u"google"_s, u"outlook"_s, u"csv"_s, u"json"_s})
            QCOMPARE(toKey(fileFormatFromKey(key).value()), key);
        QCOMPARE(fileFormatFromKey(u"VCard").value(), FileFormat::VCard);
        QVERIFY(!fileFormatFromKey(u"xls"));
    }

    void aForcedFormatIsUsed()
    {
        ReadOptions options;
        options.format = FileFormat::LinkedIn; // a hand-made sheet of LinkedIn contacts
        auto parsed = readContactsData("Name,Email\nAda Lovelace,ada@example.org\n", options, u"x.csv"_s);
        QVERIFY(parsed);
        QCOMPARE(parsed->format, FileFormat::LinkedIn);
        QCOMPARE(parsed->contacts.constFirst().metVia, MetVia::Online);

        options.format = FileFormat::VCard;
        parsed = readContactsData("Name,Email\nAda Lovelace,ada@example.org\n", options, u"x.csv"_s);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().message, u"x.csv: there is no BEGIN:VCARD … END:VCARD card in the file"_s);
    }

    void strictRefusesTheWholeFile()
    {
        const QByteArray damaged = test::readFixture(u"vcard/damaged.vcf"_s);
        auto lenient = readContactsData(damaged, {}, u"damaged.vcf"_s);
        QVERIFY(lenient);
        QCOMPARE(lenient->contacts.size(), 4);
        QCOMPARE(lenient->recordCount, 6);
        ReadOptions strict;
        strict.strict = true;
        auto refused = readContactsData(damaged, strict, u"damaged.vcf"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 u"damaged.vcf: line 10 (NOTE): QUOTED-PRINTABLE sequence '=G1' is not hexadecimal; the card (lines "
                 "6–11) is left out (strict: the whole file is refused, since 2 records would be left out)"_s);
        // Warnings alone do not make a file damaged.
        QVERIFY(readContactsData(test::readFixture(u"vcard/v40_features.vcf"_s), strict));
    }

    void refusesLargeFilesWithoutReadingThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"huge.vcf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("BEGIN:VCARD\r\n") > 0);
        QVERIFY(file.resize(io::limits::maxFileBytes + 1)); // sparse: nothing to read, so a read would show
        file.close();
        QElapsedTimer timer;
        timer.start();
        auto parsed = readContactsFile(path);
        QVERIFY(!parsed);
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(parsed.error().message,
                 u"huge.vcf: the file is 100.0 MB, more than the 100 MB Tend imports; it was not read"_s);

        ReadOptions small;
        small.maxFileBytes = 10;
        QVERIFY(!readContactsData("BEGIN:VCARD\r\nEND:VCARD\r\n", small));
    }

    void refusesLongLines()
    {
        ReadOptions options;
        options.maxLineBytes = 64;
        const QByteArray csv = "Name,Notes\nAda," + QByteArray(100, 'x') + "\n";
        auto parsed = readContactsData(csv, options, u"long.csv"_s);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().message,
                 u"long.csv: line 2: a line of 104 bytes is longer than the 64 bytes Tend reads; the file was not imported"_s);
        const QByteArray vcard = "BEGIN:VCARD\r\nNOTE:" + QByteArray(100, 'x') + "\r\nEND:VCARD\r\n";
        parsed = readContactsData(vcard, options, u"long.vcf"_s);
        QVERIFY(!parsed);
        QVERIFY(parsed.error().message.startsWith(u"long.vcf: line 2: a line of"_s));
    }

    void neverChangesTheFile()
    {
        QTemporaryDir dir;
        const QStringList fixtures = {u"vcard/v21_outlook_windows1252.vcf"_s, u"vcard/damaged.vcf"_s,
                                      u"csv/thunderbird_de_windows1252.csv"_s, u"csv/broken_quote.csv"_s};
        for (const QString &fixture : fixtures) {
            const QString path = copyFixture(dir, fixture, QFileInfo(fixture).fileName());
            QFile::setPermissions(path, QFile::ReadOwner); // read-only: a write would fail loudly
            const QDateTime modified = QFileInfo(path).lastModified();
            const QByteArray before = test::fileDigest(path);
            ReadOptions options;
            QVERIFY(readContactsFile(path, options));
            options.strict = true;
            (void)readContactsFile(path, options);
            QCOMPARE(test::fileDigest(path), before);
            QCOMPARE(QFileInfo(path).lastModified(), modified);
        }
    }

    void unreadableFilesAreNamed()
    {
        auto parsed = readContactsFile(u"/nonexistent/folder/friends.vcf"_s);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, Error::Code::Io);
        QVERIFY(parsed.error().message.startsWith(u"friends.vcf: cannot be read"_s));
        auto unknown = readContactsData("just some words\nwithout structure\n", {}, u"notes.txt"_s);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.startsWith(u"notes.txt: this is not a file Tend can import"_s));
    }

    void anEncodingCanBeForced()
    {
        const QByteArray csv = test::readFixture(u"csv/thunderbird_de_windows1252.csv"_s);
        ReadOptions options;
        options.encoding = u"ISO-8859-15"_s;
        auto parsed = readContactsData(csv, options);
        QVERIFY(parsed);
        QCOMPARE(parsed->encoding, u"ISO-8859-15"_s);
        QCOMPARE(parsed->contacts.constFirst().displayName, u"Jürgen Groß"_s);
        options.encoding = u"klingon"_s;
        QVERIFY(!readContactsData(csv, options));

        // A vCard's undeclared 8-bit text in the encoding named.
        const QByteArray card = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:M\xC3\xBCller\r\nEND:VCARD\r\n";
        QCOMPARE(readContactsData(card)->contacts.constFirst().displayName, u"Müller"_s);
        options.encoding = u"windows-1252"_s;
        QCOMPARE(readContactsData(card, options)->contacts.constFirst().displayName, u"MÃ¼ller"_s);
    }
};

QTEST_GUILESS_MAIN(TestContactFile)
#include "tst_contactfile.moc"
