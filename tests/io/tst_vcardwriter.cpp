#include "IoTestSupport.h"

#include "io/vcard/VCardMapping.h"
#include "io/vcard/VCardParser.h"
#include "io/vcard/VCardWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::io;

namespace {

const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0=");

ContactRecord richRecord()
{
    ContactRecord r;
    r.uid = u"urn:uuid:0c8f1e8e-8d1a-4a8e-9d2e-5a1b6c7d8e9f"_s;
    r.displayName = u"Zoë O'Brien-Nakamura, PhD"_s;
    r.namePrefix = u"Dr."_s;
    r.givenName = u"Zoë"_s;
    r.familyName = u"O'Brien-Nakamura"_s;
    r.nameSuffix = u"PhD"_s;
    r.nickname = u"Zo"_s;
    r.emails = {{u"work"_s, u"zoe@lab.example"_s}, {u"home"_s, u"zoe@home.example"_s}};
    r.phones = {{u"mobile"_s, u"+81 90 1234 5678"_s}, {u"Lab bench"_s, u"+81 3 5555 0000"_s}};
    r.urls = {{u"work"_s, u"https://lab.example/zoe?a=1,b=2"_s}};
    r.organisation = u"Kyoto Lab; Robotics"_s;
    r.department = u"Soft, Squishy Robots"_s;
    r.title = u"Principal Investigator"_s;
    r.notes = u"Met at ICRA 2023, Yokohama; talked about 山田's gripper.\nFollow up: grant deadline. "_s
              u"This sentence is long enough to be folded at least twice, with emoji 🎉🤖 across the fold."_s;
    r.addresses = {{u"work"_s, {}, u"Building 4"_s, u"1-2-3 Yoshida; Sakyo"_s, u"Kyoto"_s, {}, u"606-8501"_s, u"Japan"_s}};
    r.birthday = PartialDate{0, 2, 29};
    r.anniversary = PartialDate{2015, 6, 20};
    r.tags = {u"mentor"_s, u"robotics, soft"_s};
    r.photo = {png, u"image/png"_s, {}};
    return r;
}

ContactRecord readBack(const QByteArray &vcard)
{
    auto parsed = parseVCards(vcard);
    if (!parsed || parsed->cards.size() != 1 || countSkipped(parsed->problems) > 0)
        qFatal("Tend's own card did not read back:\n%s", vcard.constData());
    return recordFromVCard(parsed->cards.constFirst());
}

ContactRecord fixtureRecord(const QString &file)
{
    auto parsed = parseVCards(test::readFixture(u"vcard/"_s + file));
    return recordFromVCard(parsed->cards.constFirst());
}

QStringList values(const QList<LabelledValue> &list)
{
    QStringList out;
    for (const LabelledValue &v : list)
        out.append(v.label + u'=' + v.value);
    return out;
}

void compareFields(const ContactRecord &a, const ContactRecord &b)
{
    QCOMPARE(a.displayName, b.displayName);
    QCOMPARE(a.namePrefix, b.namePrefix);
    QCOMPARE(a.givenName, b.givenName);
    QCOMPARE(a.additionalNames, b.additionalNames);
    QCOMPARE(a.familyName, b.familyName);
    QCOMPARE(a.nameSuffix, b.nameSuffix);
    QCOMPARE(a.nickname, b.nickname);
    QCOMPARE(values(a.emails), values(b.emails));
    QCOMPARE(values(a.phones), values(b.phones));
    QCOMPARE(values(a.urls), values(b.urls));
    QCOMPARE(a.organisation, b.organisation);
    QCOMPARE(a.department, b.department);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.notes, b.notes);
    QCOMPARE(a.addresses, b.addresses);
    QCOMPARE(a.birthday ? a.birthday->toIso() : QString(), b.birthday ? b.birthday->toIso() : QString());
    QCOMPARE(a.anniversary ? a.anniversary->toIso() : QString(), b.anniversary ? b.anniversary->toIso() : QString());
    QCOMPARE(a.tags, b.tags);
    QCOMPARE(a.photo, b.photo);
    QCOMPARE(a.uid, b.uid);
}

QList<QByteArray> physicalLines(const QByteArray &vcard)
{
    QList<QByteArray> lines = vcard.split('\n');
    lines.removeLast(); // after the final CRLF
    return lines;
}

// Python's vobject reads the cards and says what it found.
const QString vobjectReader = uR"(
import sys, json, vobject
def text(v):
    return ' '.join(text(x) for x in v) if isinstance(v, list) else ('' if v is None else str(v))
