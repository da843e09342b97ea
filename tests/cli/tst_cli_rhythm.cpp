#include "CliRunner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tend::test::CliResult;
using tend::test::CliRunner;

namespace {

QJsonObject nudgeOf(CliRunner &tend, const QString &contact, QDate today, const QStringList &extra = {})
{
    tend.setToday(today);
    const QJsonArray items = tend.run(QStringList{u"due"_s, u"--json"_s} + extra).json().array();
    for (const QJsonValue &item : items) {
        if (item[u"contact"_s].toString() == contact && item[u"kind"_s].toString() == u"keep-in-touch"_s)
            return item.toObject();
    }
    return {};
}

} // namespace

// Issue 10 end to end: tags, config, important dates, recurring reminders, richer logging.
class TestCliRhythm : public QObject
{
    Q_OBJECT
private slots:
    void tagsAreAddedListedFilteredAndRenamedIntoAMerge()
    {
        CliRunner tend;
        tend.addContact(u"Ada"_s, {u"--met-via"_s, u"school"_s});
        tend.addContact(u"Bo"_s, {u"--met-via"_s, u"work"_s});
        QVERIFY_CLI_OK(tend.run({u"tag"_s, u"add"_s, u"ada"_s, u"inner circle"_s, u"PyLadies"_s}));
        QVERIFY_CLI_OK(tend.run({u"tag"_s, u"add"_s, u"bo"_s, u"pyladies"_s}));

        const QJsonArray tags = tend.run({u"tag"_s, u"list"_s, u"--json"_s}).json().array();
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags.at(1)[u"name"_s].toString(), u"PyLadies"_s);
        QCOMPARE(tags.at(1)[u"contacts"_s].toInt(), 2);

        const QJsonArray filtered = tend.run({u"contact"_s, u"list"_s, u"--tag"_s, u"PYLADIES"_s, u"--met-via"_s,
                                              u"school"_s, u"--json"_s})
                                        .json()
                                        .array();
        QCOMPARE(filtered.size(), 1);
        QCOMPARE(filtered.at(0)[u"name"_s].toString(), u"Ada"_s);

