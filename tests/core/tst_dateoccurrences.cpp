#include "TestSupport.h"

#include "db/Sql.h"
#include "schedule/Clock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

ImportantDate dateOf(qint64 contactId, ImportantDate::Kind kind, const QString &text, const QString &label = {})
{
    auto parsed = parseImportantDay(text, u"date"_s);
    ImportantDate date = parsed ? *parsed : ImportantDate{};
    date.contactId = contactId;
    date.kind = kind;
    date.label = label;
    return date;
}

QList<qint64> shownIds(Notebook &notebook, QDate today, int within = 0)
{
    QList<qint64> ids;
    auto items = notebook.dueDates(today, within);
    if (!items) {
        QTest::qFail(qPrintable(items.error().message), __FILE__, __LINE__);
        return ids;
    }
    for (const DueItem &item : std::as_const(*items)) {
        if (item.kind != DueItem::Kind::ImportantDate)
            QTest::qFail("dueDates gave an item of another kind", __FILE__, __LINE__);
        ids.append(item.sourceId.value_or(0));
    }
    return ids;
}

} // namespace

// An important date's reminder done or snoozed, one occurrence at a time, on fixed days, with the
// undo of each (migration 0010, NotebookDates.cpp).
class TestDateOccurrences : public QObject
{
    Q_OBJECT
private slots:
    void doneHidesThisOccurrenceOnlyAndUndoBringsItBack()
    {
        test::TempNotebook nb(QDate(2026, 12, 10));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada Lovelace"_s);
        const qint64 birthday = *nb->addImportantDate(dateOf(ada, ImportantDate::Kind::Birthday, u"1815-12-10"_s));
        const QDate day(2026, 12, 10);
        QCOMPARE(shownIds(*nb.notebook, day), QList<qint64>{birthday});
        auto items = nb->dueDates(day);
        QCOMPARE(items->constFirst().due, day);
        QCOMPARE(items->constFirst().years, 211);
        QCOMPARE(items->constFirst().reason, u"birthday"_s);
        QCOMPARE(items->constFirst().overdue, false);

        auto before = nb->completeDateReminder(birthday, day);
        QVERIFY2(before.ok(), before.ok() ? "" : qPrintable(before.error().message));
        QCOMPARE(*before, std::nullopt);
        QCOMPARE(shownIds(*nb.notebook, day), QList<qint64>());
        QCOMPARE(nb->dateOccurrence(birthday, day)->value_or(DateOccurrence{}).doneOn, day);
        // The contact page still shows the date; next year's occurrence is untouched.
        QCOMPARE(nb->importantDates(ada, day)->size(), 1);
        QCOMPARE(shownIds(*nb.notebook, QDate(2027, 12, 10)), QList<qint64>{birthday});
        QCOMPARE(nb->dueDates(QDate(2027, 12, 10))->constFirst().years, 212);

        QVERIFY(nb->restoreDateOccurrence(birthday, day, *before).ok());
        QCOMPARE(shownIds(*nb.notebook, day), QList<qint64>{birthday});
        QCOMPARE(*nb->dateOccurrence(birthday, day), std::nullopt);
        const QSqlDatabase db = nb.database().connection();
        QCOMPARE(*sql::scalar(db, u"SELECT count(*) FROM date_occurrence"_s), 0);
    }

