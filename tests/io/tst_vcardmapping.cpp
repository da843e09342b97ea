#include "IoTestSupport.h"

#include "io/vcard/VCardMapping.h"
#include "io/vcard/VCardParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::io;

namespace {

QList<ContactRecord> records(const QString &fixture, QList<ImportProblem> *problems = nullptr)
{
    auto parsed = parseVCards(test::readFixture(u"vcard/"_s + fixture));
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    QList<ContactRecord> out;
    for (const VCard &card : parsed->cards)
        out.append(recordFromVCard(card, problems));
    return out;
}

QString iso(const std::optional<PartialDate> &date)
{
    return date ? date->toIso() : u"none"_s;
}

QStringList values(const QList<LabelledValue> &list)
{
    QStringList out;
    for (const LabelledValue &v : list)
        out.append(v.label + u'=' + v.value);
    return out;
}

} // namespace

class TestVCardMapping : public QObject
{
    Q_OBJECT
private slots:
    void namesFromFnNOrgAndTheRest()
    {
        const QList<ContactRecord> cards = records(u"names.vcf"_s);
        QCOMPARE(cards.size(), 9);
        using S = ContactRecord::NameSource;
        const QList<std::pair<QString, S>> expected = {
            {u"Rear Admiral Grace Murray Hopper"_s, S::StructuredName}, // only N
            {u"Margaret Hamilton"_s, S::FormattedName},                 // only FN
            {u"Analytical Engines Ltd."_s, S::Organisation},            // only ORG
            {u"someone@example.org"_s, S::Email},
            {QString(), S::None},                                       // a photo and nothing else
            {u"Katherine Johnson"_s, S::FormattedName},                 // no VERSION
            {u"Chien-Shiung Wu"_s, S::StructuredName},                  // FN empty, N given
            {u"Woz"_s, S::Nickname},
            {u"+1 555 0199"_s, S::Phone},
        };
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(cards.at(i).displayName, expected.at(i).first);
            QCOMPARE(cards.at(i).nameSource, expected.at(i).second);
        }
        QCOMPARE(cards.at(0).namePrefix, u"Rear Admiral"_s);
        QCOMPARE(cards.at(0).additionalNames, u"Murray"_s);
        QCOMPARE(cards.at(2).department, u"R&D"_s);
    }

    void outlook21()
    {
        const QList<ContactRecord> cards = records(u"v21_outlook_windows1252.vcf"_s);
        const ContactRecord &brandt = cards.at(0);
        QCOMPARE(brandt.displayName, u"Dr. Jürgen Brandt"_s);
        QCOMPARE(brandt.givenName, u"Jürgen"_s);
        QCOMPARE(brandt.namePrefix, u"Dr."_s);
        QCOMPARE(brandt.organisation, u"Brandt Consulting"_s);
        QCOMPARE(brandt.department, u"Sales"_s);
        QCOMPARE(brandt.title, u"Managing Director"_s);
        QCOMPARE(values(brandt.emails), (QStringList{u"=juergen@brandt.example"_s, u"=j.brandt@home.example"_s}));
        QCOMPARE(values(brandt.phones), (QStringList{u"work=+49 30 1234567"_s, u"mobile=+49 170 7654321"_s}));
        QCOMPARE(brandt.notes, u"First line\nSecond line with a literal\ttab and a soft break that goes on."_s);
        QCOMPARE(iso(brandt.birthday), u"1970-03-10"_s);
        QCOMPARE(iso(brandt.anniversary), u"2001-06-23"_s); // X-MS-ANNIVERSARY
        QCOMPARE(brandt.photo.mimeType, u"image/jpeg"_s);
        QCOMPARE(brandt.photo.data.size(), 62);
        QCOMPARE(brandt.addresses.size(), 1);
        QCOMPARE(brandt.addresses.at(0).label, u"work"_s);
        QCOMPARE(brandt.addresses.at(0).street, u"Hauptstraße 5"_s);
        QCOMPARE(brandt.addresses.at(0).formatted(), u"Hauptstraße 5\n10115 Berlin\nDeutschland"_s);
        QCOMPARE(cards.at(1).photo.mimeType, u"image/png"_s);
        QCOMPARE(cards.at(2).tags, (QStringList{u"Mentors"_s, u"Conference"_s})); // 2.1: ';' separates too
        QCOMPARE(brandt.originalCard.left(13), u"BEGIN:VCARD\r\n"_s);
    }

    void appleGroupsLabelsAndYearlessBirthday()
    {
        const ContactRecord ada = records(u"v30_apple_crcrlf.vcf"_s).constFirst();
        QCOMPARE(values(ada.emails), (QStringList{u"other=ada@engines.example"_s, u"Poetry=ada@poetry.example"_s}));
        QCOMPARE(values(ada.phones), (QStringList{u"mobile=+44 20 7946 0000"_s, u"assistant=+44 20 7946 0001"_s}));
        QCOMPARE(values(ada.urls), QStringList{u"home page=https://ada.example/notes"_s});
        QCOMPARE(iso(ada.birthday), u"--02-29"_s); // X-APPLE-OMIT-YEAR
        QCOMPARE(ada.tags, (QStringList{u"mentor"_s, u"mathematics"_s}));
        QCOMPARE(ada.notes, u"Met at the Royal Society, 1833.\nWrites notes on Babbage;s engine."_s);
        QCOMPARE(ada.photo.mimeType, u"image/jpeg"_s);
        QCOMPARE(ada.addresses.at(0).street, u"12 St James's Square"_s);
        QCOMPARE(ada.additionalNames, u"Augusta"_s);
    }

    void vcard4Features()
    {
        QList<ImportProblem> problems;
        const ContactRecord hans = records(u"v40_features.vcf"_s, &problems).constFirst();
        QVERIFY(problems.isEmpty());
        QCOMPARE(hans.displayName, u"Hans Müller-Lüdenscheidt"_s);
        QCOMPARE(hans.namePrefix, u"Prof. Dr."_s);
        QCOMPARE(hans.nickname, u"Hansi"_s);
        QCOMPARE(values(hans.emails), (QStringList{u"home=hans@home.example"_s, u"work=hans@uni.example"_s})); // PREF=1 first
        QCOMPARE(values(hans.phones), (QStringList{u"work=+49-6221-54-0 ext. 102"_s, u"mobile=+49 170 1111111"_s}));
        QCOMPARE(hans.organisation, u"Universität Heidelberg"_s);
        QCOMPARE(hans.department, u"Institut für Informatik"_s);
        QCOMPARE(iso(hans.birthday), u"--02-03"_s);
        QCOMPARE(hans.birthday->toIso(), u"--02-03"_s);
        QCOMPARE(iso(hans.anniversary), u"2009-08-08"_s);
        QCOMPARE(hans.tags, (QStringList{u"mentor,ish"_s, u"friends"_s}));
        QCOMPARE(hans.photo.mimeType, u"image/png"_s); // from a data: URI
        QVERIFY(hans.photo.data.startsWith("\x89PNG"));
        QCOMPARE(hans.uid, u"urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"_s);
        QCOMPARE(hans.notes, u"Sees students on Tuesdays; bring coffee.\nSecond line."_s);
    }

    void datesThatAreNotDatesAreReported()
    {
        const QByteArray card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:X\r\nBDAY:0000\r\nANNIVERSARY;VALUE=text:circa 1800\r\n"
                                "END:VCARD\r\n";
        auto parsed = parseVCards(card);
        QVERIFY(parsed);
        QList<ImportProblem> problems;
        const ContactRecord record = recordFromVCard(parsed->cards.constFirst(), &problems);
        QVERIFY(!record.birthday);
        QVERIFY(!record.anniversary);
        QCOMPARE(problems.size(), 1); // the text anniversary is a description, not a mistake
        QCOMPARE(problems.constFirst().line, 4);
        QCOMPARE(problems.constFirst().field, u"BDAY"_s);
    }

    void partialDates()
    {
        QCOMPARE(iso(PartialDate::fromIso(u"1990-05-01")), u"1990-05-01"_s);
        QCOMPARE(iso(PartialDate::fromIso(u"19900501")), u"1990-05-01"_s);
        QCOMPARE(iso(PartialDate::fromIso(u"--0501")), u"--05-01"_s);
        QCOMPARE(iso(PartialDate::fromIso(u"--05-01")), u"--05-01"_s);
        QCOMPARE(iso(PartialDate::fromIso(u"19530315T000000")), u"1953-03-15"_s);
        QCOMPARE(iso(PartialDate::fromIso(u"--0229")), u"--02-29"_s);
        QVERIFY(!PartialDate::fromIso(u"2023-02-29"));
        QVERIFY(!PartialDate::fromIso(u"1996"));
        QCOMPARE((PartialDate{0, 12, 24}).toIso(), u"--12-24"_s);
    }

    void toTendContact()
    {
        const ContactRecord ada = records(u"v30_apple_crcrlf.vcf"_s).constFirst();
        const Contact contact = toContact(ada);
        QCOMPARE(contact.name, u"Ada Lovelace"_s);
        QCOMPARE(contact.emails, (QStringList{u"ada@engines.example"_s, u"ada@poetry.example"_s}));
        QCOMPARE(contact.phones.size(), 2);
        QCOMPARE(contact.links.size(), 1);
        QCOMPARE(contact.links.constFirst().label, u"home page"_s);
        QCOMPARE(contact.organisation, u"Analytical Engines"_s);
    }

    void imageTypes()
    {
        QCOMPARE(imageMimeType("\xFF\xD8\xFF\xE0rest"), u"image/jpeg"_s);
        QCOMPARE(imageMimeType("GIF89a...."), u"image/gif"_s);
        QCOMPARE(imageMimeType("????", u"JPEG"_s), u"image/jpeg"_s);
        QCOMPARE(imageMimeType("????", u"image/heic"_s), u"image/heic"_s);
        QCOMPARE(imageMimeType("????"), QString());
    }
};

QTEST_GUILESS_MAIN(TestVCardMapping)
#include "tst_vcardmapping.moc"
