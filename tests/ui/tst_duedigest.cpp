#include "TestSupport.h"

#include "DayWatcher.h"
#include "DueDigest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

class TestDueDigest : public QObject
{
    Q_OBJECT
private slots:
    void digestNamesTheFirstPeople();
    void eachItemIsAnnouncedOnce();
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

void TestDueDigest::midnightTimer()
{
    QCOMPARE(DayWatcher::msecsUntilNextMidnight(QDateTime(QDate(2026, 11, 23), QTime(23, 59, 0))), 61'000);
    // Never longer than an hour, so sleep and clock changes are noticed.
    QCOMPARE(DayWatcher::msecsUntilNextMidnight(QDateTime(QDate(2026, 11, 23), QTime(9, 0))), 3'600'000);
}

QTEST_MAIN(TestDueDigest)
#include "tst_duedigest.moc"
