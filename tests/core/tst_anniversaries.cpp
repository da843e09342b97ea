#include "schedule/Anniversaries.h"
#include "schedule/DateTasks.h"

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

    // A date's task on the synced task list (docs/sync.md): one occurrence at a time.
    void aDateIsATaskFromItsReminderUntilItsDayHasPassed()
    {
        const QDate today(2026, 12, 3);
        const UpcomingDate coming = upcoming(QDate(2026, 12, 10), QDate(2026, 12, 3));
        auto task = rules::dateTaskOf(coming, {}, today);
        QVERIFY(task);
        QCOMPARE(task->occursOn, QDate(2026, 12, 10));
        QCOMPARE(task->due, QDate(2026, 12, 10));
        QCOMPARE(task->state, ReminderState::Open);
        QCOMPARE(task->years, std::optional<int>(211));
        // Before its reminder comes, no task; nor for the occurrence the server deleted.
        QVERIFY(!rules::dateTaskOf(upcoming(QDate(2026, 12, 10), QDate(2026, 12, 4)), {}, today));
        QVERIFY(!rules::dateTaskOf(coming, {}, today, QDate(2026, 12, 10)));
        QVERIFY(rules::dateTaskOf(coming, {}, today, QDate(2025, 12, 10))); // last year's: this one goes
        // Done early, it stays done until the day has passed.
        const DateOccurrence done{1, QDate(2026, 12, 10), today, {}};
        task = rules::dateTaskOf(coming, {done}, today);
        QVERIFY(task);
        QCOMPARE(task->state, ReminderState::Done);
        QCOMPARE(task->doneOn, today);
        // Another date's rows change nothing.
        QCOMPARE(rules::dateTaskOf(coming, {DateOccurrence{2, QDate(2026, 12, 10), today, {}}}, today)->state,
                 ReminderState::Open);
    }

    void aSnoozeMovesTheTaskDueDay()
    {
        const QDate today(2026, 12, 12);
        // Snoozed past its day (10 December) to the 14th: still this year's task, due the 14th,
        // even though the next occurrence is next year's.
        const UpcomingDate nextYear = upcoming(QDate(2027, 12, 10), QDate(2027, 12, 3));
        const DateOccurrence snoozed{1, QDate(2026, 12, 10), {}, QDate(2026, 12, 14)};
        auto task = rules::dateTaskOf(nextYear, {snoozed}, today);
        QVERIFY(task);
        QCOMPARE(task->occursOn, QDate(2026, 12, 10));
        QCOMPARE(task->due, QDate(2026, 12, 14));
        QCOMPARE(task->state, ReminderState::Open);
        // Once done, the year moves on: no task until next year's reminder comes.
        QVERIFY(!rules::dateTaskOf(nextYear, {DateOccurrence{1, QDate(2026, 12, 10), today, QDate(2026, 12, 14)}}, today));
        // Snoozed to a day before the date: the task is still due on the day.
        const UpcomingDate coming = upcoming(QDate(2026, 12, 20), QDate(2026, 12, 13));
        task = rules::dateTaskOf(coming, {DateOccurrence{1, QDate(2026, 12, 20), {}, QDate(2026, 12, 15)}}, today);
        QVERIFY(task);
        QCOMPARE(task->due, QDate(2026, 12, 20));
    }

    void thePhonesTaskMarksTheOccurrence()
    {
        const QDate today(2026, 12, 3);
        const ImportantDate date = birthday();
        const rules::DateTask open{QDate(2026, 12, 10), QDate(2026, 12, 10), ReminderState::Open, {}, 211};
        // Completed, or cancelled, there: done here.
        for (const ReminderState there : {ReminderState::Done, ReminderState::Dismissed}) {
            const auto row = rules::occurrenceForTask(date, open, std::nullopt, there, QDate(2026, 12, 10), today);
            QVERIFY(row);
            QCOMPARE(*row, (DateOccurrence{1, QDate(2026, 12, 10), today, {}}));
        }
        // Reopened there: the done day goes (and the row with it, when nothing else is kept).
        const rules::DateTask done{QDate(2026, 12, 10), QDate(2026, 12, 10), ReminderState::Done, today, 211};
        const DateOccurrence doneRow{1, QDate(2026, 12, 10), today, {}};
        auto row = rules::occurrenceForTask(date, done, doneRow, ReminderState::Open, QDate(2026, 12, 10), today);
        QVERIFY(row);
        QCOMPARE(*row, (DateOccurrence{1, QDate(2026, 12, 10), {}, {}}));
        // Due moved past the day: snoozed to it; to next year's day or beyond, or earlier than the
        // day: nothing (Tend's due goes back on the next run).
        row = rules::occurrenceForTask(date, open, std::nullopt, ReminderState::Open, QDate(2026, 12, 13), today);
        QVERIFY(row);
        QCOMPARE(row->snoozedUntil, QDate(2026, 12, 13));
        QVERIFY(!rules::occurrenceForTask(date, open, std::nullopt, ReminderState::Open, QDate(2027, 12, 10), today));
        QVERIFY(!rules::occurrenceForTask(date, open, std::nullopt, ReminderState::Open, QDate(2026, 12, 8), today));
        // Nothing changed there: nothing to write.
        QVERIFY(!rules::occurrenceForTask(date, open, std::nullopt, ReminderState::Open, QDate(2026, 12, 10), today));
        QVERIFY(!rules::occurrenceForTask(date, done, doneRow, ReminderState::Done, QDate(2026, 12, 10), today));
    }

private:
    static ImportantDate birthday()
    {
        ImportantDate date;
        date.id = 1;
        date.contactId = 7;
        date.kind = ImportantDate::Kind::Birthday;
        date.year = 1815;
        date.month = 12;
        date.day = 10;
        return date;
    }
    static UpcomingDate upcoming(QDate occursOn, QDate remindOn)
    {
        ImportantDate date = birthday();
        date.month = occursOn.month();
        date.day = occursOn.day();
        return {date, occursOn, remindOn, rules::yearsSince(date.year, occursOn)};
    }
};

QTEST_GUILESS_MAIN(TestAnniversaries)
#include "tst_anniversaries.moc"
