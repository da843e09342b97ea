// Contacts ↔ vCards for sync (VCardCodec, ContactLocalStore::cardFor): a card Tend writes reads back
// to the fields it was written from, the hash ignores what a save rewrites, a merge keeps what Tend
// does not hold, and what stays private stays out of the card.
#include "sync/codec/VCardCodec.h"
#include "sync/local/ContactLocalStore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::sync;

namespace {

const QByteArray phoneCard = "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Phone//EN\r\nUID:ada-1\r\nFN:Ada Lovelace\r\n"
                             "N:Lovelace;Ada;;;\r\nitem1.EMAIL;TYPE=INTERNET:ada@example.org\r\nitem1.X-ABLabel:Engines\r\n"
                             "TEL;TYPE=CELL:+44 20 7946 0000\r\nORG:Analytical Engines;Research\r\nX-PHONE-RINGTONE:marimba\r\n"
                             "NOTE:from the phone\r\nREV:2026-11-01T10:00:00Z\r\nEND:VCARD\r\n";

Contact ada()
{
    Contact contact;
    contact.id = 1;
    contact.uid = u"ada-1"_s;
    contact.name = u"Ada Lovelace"_s;
    contact.emails = {u"ada@example.org"_s, u"countess@example.org"_s};
    contact.phones = {u"+44 20 7946 0000"_s};
    contact.links = {{u"Site"_s, u"https://ada.example.org"_s}};
    contact.organisation = u"Analytical Engines"_s;
    contact.title = u"Programmer"_s;
    contact.notes = u"Private: asked about the loan"_s;
    contact.tags = {u"inner circle"_s};
    contact.roles = {Role::Mentor};
    return contact;
}

} // namespace

class TestVCardCodec : public QObject
{
    Q_OBJECT

private slots:
    void whatTendWritesReadsBackToItsFields()
    {
        const VCardCodec codec;
        const QByteArray card = ContactLocalStore::cardFor({ada(), false, false, {}});
        auto parsed = codec.parse(card);
        QVERIFY2(parsed.ok(), card.constData());
        QCOMPARE(parsed->uid, u"ada-1"_s);
        QCOMPARE(parsed->fields, VCardCodec::fieldsOf(ada()));
        QCOMPARE(parsed->fields.value(u"emails"_s), u"ada@example.org\ncountess@example.org"_s);
        QCOMPARE(ContactLocalStore::cardFor({ada(), false, false, {}}), card); // deterministic: the hash stays
    }

    void theHashIgnoresWhatASaveRewrites()
    {
        const VCardCodec codec;
        QByteArray rewritten = phoneCard;
        rewritten.replace("REV:2026-11-01T10:00:00Z", "REV:2026-12-01T08:00:00Z");
        rewritten.replace("PRODID:-//Phone//EN", "PRODID:-//Server//EN");
        rewritten.replace("X-PHONE-RINGTONE:marimba\r\n", "");
        rewritten.replace("NOTE:from the phone\r\n", "NOTE:from the phone\r\nX-PHONE-RINGTONE:mar\r\n imba\r\n"); // moved, folded
        QCOMPARE(codec.parse(rewritten)->hash, codec.parse(phoneCard)->hash);
        QByteArray edited = phoneCard;
        edited.replace("marimba", "chimes"); // a property Tend does not map still counts
        QVERIFY(codec.parse(edited)->hash != codec.parse(phoneCard)->hash);
    }

    void aMergeWritesOnlyTendsFields()
    {
        const VCardCodec codec;
        FieldMap fields = codec.parse(phoneCard)->fields;
        fields[u"title"_s] = u"Countess"_s;
        fields[u"phones"_s] = QString(); // removed on one side
        auto merged = codec.writeFields(phoneCard, fields);
        QVERIFY(merged.ok());
        const QString text = QString::fromUtf8(*merged);
        QVERIFY2(text.contains(u"TITLE:Countess"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"TEL"_s), qPrintable(text));
        QVERIFY2(text.contains(u"X-PHONE-RINGTONE:marimba"_s), qPrintable(text));
        QVERIFY2(text.contains(u"NOTE:from the phone"_s), qPrintable(text));
        QVERIFY2(text.contains(u"item1.X-ABLabel:Engines"_s, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(text.contains(u"VERSION:3.0"_s), qPrintable(text));
        QCOMPARE(codec.parse(*merged)->fields, fields);
    }

    void privateThingsStayOutOfTheCard()
    {
        Contact fromFile = ada();
        fromFile.card = u"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:ada-1\r\nFN:Ada Lovelace\r\nNOTE:owes me\r\n"
                        "CATEGORIES:Family\r\nADR:;;12 St James's Square;London;;;UK\r\nEND:VCARD\r\n"_s;
        const QString card = QString::fromUtf8(ContactLocalStore::cardFor({fromFile, false, false, {}}));
        QVERIFY2(!card.contains(u"NOTE"_s) && !card.contains(u"CATEGORIES"_s), qPrintable(card));
        QVERIFY2(!card.contains(u"loan"_s) && !card.contains(u"inner circle"_s) && !card.contains(u"mentor"_s, Qt::CaseInsensitive),
                 qPrintable(card));
        QVERIFY2(card.contains(u"St James"_s), qPrintable(card)); // the address is the contact's, not a secret

        Contact fromServer = ada();
        fromServer.card = QString::fromUtf8(phoneCard);
        const QString serverCard = QString::fromUtf8(ContactLocalStore::cardFor({fromServer, false, true, {}}));
        QVERIFY2(serverCard.contains(u"NOTE:from the phone"_s), qPrintable(serverCard)); // the phone's own note goes back
        QVERIFY2(!serverCard.contains(u"loan"_s), qPrintable(serverCard));

        const QString shared = QString::fromUtf8(ContactLocalStore::cardFor({fromServer, true, true, {}}));
        QVERIFY2(shared.contains(u"NOTE:Private: asked about the loan"_s), qPrintable(shared)); // opted in
    }

    void whatIsNotOneCardIsRefusedByName()
    {
        const VCardCodec codec;
        QVERIFY(!codec.parse("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").ok());
        auto noUid = codec.parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nobody\r\nEND:VCARD\r\n");
        QVERIFY(!noUid.ok());
        QVERIFY2(noUid.error().message.contains(u"UID"_s), qPrintable(noUid.error().message));
        QVERIFY(!codec.parse(phoneCard + phoneCard).ok());
    }
};

QTEST_GUILESS_MAIN(TestVCardCodec)
#include "tst_vcardcodec.moc"
