#include "TestSupport.h"

#include "DayWatcher.h"
#include "DisplayText.h"
#include "DueDigest.h"

#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

class TestDueDigest : public QObject
{
    Q_OBJECT
private slots:
    void trayTextCannotFormMarkup()
    {
        const QString name = u"<b>Ada</b> &amp; <img src=x>"_s;
        const QString inert = gui::text::inertMarkup(name);
        QVERIFY(Qt::mightBeRichText(name));
        QVERIFY(!Qt::mightBeRichText(inert));
        QString shown = inert;
        QCOMPARE(shown.remove(QChar(0x200B)), name); // reads the same once the zero-width spaces are gone
    }

    void digestNamesTheFirstPeople();
    void eachItemIsAnnouncedOnce();
    void theDigestShowsOnlyThePartsTheUserChose();
    void midnightTimer();
};

static DueItem item(qint64 reminderId, const QString &name, QDate due = QDate(2026, 11, 23))
{
    DueItem due_;
    due_.reminderId = reminderId;
    due_.contactId = reminderId;
    due_.contactName = name;
    due_.due = due;
    return due_;
}

void TestDueDigest::digestNamesTheFirstPeople()
{
    QCOMPARE(DueDigest::text({}), QString());
    QCOMPARE(DueDigest::text({item(1, u"Ada Lovelace"_s)}), u"1 follow-up due: Ada"_s);
    QCOMPARE(DueDigest::text({item(1, u"Ada Lovelace"_s), item(2, u"Grace Hopper"_s)}), u"2 follow-ups due: Ada, Grace"_s);
    QCOMPARE(DueDigest::text({item(1, u"Ada Lovelace"_s), item(2, u"Grace Hopper"_s), item(3, u"Alan Turing"_s)}),
             u"3 follow-ups due: Ada, Grace, …"_s);
    // Two follow-ups with one person name them once.
    QCOMPARE(DueDigest::text({item(1, u"Ada Lovelace"_s), item(2, u"Ada Lovelace"_s)}), u"2 follow-ups due: Ada"_s);
}

void TestDueDigest::eachItemIsAnnouncedOnce()
{
    DueDigest digest;
    digest.remember({item(1, u"Ada"_s)});
    const QList<DueItem> fresh = digest.takeNew({item(1, u"Ada"_s), item(2, u"Grace"_s)});
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.first().contactName, u"Grace"_s);
    QVERIFY(digest.takeNew({item(1, u"Ada"_s), item(2, u"Grace"_s)}).isEmpty());
    // A snoozed reminder falling due again on a later day is news again.
    QCOMPARE(digest.takeNew({item(1, u"Ada"_s, QDate(2026, 11, 26))}).size(), 1);
}

// Issue 10: Preferences (tray-digest) choose what the tray announces, and the text says what it is.
void TestDueDigest::theDigestShowsOnlyThePartsTheUserChose()
{
    DueItem birthday = item(0, u"Grace Hopper"_s);
    birthday.reminderId.reset();
    birthday.kind = DueItem::Kind::ImportantDate;
    birthday.sourceId = 4;
    DueItem nudge = item(0, u"Alan Turing"_s);
    nudge.reminderId.reset();
    nudge.kind = DueItem::Kind::KeepInTouch;
    DueItem ask = item(0, u"Bo Li"_s);
    ask.reminderId.reset();
    ask.kind = DueItem::Kind::AnswerOwed;
    const QList<DueItem> all{item(1, u"Ada Lovelace"_s), birthday, nudge, ask};

    QCOMPARE(DueDigest::filtered(all, allDigestParts()).size(), 4);
    QCOMPARE(DueDigest::text(all), u"4 things due: Ada, Grace, …"_s);
    const QList<DueItem> dates = DueDigest::filtered(all, {DigestPart::Dates});
    QCOMPARE(dates.size(), 1);
    QCOMPARE(DueDigest::text(dates), u"1 date coming up: Grace"_s);
    QCOMPARE(DueDigest::text(DueDigest::filtered(all, {DigestPart::Nudges})), u"1 to keep in touch with: Alan"_s);
    QCOMPARE(DueDigest::text(DueDigest::filtered(all, {DigestPart::Practice})), u"1 ask, introduction or thank-you due: Bo"_s);
    QCOMPARE(DueDigest::filtered(all, {DigestPart::FollowUps, DigestPart::Practice}).size(), 2);
    QVERIFY(DueDigest::filtered(all, {}).isEmpty());
    QVERIFY(DueDigest::text(DueDigest::filtered(all, {})).isEmpty());
}

void TestDueDigest::midnightTimer()
{
    QCOMPARE(DayWatcher::msecsUntilNextMidnight(QDateTime(QDate(2026, 11, 23), QTime(23, 59, 0))), 61'000);
    // Never longer than an hour, so sleep and clock changes are noticed.
    QCOMPARE(DayWatcher::msecsUntilNextMidnight(QDateTime(QDate(2026, 11, 23), QTime(9, 0))), 3'600'000);
}

QTEST_MAIN(TestDueDigest)
#include "tst_duedigest.moc"
