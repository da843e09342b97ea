#include "TestSupport.h"

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

} // namespace

// Birthdays (with or without a year), work anniversaries and custom dates, on fixed days.
class TestImportantDates : public QObject
{
    Q_OBJECT
private slots:
    void daysAreParsedWithOrWithoutAYear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("stored");
        QTest::addRow("full") << u"1815-12-10"_s << true << u"1815-12-10"_s;
        QTest::addRow("no year") << u"--12-10"_s << true << u"--12-10"_s;
        QTest::addRow("no year, no dash") << u"--1210"_s << true << u"--12-10"_s;
        QTest::addRow("29 Feb without a year") << u"--02-29"_s << true << u"--02-29"_s;
        QTest::addRow("29 Feb of a leap year") << u"2000-02-29"_s << true << u"2000-02-29"_s;
        QTest::addRow("29 Feb of another year") << u"2023-02-29"_s << false << QString();
        QTest::addRow("30 Feb") << u"--02-30"_s << false << QString();
        QTest::addRow("month 13") << u"--13-01"_s << false << QString();
        QTest::addRow("words") << u"tomorrow"_s << false << QString();
    }

    void daysAreParsedWithOrWithoutAYear()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, stored);
        auto parsed = parseImportantDay(text, u"date"_s);
        QCOMPARE(parsed.ok(), valid);
        if (valid)
            QCOMPARE(parsed->dateText(), stored);
        else
            QCOMPARE(parsed.error().code, Error::Code::Invalid);
    }

    // 29 February falls on 28 February in other years; the age counts the same.
    void aLeapDayBirthdayFallsOnThe28thInOtherYears()
    {
        test::TempNotebook nb(QDate(2025, 2, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        QVERIFY(nb->addImportantDate(dateOf(ada, ImportantDate::Kind::Birthday, u"2000-02-29"_s)).ok());
        auto dates = nb->importantDates(ada, QDate(2025, 2, 1));
        QVERIFY(dates.ok());
        QCOMPARE(dates->size(), 1);
        QCOMPARE(dates->constFirst().occursOn, QDate(2025, 2, 28));
        QCOMPARE(dates->constFirst().years, 25);
        dates = nb->importantDates(ada, QDate(2028, 1, 1));
        QCOMPARE(dates->constFirst().occursOn, QDate(2028, 2, 29));
        QCOMPARE(dates->constFirst().years, 28);
    }

    void remindersComeTheLeadTimeBefore()
    {
        test::TempNotebook nb(QDate(2026, 5, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 bo = test::addContact(*nb.notebook, u"Bo"_s);
        QVERIFY(nb->addImportantDate(dateOf(ada, ImportantDate::Kind::Birthday, u"--05-10"_s)).ok());
        QVERIFY(nb->addImportantDate(dateOf(bo, ImportantDate::Kind::Custom, u"2025-05-04"_s, u"PhD defense"_s)).ok());

        // Lead 0 by default: each shows on its day only (and not once it passed).
        QCOMPARE(nb->dateReminders(QDate(2026, 5, 3))->size(), 0);
        auto today = nb->dateReminders(QDate(2026, 5, 4));
        QCOMPARE(today->size(), 1);
        QCOMPARE(today->constFirst().date.title(), u"PhD defense"_s);
        QCOMPARE(today->constFirst().years, 1);

        QVERIFY(nb->writeConfig(u"lead.birthday"_s, u"7"_s).ok());
        auto early = nb->dateReminders(QDate(2026, 5, 3));
        QCOMPARE(early->size(), 1);
        QCOMPARE(early->constFirst().date.contactName, u"Ada"_s);
        QCOMPARE(early->constFirst().remindOn, QDate(2026, 5, 3));
        QCOMPARE(early->constFirst().years, std::nullopt); // no year, no age
        QCOMPARE(nb->dateReminders(QDate(2026, 5, 2))->size(), 0);
        QCOMPARE(nb->dateReminders(QDate(2026, 5, 11))->size(), 0);

        QCOMPARE(nb->upcomingDates(QDate(2026, 5, 1), 30)->size(), 2);
        QCOMPARE(nb->upcomingDates(QDate(2026, 5, 1), 5)->size(), 1);
    }

    void aDeletedDateComesBackWithItsId()
    {
        test::TempNotebook nb(QDate(2026, 5, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        auto id = nb->addImportantDate(dateOf(ada, ImportantDate::Kind::Anniversary, u"2019-09-01"_s));
        QVERIFY(id.ok());
        auto removed = nb->deleteImportantDate(*id);
        QVERIFY(removed.ok());
        QCOMPARE(nb->importantDates(ada, QDate(2026, 5, 1))->size(), 0);
        QVERIFY(nb->restoreImportantDate(*removed).ok());
        auto back = nb->importantDates(ada, QDate(2026, 5, 1));
        QCOMPARE(back->constFirst().date.id, *id);
        QCOMPARE(back->constFirst().date.title(), u"work anniversary"_s);
        QCOMPARE(back->constFirst().years, 7);
    }

    // A merge keeps the other contact's dates; its undo gives them back.
    void aMergeKeepsTheDatesAndItsUndoGivesThemBack()
    {
        test::TempNotebook nb(QDate(2026, 5, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 twin = test::addContact(*nb.notebook, u"Ada L."_s);
        QVERIFY(nb->addImportantDate(dateOf(ada, ImportantDate::Kind::Anniversary, u"2019-09-01"_s)).ok());
        QVERIFY(nb->addImportantDate(dateOf(twin, ImportantDate::Kind::Birthday, u"1815-12-10"_s)).ok());
        auto merged = nb->mergeContacts(ada, twin);
        QVERIFY2(merged.ok(), merged.ok() ? "" : qPrintable(merged.error().message));
        QCOMPARE(nb->importantDates(ada, QDate(2026, 5, 1))->size(), 2);
        QVERIFY(nb->unmergeContacts(*merged).ok());
        QCOMPARE(nb->importantDates(ada, QDate(2026, 5, 1))->size(), 1);
        QCOMPARE(nb->importantDates(twin, QDate(2026, 5, 1))->size(), 1);
        QCOMPARE(nb->importantDates(twin, QDate(2026, 5, 1))->constFirst().date.title(), u"birthday"_s);
    }

    void aCustomDateNeedsALabel()
    {
        test::TempNotebook nb(QDate(2026, 5, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        auto refused = nb->addImportantDate(dateOf(ada, ImportantDate::Kind::Custom, u"2027-05-04"_s, u" "_s));
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QCOMPARE(nb->importantDates(ada, QDate(2026, 5, 1))->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportantDates)
#include "tst_importantdates.moc"