out = []
for card in vobject.readComponents(sys.stdin.read()):
    c = card.contents
    vals = lambda name: [l.value for l in c.get(name, [])]
    n = c['n'][0].value if 'n' in c else None
    adr = c['adr'][0].value if 'adr' in c else None
    photo = c['photo'][0].value if 'photo' in c else None
    out.append({
        'version': vals('version'), 'fn': vals('fn'),
        'n': [text(n.family), text(n.given), text(n.additional), text(n.prefix), text(n.suffix)] if n else [],
        'email': vals('email'), 'tel': vals('tel'), 'url': vals('url'),
        'org': [text(v) for v in vals('org')], 'title': vals('title'), 'note': vals('note'),
        'categories': [text(v) for v in vals('categories')], 'bday': vals('bday'),
        'street': text(adr.street) if adr else '', 'city': text(adr.city) if adr else '',
        'photo': len(photo) if isinstance(photo, bytes) else (photo or ''),
        'custom': vals('x-custom'),
    })
print(json.dumps(out))
)"_s;

} // namespace

class TestVCardWriter : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsEveryField_data()
    {
        QTest::addColumn<VCardVersion>("version");
        QTest::newRow("4.0") << VCardVersion::V4_0;
        QTest::newRow("3.0") << VCardVersion::V3_0;
    }
    void roundTripsEveryField()
    {
        QFETCH(VCardVersion, version);
        const ContactRecord original = richRecord();
        VCardWriteOptions options;
        options.version = version;
        const QByteArray vcard = writeVCard(original, options);
        compareFields(readBack(vcard), original);
    }

    void writesWellFormedLines()
    {
        const QByteArray vcard = writeVCard(richRecord());
        QVERIFY(vcard.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:-//Tend//Tend//EN\r\n"));
        QVERIFY(vcard.endsWith("END:VCARD\r\n"));
        for (const QByteArray &line : physicalLines(vcard)) {
            QVERIFY2(line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() - 1 <= 75, line.constData());
            QVERIFY(!line.chopped(1).contains('\r'));
        }
        QVERIFY(vcard.contains("FN:Zoë O'Brien-Nakamura\\, PhD\r\n"));
        QVERIFY(vcard.contains("ORG:Kyoto Lab\\; Robotics;Soft\\, Squishy Robots\r\n"));
        QVERIFY(vcard.contains("CATEGORIES:mentor,robotics\\, soft\r\n"));
        QVERIFY(vcard.contains("BDAY:--0229\r\n"));
        QVERIFY(vcard.contains("ANNIVERSARY:20150620\r\n"));
        QVERIFY(vcard.contains("PHOTO:data:image/png;base64,iVBOR"));
        QVERIFY(vcard.contains("item1.TEL:+81 3 5555 0000\r\nitem1.X-ABLabel:Lab bench\r\n"));
        QVERIFY(vcard.contains("EMAIL;TYPE=work;PREF=1:zoe@lab.example\r\n"));
    }

    void aWholeNameGetsItsPartsForPrograms()
    {
        const auto nameLine = [](const QString &name) {
            ContactRecord record;
            record.displayName = name;
            const QString card = QString::fromUtf8(writeVCard(record));
            const qsizetype start = card.indexOf(u"\r\nN:"_s) + 2;
            return card.mid(start, card.indexOf(u"\r\n"_s, start) - start);
        };
        QCOMPARE(nameLine(u"Grace Brewster Hopper"_s), u"N:Hopper;Grace Brewster;;;"_s);
        QCOMPARE(nameLine(u"Cher"_s), u"N:;Cher;;;"_s);
        QCOMPARE(nameLine(u"Hopper, Grace"_s), u"N:;Hopper\\, Grace;;;"_s); // no guessing
        QCOMPARE(nameLine(u"Ada Lovelace, PhD"_s), u"N:;Ada Lovelace\\, PhD;;;"_s);
        QCOMPARE(nameLine(u"山田 太郎"_s), u"N:;山田 太郎;;;"_s);
    }

    void writesVersion3ForAppleAndAndroid()
    {
        VCardWriteOptions options;
        options.version = VCardVersion::V3_0;
        const QByteArray vcard = writeVCard(richRecord(), options);
        QVERIFY(vcard.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        QVERIFY(vcard.contains("BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29\r\n"));
        QVERIFY(vcard.contains("X-ANNIVERSARY:2015-06-20\r\n"));
        QVERIFY(vcard.contains("PHOTO;ENCODING=b;TYPE=PNG:iVBOR"));
        QVERIFY(vcard.contains("EMAIL;TYPE=WORK;TYPE=PREF:zoe@lab.example\r\n"));
    }

    void mergesIntoTheOriginalCardKeepingWhatTendDoesNotKnow()
    {
        ContactRecord hans = fixtureRecord(u"v40_features.vcf"_s);
        hans.notes = u"Now retired."_s;
        hans.emails = {hans.emails.at(0), {u"work"_s, u"hans@new-uni.example"_s}}; // home kept, work changed
        hans.phones.removeLast();
        const QByteArray vcard = writeVCard(hans);
        // Unknown properties, exactly; the original REV and PRODID are not Tend's to keep.
        QVERIFY(vcard.contains("X-CUSTOM;X-PARAM=one,\"two;three\":keep me\\, as I am\r\n"));
        QVERIFY(vcard.contains("KIND:individual\r\n"));
        QVERIFY(vcard.contains("GENDER:M\r\n"));
        QVERIFY(!vcard.contains("REV:"));
        // A value Tend still has keeps its parameters; N keeps SORT-AS.
        QVERIFY(vcard.contains("EMAIL;TYPE=home;PREF=1:hans@home.example\r\n"));
        QVERIFY(vcard.contains("EMAIL;TYPE=work:hans@new-uni.example\r\n"));
        QVERIFY(!vcard.contains("hans@uni.example"));
        QVERIFY(vcard.contains("N;SORT-AS=\"Mueller,Hans\":"));
        QVERIFY(vcard.contains("NOTE:Now retired.\r\n"));
        QVERIFY(!vcard.contains("+49 170 1111111"));
        compareFields(readBack(vcard), hans);
    }

    void labelsGoWithTheirValues()
    {
        ContactRecord ada = fixtureRecord(u"v30_apple_crcrlf.vcf"_s);
        ada.emails = {ada.emails.at(0), {u"Conference"_s, u"ada@icalp.example"_s}}; // the Poetry one goes
        VCardWriteOptions options;
        options.version = VCardVersion::V3_0;
        const QByteArray vcard = writeVCard(ada, options);
        QVERIFY(vcard.contains("item1.EMAIL;TYPE=INTERNET;TYPE=pref:ada@engines.example\r\n"));
        QVERIFY(vcard.contains("item1.X-ABLABEL:_$!<Other>!$_\r\n"));
        QVERIFY(!vcard.contains("Poetry"));
        QVERIFY(vcard.contains("item6.EMAIL:ada@icalp.example\r\nitem6.X-ABLabel:Conference\r\n"));
        QVERIFY(vcard.contains("item5.X-ABADR:gb\r\n")); // the address is unchanged, so its country code stays
        QVERIFY(vcard.contains("X-ABUID:5AD380FD-B2DE-4261-BA99-DE1D1DB52FBE\\:ABPerson\r\n"));
        compareFields(readBack(vcard), ada);
    }

    void fieldsTendDoesNotHoldComeFromTheOriginal()
    {
        ContactRecord ada = fixtureRecord(u"v30_apple_crcrlf.vcf"_s);
        ada.birthday.reset();
        ada.tags.clear();
        ada.photo = {};
        VCardWriteOptions options;
        options.fields = VCardField::All;
        options.fields &= ~VCardFields(VCardField::Birthday | VCardField::Tags | VCardField::Photo);
        const QByteArray vcard = writeVCard(ada, options);
        QVERIFY(vcard.contains("BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29\r\n"));
        QVERIFY(vcard.contains("CATEGORIES:mentor,mathematics\r\n"));
        QVERIFY(vcard.contains("PHOTO:data:image/jpeg;base64,/9j/"));
        const ContactRecord back = readBack(vcard);
        QCOMPARE(back.birthday->toIso(), u"--02-29"_s);
        QCOMPARE(back.photo.data.size(), 62);
    }

    void legacyCardsBecomeUtf8()
    {
        const ContactRecord brandt = fixtureRecord(u"v21_outlook_windows1252.vcf"_s);
        const QByteArray vcard = writeVCard(brandt);
        QVERIFY(!vcard.contains("CHARSET"));
        QVERIFY(!vcard.contains("QUOTED-PRINTABLE"));
        QVERIFY(vcard.contains("FN:Dr. Jürgen Brandt\r\n"));
        QVERIFY(vcard.contains("X-MS-OL-DEFAULT-POSTAL-ADDRESS:2\r\n"));
        QVERIFY(vcard.contains("N;LANGUAGE=de:Brandt;Jürgen;;Dr.;\r\n"));
        compareFields(readBack(vcard), brandt);
    }

    void controlCharactersStayOut()
    {
        // Found by libFuzzer: a NUL-ridden name made Tend's own card look like UTF-16.
        const QByteArray card = QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Wo") + QByteArray(300, '\0')
            + "z\x01\r\nNOTE:bell\x07 here\r\nEND:VCARD\r\n";
        auto parsed = parseVCards(card);
        QVERIFY(parsed);
        const ContactRecord record = recordFromVCard(parsed->cards.constFirst());
        QCOMPARE(record.displayName, u"Woz"_s);
        const QByteArray written = writeVCard(record);
        QVERIFY(!written.contains('\0'));
        QVERIFY(!written.contains('\x07'));
        const ContactRecord back = readBack(written);
        QCOMPARE(back.displayName, u"Woz"_s);
        QCOMPARE(back.notes, u"bell here"_s);

        // A parameter name with a control character in it is noise, not a CHARSET to obey later.
        const QByteArray noisy = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN;CHAR\x01SET=Windows-1252:J\xC3\xBCrgen\r\nEND:VCARD\r\n";
        const ContactRecord juergen = recordFromVCard(parseVCards(noisy)->cards.constFirst());
        QCOMPARE(juergen.displayName, u"Jürgen"_s);
        QCOMPARE(readBack(writeVCard(juergen)).displayName, u"Jürgen"_s);
    }

    void vobjectReadsTendsCards_data()
    {
        QTest::addColumn<VCardVersion>("version");
        QTest::newRow("4.0") << VCardVersion::V4_0;
        QTest::newRow("3.0") << VCardVersion::V3_0;
    }
    void vobjectReadsTendsCards()
    {
        QFETCH(VCardVersion, version);
        const QString python = test::pythonWith(u"vobject"_s);
        if (python.isEmpty())
            QFAIL("python3-vobject is missing: scripts/install-deps.sh installs it");
        VCardWriteOptions options;
        options.version = version;
        const QList<ContactRecord> records = {richRecord(), fixtureRecord(u"v40_features.vcf"_s),
                                              fixtureRecord(u"v21_shift_jis.vcf"_s)};
        const test::PythonResult result = test::runPython(python, vobjectReader, writeVCards(records, options));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonArray cards = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(cards.size(), 3);

        const QJsonObject zoe = cards.at(0).toObject();
        QCOMPARE(zoe[u"version"].toArray().at(0).toString(), version == VCardVersion::V4_0 ? u"4.0"_s : u"3.0"_s);
        QCOMPARE(zoe[u"fn"].toArray().at(0).toString(), u"Zoë O'Brien-Nakamura, PhD"_s);
        QCOMPARE(zoe[u"n"].toArray().at(0).toString(), u"O'Brien-Nakamura"_s);
        QCOMPARE(zoe[u"n"].toArray().at(1).toString(), u"Zoë"_s);
        QCOMPARE(zoe[u"email"].toArray().at(0).toString(), u"zoe@lab.example"_s);
        QCOMPARE(zoe[u"email"].toArray().at(1).toString(), u"zoe@home.example"_s);
        QCOMPARE(zoe[u"tel"].toArray().size(), 2);
        QCOMPARE(zoe[u"org"].toArray().at(0).toString(), u"Kyoto Lab; Robotics Soft, Squishy Robots"_s);
        QCOMPARE(zoe[u"title"].toArray().at(0).toString(), u"Principal Investigator"_s);
        QCOMPARE(zoe[u"note"].toArray().at(0).toString(), richRecord().notes);
        QCOMPARE(zoe[u"categories"].toArray().at(0).toString(), u"mentor robotics, soft"_s);
        QCOMPARE(zoe[u"street"].toString(), u"1-2-3 Yoshida; Sakyo"_s);
        QCOMPARE(zoe[u"city"].toString(), u"Kyoto"_s);
        if (version == VCardVersion::V3_0)
            QCOMPARE(zoe[u"photo"].toInt(), int(png.size())); // vobject decodes ENCODING=b itself
        else // vobject (a 3.0 reader) stops a URI value at its comma; the data: prefix is what it sees
            QVERIFY(zoe[u"photo"].toString().startsWith(u"data:image/png;base64"_s));

        const QJsonObject hans = cards.at(1).toObject();
        QCOMPARE(hans[u"custom"].toArray().at(0).toString(), u"keep me, as I am"_s);
        QCOMPARE(cards.at(2).toObject()[u"fn"].toArray().at(0).toString(), u"山田 太郎"_s);
    }
};

QTEST_GUILESS_MAIN(TestVCardWriter)
#include "tst_vcardwriter.moc"