        const CliResult merged = tend.run({u"tag"_s, u"rename"_s, u"pyladies"_s, u"inner circle"_s});
        QVERIFY_CLI_OK(merged);
        QVERIFY2(merged.out.contains(u"Merged"_s), qPrintable(merged.describe()));
        const QJsonArray after = tend.run({u"tag"_s, u"list"_s, u"--json"_s}).json().array();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.at(0)[u"contacts"_s].toInt(), 2); // nobody dropped

        QVERIFY_CLI_OK(tend.run({u"tag"_s, u"remove"_s, u"bo"_s, u"inner circle"_s}));
        QCOMPARE(tend.run({u"tag"_s, u"list"_s, u"--json"_s}).json().array().at(0)[u"contacts"_s].toInt(), 1);
    }

    void configGetsSetsUnsetsAndListsByStableKeys()
    {
        CliRunner tend(QDate(2026, 3, 1));
        tend.addContact(u"Ada"_s, {u"--role"_s, u"mentor"_s});
        QCOMPARE(tend.run({u"config"_s, u"get"_s, u"cadence.role.mentor"_s}).out.trimmed(), u"30"_s);
        QVERIFY_CLI_OK(tend.run({u"config"_s, u"set"_s, u"cadence.role.mentor"_s, u"10"_s}));
        QCOMPARE(nudgeOf(tend, u"Ada"_s, QDate::fromString(u"2026-03-11"_s, Qt::ISODate)).value(u"due"_s).toString(), u"2026-03-11"_s);

        QVERIFY_CLI_OK(tend.run({u"tag"_s, u"add"_s, u"ada"_s, u"inner circle"_s}));
        QVERIFY_CLI_OK(tend.run({u"config"_s, u"set"_s, u"cadence.tag.inner circle"_s, u"none"_s}));
        QVERIFY(nudgeOf(tend, u"Ada"_s, QDate(2026, 3, 1), {u"--within"_s, u"365"_s}).isEmpty()); // the tag says no nudges
        QVERIFY_CLI_OK(tend.run({u"config"_s, u"unset"_s, u"cadence.tag.inner circle"_s}));
        QVERIFY(!nudgeOf(tend, u"Ada"_s, QDate(2026, 3, 1), {u"--within"_s, u"365"_s}).isEmpty());

        QVERIFY_CLI_OK(tend.run({u"config"_s, u"unset"_s, u"cadence.role.mentor"_s}));
        const QJsonArray all = tend.run({u"config"_s, u"list"_s, u"--json"_s}).json().array();
        bool found = false;
        for (const QJsonValue &entry : all) {
            if (entry[u"key"_s].toString() == u"cadence.role.mentor"_s) {
                found = true;
                QCOMPARE(entry[u"value"_s].toString(), u"30"_s);
                QCOMPARE(entry[u"set"_s].toBool(), false);
            }
        }
        QVERIFY(found);
    }

    void dueSaysOverdueWithItsThresholdDates()
    {
        CliRunner tend(QDate(2026, 3, 1));
        tend.addContact(u"Ada"_s, {u"--role"_s, u"mentor"_s}); // due 03-31, overdue 04-15
        QJsonObject nudge = nudgeOf(tend, u"Ada"_s, QDate::fromString(u"2026-04-14"_s, Qt::ISODate));
        QCOMPARE(nudge.value(u"overdue"_s).toBool(), false);
        QCOMPARE(nudge.value(u"due"_s).toString(), u"2026-03-31"_s);
        QCOMPARE(nudge.value(u"overdue_on"_s).toString(), u"2026-04-15"_s);
        nudge = nudgeOf(tend, u"Ada"_s, QDate::fromString(u"2026-04-15"_s, Qt::ISODate));
        QCOMPARE(nudge.value(u"overdue"_s).toBool(), true);
        QVERIFY_CLI_OK(tend.run({u"config"_s, u"set"_s, u"overdue-factor"_s, u"2"_s}));
        QCOMPARE(nudgeOf(tend, u"Ada"_s, QDate::fromString(u"2026-04-15"_s, Qt::ISODate)).value(u"overdue_on"_s).toString(), u"2026-04-30"_s);
    }

    void importantDatesAreAddedListedAndRemindedOf()
    {
        CliRunner tend(QDate(2026, 12, 1));
        tend.addContact(u"Ada Lovelace"_s);
        QVERIFY_CLI_OK(tend.run({u"date"_s, u"add"_s, u"ada"_s, u"birthday"_s, u"1815-12-10"_s}));
        QVERIFY_CLI_OK(tend.run({u"date"_s, u"add"_s, u"ada"_s, u"custom"_s, u"PhD defense"_s, u"2027-05-04"_s}));
        QVERIFY_CLI_OK(tend.run({u"date"_s, u"add"_s, u"ada"_s, u"anniversary"_s, u"--12-03"_s}));

        const QJsonArray soon = tend.run({u"date"_s, u"list"_s, u"--within"_s, u"10"_s, u"--json"_s}).json().array();
        QCOMPARE(soon.size(), 2);
        QCOMPARE(soon.at(0)[u"kind"_s].toString(), u"anniversary"_s);
        QCOMPARE(soon.at(0)[u"years"_s].isNull(), true);
        QCOMPARE(soon.at(1)[u"next"_s].toString(), u"2026-12-10"_s);
        QCOMPARE(soon.at(1)[u"years"_s].toInt(), 211);
        const QJsonArray all = tend.run({u"date"_s, u"list"_s, u"--json"_s}).json().array();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(2)[u"next"_s].toString(), u"2027-05-04"_s);

        QVERIFY_CLI_OK(tend.run({u"config"_s, u"set"_s, u"lead.birthday"_s, u"7"_s}));
        tend.setToday(QDate(2026, 12, 3));
        const QJsonArray due = tend.run({u"due"_s, u"--json"_s}).json().array();
        QStringList reasons;
        for (const QJsonValue &item : due) {
            if (item[u"kind"_s].toString() == u"date"_s)
                reasons.append(item[u"reason"_s].toString());
        }
        QCOMPARE(reasons, (QStringList{u"work anniversary"_s, u"birthday"_s}));
    }

    // A date's reminder is "d" + its id in `tend due`; done, dismiss and snooze act on this year's
    // occurrence only.
    void dateRemindersAreDoneSnoozedAndDismissedByTheirDueId()
    {
        CliRunner tend(QDate(2026, 12, 10));
        tend.addContact(u"Ada Lovelace"_s);
        tend.addContact(u"Bo"_s);
        QVERIFY_CLI_OK(tend.run({u"date"_s, u"add"_s, u"ada"_s, u"birthday"_s, u"1815-12-10"_s}));
        QVERIFY_CLI_OK(tend.run({u"date"_s, u"add"_s, u"bo"_s, u"custom"_s, u"PhD defense"_s, u"--12-10"_s}));
        auto dates = [&tend](QDate today) {
            tend.setToday(today);
            QJsonArray found;
            for (const QJsonValue &item : tend.run({u"due"_s, u"--json"_s}).json().array()) {
                if (item[u"kind"_s].toString() == u"date"_s)
                    found.append(item);
            }
            return found;
        };
        const QJsonArray shown = dates(QDate(2026, 12, 10));
        QCOMPARE(shown.size(), 2);
        const QJsonObject ada = shown.at(0)[u"contact"_s].toString() == u"Ada Lovelace"_s ? shown.at(0).toObject()
                                                                                            : shown.at(1).toObject();
        const QString adaId = ada[u"id"_s].toString();
        QCOMPARE(adaId, u"d%1"_s.arg(ada[u"date_id"_s].toInteger()));
        QCOMPARE(ada[u"occurs_on"_s].toString(), u"2026-12-10"_s);
        QCOMPARE(ada[u"years"_s].toInt(), 211);
        QCOMPARE(ada[u"reason"_s].toString(), u"birthday"_s);
        QCOMPARE(ada[u"overdue"_s].toBool(), false);
        const QJsonObject bo = shown.at(0)[u"contact"_s].toString() == u"Bo"_s ? shown.at(0).toObject() : shown.at(1).toObject();
        const QString boId = bo[u"id"_s].toString();
        QVERIFY(bo[u"years"_s].isNull());

        // The text list names them by the same id.
        const CliResult text = tend.run({u"due"_s});
        QVERIFY_CLI_OK(text);
        QVERIFY2(text.out.contains(adaId) && text.out.contains(u"birthday (211)"_s), qPrintable(text.out));

        const CliResult done = tend.run({u"done"_s, adaId});
        QVERIFY_CLI_OK(done);
        QVERIFY2(done.out.contains(u"Ada Lovelace"_s) && done.out.contains(u"2026-12-10"_s), qPrintable(done.out));
        QCOMPARE(dates(QDate(2026, 12, 10)).size(), 1);
        // Next year's birthday comes back.
        const QJsonArray nextYear = dates(QDate(2027, 12, 10));
        QCOMPARE(nextYear.size(), 2);

        // Snoozed for two days, past the day itself: back on the 12th, then done.
        tend.setToday(QDate(2026, 12, 10));
        const CliResult snoozed = tend.run({u"snooze"_s, boId, u"2"_s});
        QVERIFY_CLI_OK(snoozed);
        QVERIFY2(snoozed.out.contains(u"2026-12-12"_s), qPrintable(snoozed.out));
        QCOMPARE(dates(QDate(2026, 12, 10)).size(), 0);
        QCOMPARE(dates(QDate(2026, 12, 11)).size(), 0);
        const QJsonArray back = dates(QDate(2026, 12, 12));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.at(0)[u"id"_s].toString(), boId);
        QCOMPARE(back.at(0)[u"occurs_on"_s].toString(), u"2026-12-10"_s);
        QCOMPARE(back.at(0)[u"overdue_days"_s].toInt(), 2);
        tend.setToday(QDate(2026, 12, 12));
        QVERIFY_CLI_OK(tend.run({u"dismiss"_s, boId}));
        QCOMPARE(dates(QDate(2026, 12, 13)).size(), 0);
        QCOMPARE(dates(QDate(2027, 12, 10)).size(), 2);

        // Bad ids and snoozes: exit 2, nothing changes.
        tend.setToday(QDate(2027, 12, 10));
        QCOMPARE(tend.run({u"done"_s, u"d999"_s}).exitCode, 1);
        QCOMPARE(tend.run({u"done"_s, u"dx"_s}).exitCode, 2);
        QCOMPARE(tend.run({u"snooze"_s, adaId, u"400"_s}).exitCode, 2);
        QCOMPARE(dates(QDate(2027, 12, 10)).size(), 2);
    }

    void aRecurringReminderSchedulesItsNextWhenDone()
    {
        CliRunner tend(QDate(2026, 1, 31));
        tend.addContact(u"Sam"_s, {u"--role"_s, u"sponsor"_s});
        QVERIFY_CLI_OK(tend.run({u"remind"_s, u"sam"_s, u"--on"_s, u"2026-01-31"_s, u"--reason"_s, u"1:1 prep"_s,
                                 u"--every"_s, u"1m"_s}));
        const CliResult done = tend.run({u"done"_s, u"1"_s});
        QVERIFY_CLI_OK(done);
        QVERIFY2(done.out.contains(u"2026-02-28"_s), qPrintable(done.describe()));
        tend.setToday(QDate(2026, 3, 5));
        QVERIFY_CLI_OK(tend.run({u"done"_s, u"2"_s}));
        tend.setToday(QDate(2026, 3, 31));
        const QJsonArray items = tend.run({u"due"_s, u"--json"_s}).json().array();
        QStringList dues;
        for (const QJsonValue &item : items) {
            if (item[u"kind"_s].toString() == u"follow-up"_s)
                dues.append(item[u"due"_s].toString());
        }
        QCOMPARE(dues, QStringList{u"2026-03-31"_s});
    }

    void logTakesMinutesAndARating()
    {
        CliRunner tend;
        tend.addContact(u"Ada"_s);
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"ada"_s, u"--minutes"_s, u"45"_s, u"--rating"_s, u"4"_s}));
    }

    void badInputExitsTwoAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("impossible date") << QStringList{u"date"_s, u"add"_s, u"ada"_s, u"birthday"_s, u"--02-30"_s} << u"--02-30"_s;
        QTest::newRow("repeat of zero") << QStringList{u"remind"_s, u"ada"_s, u"--in"_s, u"3"_s, u"--every"_s, u"0d"_s} << u"0"_s;
        QTest::newRow("empty tag") << QStringList{u"tag"_s, u"add"_s, u"ada"_s, u" "_s} << u"empty"_s;
        QTest::newRow("rating 6") << QStringList{u"log"_s, u"coffee"_s, u"ada"_s, u"--rating"_s, u"6"_s} << u"rating"_s;
        QTest::newRow("zero minutes") << QStringList{u"log"_s, u"coffee"_s, u"ada"_s, u"--minutes"_s, u"0"_s} << u"minutes"_s;
        QTest::newRow("unknown key") << QStringList{u"config"_s, u"set"_s, u"colour"_s, u"red"_s} << u"colour"_s;
        QTest::newRow("bad factor") << QStringList{u"config"_s, u"set"_s, u"overdue-factor"_s, u"0.5"_s} << u"overdue-factor"_s;
        QTest::newRow("custom without label") << QStringList{u"date"_s, u"add"_s, u"ada"_s, u"custom"_s, u"2027-05-04"_s} << u"label"_s;
    }

    void badInputExitsTwoAndChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        CliRunner tend;
        tend.addContact(u"Ada"_s);
        const QByteArray before = tend.run({u"contact"_s, u"show"_s, u"ada"_s, u"--json"_s}).out.toUtf8();
        const CliResult result = tend.run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.describe()));
        QCOMPARE(tend.run({u"contact"_s, u"show"_s, u"ada"_s, u"--json"_s}).out.toUtf8(), before);
        QCOMPARE(tend.run({u"tag"_s, u"list"_s, u"--json"_s}).json().array().size(), 0);
        QCOMPARE(tend.run({u"date"_s, u"list"_s, u"--json"_s}).json().array().size(), 0);
        QCOMPARE(tend.run({u"due"_s, u"--json"_s, u"--within"_s, u"30"_s}).json().array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRhythm)
#include "tst_cli_rhythm.moc"