    void aSnoozedReminderComesBackOnItsSnoozeDay()
    {
        test::TempNotebook nb(QDate(2026, 12, 3));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        QVERIFY(nb->writeConfig(u"lead.birthday"_s, u"7"_s).ok());
        const qint64 birthday = *nb->addImportantDate(dateOf(ada, ImportantDate::Kind::Birthday, u"--12-10"_s));
        const QDate day(2026, 12, 10);
        QCOMPARE(shownIds(*nb.notebook, QDate(2026, 12, 3)), QList<qint64>{birthday});
        QCOMPARE(nb->dueDates(QDate(2026, 12, 3))->constFirst().years, std::nullopt);

        auto before = nb->snoozeDateReminder(birthday, day, QDate(2026, 12, 6));
        QVERIFY2(before.ok(), before.ok() ? "" : qPrintable(before.error().message));
        QCOMPARE(shownIds(*nb.notebook, QDate(2026, 12, 3)), QList<qint64>());
        QCOMPARE(shownIds(*nb.notebook, QDate(2026, 12, 5)), QList<qint64>());
        QCOMPARE(shownIds(*nb.notebook, QDate(2026, 12, 6)), QList<qint64>{birthday});
        QCOMPARE(nb->dueDates(QDate(2026, 12, 6))->constFirst().remindOn, QDate(2026, 12, 6));
        // Looking ahead sees it come back.
        QCOMPARE(shownIds(*nb.notebook, QDate(2026, 12, 3), 3), QList<qint64>{birthday});

        // Snoozed past the day itself: it comes back after it, until done.
        nb->setClock(Clock::fixed(QDate(2026, 12, 10)));
        auto second = nb->snoozeDateReminder(birthday, day, QDate(2026, 12, 12));
        QVERIFY(second.ok());
        QCOMPARE(second->value_or(DateOccurrence{}).snoozedUntil, QDate(2026, 12, 6));
        QCOMPARE(shownIds(*nb.notebook, QDate(2026, 12, 11)), QList<qint64>());
        QCOMPARE(shownIds(*nb.notebook, QDate(2026, 12, 12)), QList<qint64>{birthday});
        QCOMPARE(shownIds(*nb.notebook, QDate(2026, 12, 20)), QList<qint64>{birthday});
        auto late = nb->currentDateOccurrence(birthday, QDate(2026, 12, 20));
        QVERIFY(late.ok());
        QCOMPARE(late->occursOn, day);
        QCOMPARE(nb->dueDates(QDate(2026, 12, 20))->constFirst().overdueDays, 10);

        // The undo puts back the first snooze exactly.
        QVERIFY(nb->restoreDateOccurrence(birthday, day, *second).ok());
        QCOMPARE(nb->dateOccurrence(birthday, day)->value_or(DateOccurrence{}).snoozedUntil, QDate(2026, 12, 6));
        QVERIFY(nb->restoreDateOccurrence(birthday, day, *before).ok());
        QCOMPARE(*nb->dateOccurrence(birthday, day), std::nullopt);
    }

    void snoozeAndDoneRefuseWhatCannotBe()
    {
        test::TempNotebook nb(QDate(2026, 12, 3));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 birthday = *nb->addImportantDate(dateOf(ada, ImportantDate::Kind::Birthday, u"--12-10"_s));
        const QDate day(2026, 12, 10);
        QCOMPARE(nb->snoozeDateReminder(birthday, day, QDate(2026, 12, 3)).error().code, Error::Code::Invalid);
        QCOMPARE(nb->snoozeDateReminder(birthday, day, QDate(2027, 12, 10)).error().code, Error::Code::Invalid);
        QVERIFY(nb->snoozeDateReminder(birthday, day, QDate(2027, 12, 9)).ok());
        QCOMPARE(nb->completeDateReminder(birthday, QDate(2026, 12, 11)).error().code, Error::Code::Invalid);
        QCOMPARE(nb->completeDateReminder(999, day).error().code, Error::Code::NotFound);
    }

    // 29 February falls on 28 February in other years: that is the occurrence done or snoozed.
    void aLeapDayOccurrenceIsThe28thInOtherYears()
    {
        test::TempNotebook nb(QDate(2027, 2, 28));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 birthday = *nb->addImportantDate(dateOf(ada, ImportantDate::Kind::Birthday, u"2000-02-29"_s));
        QCOMPARE(nb->currentDateOccurrence(birthday, QDate(2027, 2, 28))->occursOn, QDate(2027, 2, 28));
        QCOMPARE(nb->completeDateReminder(birthday, QDate(2027, 3, 1)).error().code, Error::Code::Invalid);
        QVERIFY(nb->completeDateReminder(birthday, QDate(2027, 2, 28)).ok());
        QCOMPARE(shownIds(*nb.notebook, QDate(2027, 2, 28)), QList<qint64>());
        QCOMPARE(shownIds(*nb.notebook, QDate(2028, 2, 29)), QList<qint64>{birthday});
        QCOMPARE(nb->dueDates(QDate(2028, 2, 29))->constFirst().years, 28);
        // In a leap year the occurrence is the 29th, not the 28th.
        QCOMPARE(nb->completeDateReminder(birthday, QDate(2028, 2, 28)).error().code, Error::Code::Invalid);
    }

    void deletingTheDateTakesItsOccurrences()
    {
        test::TempNotebook nb(QDate(2026, 12, 10));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 birthday = *nb->addImportantDate(dateOf(ada, ImportantDate::Kind::Birthday, u"--12-10"_s));
        QVERIFY(nb->completeDateReminder(birthday, QDate(2026, 12, 10)).ok());
        QVERIFY(nb->deleteImportantDate(birthday).ok());
        const QSqlDatabase db = nb.database().connection();
        QCOMPARE(*sql::scalar(db, u"SELECT count(*) FROM date_occurrence"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestDateOccurrences)
#include "tst_dateoccurrences.moc"
