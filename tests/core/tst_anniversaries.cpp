#include "schedule/Anniversaries.h"

#include <QTest>

using namespace tend;

class TestAnniversaries : public QObject
{
    Q_OBJECT
private slots:
    void nextOccurrence_data()
    {
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("later this year") << 12 << 10 << QDate(2026, 12, 1) << QDate(2026, 12, 10);
        QTest::newRow("today counts") << 12 << 1 << QDate(2026, 12, 1) << QDate(2026, 12, 1);
        QTest::newRow("already passed") << 3 << 14 << QDate(2026, 12, 1) << QDate(2027, 3, 14);
        QTest::newRow("leap day, common year") << 2 << 29 << QDate(2026, 12, 1) << QDate(2027, 2, 28);
        QTest::newRow("leap day, leap year") << 2 << 29 << QDate(2027, 12, 1) << QDate(2028, 2, 29);
        QTest::newRow("leap day, on the 28th") << 2 << 29 << QDate(2027, 2, 28) << QDate(2027, 2, 28);
        QTest::newRow("leap day, 1 March") << 2 << 29 << QDate(2027, 3, 1) << QDate(2028, 2, 29);
        QTest::newRow("new year's eve to new year") << 1 << 1 << QDate(2026, 12, 31) << QDate(2027, 1, 1);
        QTest::newRow("none after 9999") << 1 << 1 << QDate(9999, 6, 1) << QDate();
    }
    void nextOccurrence()
    {
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(QDate, from);
        QFETCH(QDate, expected);
        QCOMPARE(rules::nextOccurrence(month, day, from), expected);
    }

    void yearsSinceNeedsTheYear()
    {
        QCOMPARE(rules::yearsSince(1815, QDate(2026, 12, 10)), std::optional<int>(211));
        QCOMPARE(rules::yearsSince(0, QDate(2026, 12, 10)), std::nullopt);
        QCOMPARE(rules::yearsSince(2030, QDate(2026, 12, 10)), std::nullopt);
        QCOMPARE(rules::yearsSince(2026, QDate(2026, 12, 10)), std::optional<int>(0));
    }

    void reminderComesTheLeadTimeBefore()
    {
        QCOMPARE(rules::reminderDay(QDate(2027, 3, 1), 7), QDate(2027, 2, 22));
        QCOMPARE(rules::reminderDay(QDate(2027, 3, 1), 0), QDate(2027, 3, 1));
        QCOMPARE(rules::reminderDay(QDate(2028, 3, 1), 1), QDate(2028, 2, 29));
    }
};

QTEST_GUILESS_MAIN(TestAnniversaries)
#include "tst_anniversaries.moc"
