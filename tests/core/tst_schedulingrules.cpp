#include "schedule/SchedulingRules.h"

#include <QTest>

using namespace tend;

class TestSchedulingRules : public QObject
{
    Q_OBJECT
private slots:
    void followUpDue_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("coffee two weeks") << QDate(2026, 11, 23) << 14 << QDate(2026, 12, 7);
        QTest::newRow("across year end") << QDate(2026, 12, 25) << 14 << QDate(2027, 1, 8);
        QTest::newRow("into leap day") << QDate(2028, 2, 15) << 14 << QDate(2028, 2, 29);
        QTest::newRow("over leap day") << QDate(2028, 2, 22) << 14 << QDate(2028, 3, 7);
        QTest::newRow("no leap day in 2027") << QDate(2027, 2, 22) << 14 << QDate(2027, 3, 8);
        QTest::newRow("month end 31 to 30") << QDate(2026, 1, 31) << 30 << QDate(2026, 3, 2);
        QTest::newRow("same day") << QDate(2026, 5, 1) << 0 << QDate(2026, 5, 1);
    }
    void followUpDue()
    {
        QFETCH(QDate, date);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        QCOMPARE(rules::followUpDue(date, days), expected);
    }

    void ownCadenceWinsOverRoles()
    {
        const auto roleDefault = [](Role role) -> std::optional<int> {
            return role == Role::Coach ? std::optional<int>(14) : std::optional<int>(30);
        };
        QCOMPARE(rules::effectiveCadence(45, {Role::Coach}, roleDefault), std::optional<int>(45));
    }
    void shortestRoleCadenceApplies()
    {
        const auto roleDefault = [](Role role) -> std::optional<int> {
            switch (role) {
            case Role::Mentor: return 30;
            case Role::Sponsor: return 60;
            case Role::Coach: return 14;
            case Role::Peer: return 90;
            case Role::Therapist: return std::nullopt;
            }
            return std::nullopt;
        };
        QCOMPARE(rules::effectiveCadence(std::nullopt, {Role::Sponsor, Role::Mentor}, roleDefault), std::optional<int>(30));
        QCOMPARE(rules::effectiveCadence(std::nullopt, {Role::Therapist, Role::Peer}, roleDefault), std::optional<int>(90));
        QCOMPARE(rules::effectiveCadence(std::nullopt, {Role::Therapist}, roleDefault), std::nullopt);
        QCOMPARE(rules::effectiveCadence(std::nullopt, {}, roleDefault), std::nullopt);
    }

    void keepInTouchCountsFromLastInteraction()
    {
        QCOMPARE(rules::keepInTouchDue(QDate(2026, 10, 1), QDate(2025, 1, 1), 30), QDate(2026, 10, 31));
    }
    void keepInTouchCountsFromAddedWithoutInteraction()
    {
        QCOMPARE(rules::keepInTouchDue(QDate(), QDate(2026, 11, 1), 30), QDate(2026, 12, 1));
    }
    void keepInTouchRespectsSnooze()
    {
        QCOMPARE(rules::keepInTouchDue(QDate(2026, 10, 1), QDate(), 30, QDate(2026, 11, 26)), QDate(2026, 11, 26));
        // A snooze that ended before the cadence lapses changes nothing.
        QCOMPARE(rules::keepInTouchDue(QDate(2026, 10, 1), QDate(), 30, QDate(2026, 10, 5)), QDate(2026, 10, 31));
    }
    void keepInTouchOverLeapDay()
    {
        QCOMPARE(rules::keepInTouchDue(QDate(2028, 1, 30), QDate(), 30, {}), QDate(2028, 2, 29));
    }

    void snoozeCountsFromToday()
    {
        QCOMPARE(rules::snoozedDue(QDate(2026, 11, 23), 3), QDate(2026, 11, 26));
        QCOMPARE(rules::snoozedDue(QDate(2026, 2, 27), 2), QDate(2026, 3, 1));
        QCOMPARE(rules::snoozedDue(QDate(2028, 2, 28), 1), QDate(2028, 2, 29));
    }

    void overdueDaysSign()
    {
        QCOMPARE(rules::overdueDays(QDate(2026, 11, 18), QDate(2026, 11, 23)), 5);
        QCOMPARE(rules::overdueDays(QDate(2026, 11, 23), QDate(2026, 11, 23)), 0);
        QCOMPARE(rules::overdueDays(QDate(2026, 11, 26), QDate(2026, 11, 23)), -3);
        QCOMPARE(rules::overdueDays(QDate(2028, 2, 28), QDate(2028, 3, 1)), 2);
    }

    void windowIncludesBothEnds()
    {
        QCOMPARE(rules::windowStart(QDate(2026, 11, 23), 30), QDate(2026, 10, 24));
        QCOMPARE(rules::windowStart(QDate(2026, 3, 1), 1), QDate(2026, 2, 28));
        QCOMPARE(rules::windowStart(QDate(2028, 3, 1), 1), QDate(2028, 2, 29));
    }

    void dueWithinLooksAhead()
    {
        const QDate today(2026, 11, 23);
        QVERIFY(rules::isDueWithin(QDate(2026, 11, 23), today, 0));
        QVERIFY(rules::isDueWithin(QDate(2026, 1, 1), today, 0));
        QVERIFY(!rules::isDueWithin(QDate(2026, 11, 24), today, 0));
        QVERIFY(rules::isDueWithin(QDate(2026, 11, 30), today, 7));
        QVERIFY(!rules::isDueWithin(QDate(2026, 12, 1), today, 7));
        QVERIFY(!rules::isDueWithin(QDate(), today, 7));
    }
};

QTEST_GUILESS_MAIN(TestSchedulingRules)
#include "tst_schedulingrules.moc"
