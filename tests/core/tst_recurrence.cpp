#include "schedule/Recurrence.h"

#include <QTest>

using namespace tend;
using namespace Qt::StringLiterals;

namespace {
Recurrence every(int n, Recurrence::Unit unit, bool fromCompletion = false)
{
    return Recurrence{n, unit, fromCompletion};
}
} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT
private slots:
    void parsesTheCommandLineForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("every");
        QTest::addColumn<int>("unit");
        QTest::newRow("90d") << u"90d"_s << 90 << int(Recurrence::Unit::Days);
        QTest::newRow("2w") << u"2w"_s << 2 << int(Recurrence::Unit::Weeks);
        QTest::newRow("1m") << u"1m"_s << 1 << int(Recurrence::Unit::Months);
        QTest::newRow("1y") << u"1y"_s << 1 << int(Recurrence::Unit::Years);
        QTest::newRow("upper case and spaces") << u" 3 M "_s << 3 << int(Recurrence::Unit::Months);
    }
    void parsesTheCommandLineForms()
    {
        QFETCH(QString, text);
        QFETCH(int, every);
        QFETCH(int, unit);
        const auto parsed = Recurrence::fromText(text, u"--every"_s);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->every, every);
        QCOMPARE(int(parsed->unit), unit);
        QCOMPARE(Recurrence::fromText(parsed->toText(), u"--every"_s)->toText(), parsed->toText());
    }

    void refusesWhatIsNotARepeat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("zero") << u"0d"_s << u"every 0"_s;
        QTest::newRow("no unit") << u"12"_s << u"is not a repeat"_s;
        QTest::newRow("unknown unit") << u"3q"_s << u"is not a repeat"_s;
        QTest::newRow("negative") << u"-1w"_s << u"is not a repeat"_s;
        QTest::newRow("empty") << QString() << u"is not a repeat"_s;
        QTest::newRow("absurd") << u"999999999d"_s << u"too far apart"_s;
    }
    void refusesWhatIsNotARepeat()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto parsed = Recurrence::fromText(text, u"--every"_s);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, Error::Code::Invalid);
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.startsWith(u"--every"_s));
    }

    void monthlyFromTheThirtyFirstKeepsItsDay()
    {
        const QDate anchor(2027, 1, 31);
        const Recurrence monthly = every(1, Recurrence::Unit::Months);
        const QList<QDate> expected{QDate(2027, 1, 31), QDate(2027, 2, 28), QDate(2027, 3, 31), QDate(2027, 4, 30),
                                    QDate(2027, 5, 31), QDate(2027, 6, 30), QDate(2027, 7, 31), QDate(2027, 8, 31),
                                    QDate(2027, 9, 30), QDate(2027, 10, 31)};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(rules::occurrence(anchor, monthly, i), expected.at(i));
        QCOMPARE(rules::occurrence(QDate(2028, 1, 31), monthly, 1), QDate(2028, 2, 29));
    }

    void tenOccurrencesChainedByCompletion()
    {
        // Completing each occurrence, late or early, never moves a due-date series.
        const Recurrence quarterly = every(3, Recurrence::Unit::Months);
        rules::SeriesPosition position{QDate(2026, 11, 30), 0, QDate(2026, 11, 30)};
        QList<QDate> dues;
        for (int i = 0; i < 10; ++i) {
            const QDate completedOn = position.due.addDays(i % 2 ? 5 : -3);
            position = rules::nextOccurrence(position.anchor, position.index, quarterly, completedOn);
            dues.append(position.due);
        }
        QCOMPARE(dues.first(), QDate(2027, 2, 28));
        QCOMPARE(dues.at(1), QDate(2027, 5, 30));
        QCOMPARE(dues.at(4), QDate(2028, 2, 29));
        QCOMPARE(dues.last(), QDate(2029, 5, 30));
        QCOMPARE(position.anchor, QDate(2026, 11, 30));
        QCOMPARE(position.index, 10);
    }

    void fromCompletionCountsFromTheDayItWasDone()
    {
        const Recurrence weekly = every(2, Recurrence::Unit::Weeks, true);
        auto next = rules::nextOccurrence(QDate(2026, 12, 1), 0, weekly, QDate(2026, 12, 9));
        QCOMPARE(next.due, QDate(2026, 12, 23));
        QCOMPARE(next.anchor, QDate(2026, 12, 9));
        next = rules::nextOccurrence(next.anchor, next.index, weekly, QDate(2026, 12, 20));
        QCOMPARE(next.due, QDate(2027, 1, 3));
    }

    void yearlyOnLeapDayFallsOnTheTwentyEighth()
    {
        const Recurrence yearly = every(1, Recurrence::Unit::Years);
        QCOMPARE(rules::occurrence(QDate(2028, 2, 29), yearly, 1), QDate(2029, 2, 28));
        QCOMPARE(rules::occurrence(QDate(2028, 2, 29), yearly, 4), QDate(2032, 2, 29));
    }

    void nothingAfterTheLastStorableDay()
    {
        QVERIFY(!rules::occurrence(QDate(9999, 12, 1), every(1, Recurrence::Unit::Months), 1).isValid());
        QVERIFY(!rules::occurrence(QDate(9999, 12, 30), every(2, Recurrence::Unit::Days), 1).isValid());
        QCOMPARE(rules::occurrence(QDate(9999, 12, 30), every(1, Recurrence::Unit::Days), 1), QDate(9999, 12, 31));
        QVERIFY(!rules::occurrence(QDate(2026, 1, 1), every(3650, Recurrence::Unit::Years), 3).isValid());
    }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
