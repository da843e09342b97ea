#include "CliRunner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tend::test::CliResult;
using tend::test::CliRunner;

class TestCliReports : public QObject
{
    Q_OBJECT
private slots:
    void searchFindsPeopleByWhatWasSaid()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s, {u"--org"_s, u"Analytical Engines"_s});
        tend.addContact(u"Grace Hopper"_s, {});
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"grace"_s, u"--note"_s, u"Negotiation tips for the promotion"_s}));

        const CliResult engines = tend.run({u"search"_s, u"analytical"_s, u"--json"_s});
        QVERIFY_CLI_OK(engines);
        const QJsonArray hits = engines.json().array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).toObject().keys(), (QStringList{u"archived"_s, u"contact"_s, u"contact_id"_s, u"date"_s,
                                                            u"excerpt"_s, u"field"_s, u"interaction_id"_s, u"where"_s}));
        QCOMPARE(hits.at(0).toObject().value(u"contact"_s).toString(), u"Ada Lovelace"_s);
        QCOMPARE(hits.at(0).toObject().value(u"where"_s).toString(), u"contact"_s);
        QCOMPARE(hits.at(0).toObject().value(u"field"_s).toString(), u"organisation"_s);
        QCOMPARE(hits.at(0).toObject().value(u"excerpt"_s).toString(), u"Analytical Engines"_s);
        QVERIFY(hits.at(0).toObject().value(u"interaction_id"_s).isNull());

        const CliResult promotion = tend.run({u"search"_s, u"negotiation"_s, u"promo"_s});
        QVERIFY_CLI_OK(promotion);
        QVERIFY(promotion.out.contains(u"Grace Hopper"_s));
        QVERIFY(!promotion.out.contains(u"Ada"_s));
        QVERIFY2(promotion.out.contains(u"notes, coffee 2026-11-23"_s), qPrintable(promotion.out)); // where it matched
        const QJsonObject said = tend.run({u"search"_s, u"negot"_s, u"--json"_s}).json().array().at(0).toObject();
        QCOMPARE(said.value(u"where"_s).toString(), u"interaction"_s);
        QCOMPARE(said.value(u"field"_s).toString(), u"notes"_s);
        QCOMPARE(said.value(u"date"_s).toString(), u"2026-11-23"_s);
        QVERIFY(said.value(u"interaction_id"_s).toInteger() > 0);

        QVERIFY_CLI_OK(tend.run({u"search"_s, u"\"unbalanced AND ("_s}));
        const CliResult badLimit = tend.run({u"search"_s, u"x"_s, u"--limit"_s, u"0"_s});
        QCOMPARE(badLimit.exitCode, 2);
        QVERIFY(badLimit.err.contains(u"--limit"_s));
    }

    void helpedListsWhoYouGaveToMostRecentFirst()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s, {u"--role"_s, u"peer"_s});
        tend.addContact(u"Grace Hopper"_s, {u"--role"_s, u"peer"_s});
        tend.addContact(u"Alan Turing"_s, {u"--role"_s, u"mentor"_s});
        const auto log = [&](const QString &who, const QString &date, const QString &direction) {
            QVERIFY_CLI_OK(tend.run({u"log"_s, u"review"_s, who, u"--date"_s, date, u"--direction"_s, direction}));
        };
        log(u"ada"_s, u"2026-11-01"_s, u"gave"_s);
        log(u"ada"_s, u"2026-11-05"_s, u"mutual"_s);
        log(u"grace"_s, u"2026-11-20"_s, u"gave"_s);
        log(u"grace"_s, u"2026-08-01"_s, u"gave"_s);     // outside 30 days
        log(u"alan"_s, u"2026-11-22"_s, u"received"_s); // they helped me: not listed

        const CliResult result = tend.run({u"helped"_s, u"--json"_s});
        QVERIFY_CLI_OK(result);
        const QJsonArray entries = result.json().array();
        QCOMPARE(entries.size(), 2);
        const QJsonObject grace = entries.at(0).toObject();
        QCOMPARE(grace.keys(), (QStringList{u"contact"_s, u"contact_id"_s, u"count"_s, u"last"_s}));
        QCOMPARE(grace.value(u"contact"_s).toString(), u"Grace Hopper"_s);
        QCOMPARE(grace.value(u"contact_id"_s).toInteger(), 2);
        QCOMPARE(grace.value(u"count"_s).toInt(), 1);
        QCOMPARE(grace.value(u"last"_s).toString(), u"2026-11-20"_s);
        const QJsonObject ada = entries.at(1).toObject();
        QCOMPARE(ada.value(u"contact"_s).toString(), u"Ada Lovelace"_s);
        QCOMPARE(ada.value(u"count"_s).toInt(), 2);
        QCOMPARE(ada.value(u"last"_s).toString(), u"2026-11-05"_s);

        const QJsonArray year = tend.run({u"helped"_s, u"--since"_s, u"365"_s, u"--json"_s}).json().array();
        QCOMPARE(year.size(), 2);
        QCOMPARE(year.at(0).toObject().value(u"count"_s).toInt(), 2);

        const QJsonArray week = tend.run({u"helped"_s, u"--since"_s, u"7"_s, u"--json"_s}).json().array();
        QCOMPARE(week.size(), 1);
        QCOMPARE(week.at(0).toObject().value(u"contact"_s).toString(), u"Grace Hopper"_s);

        const CliResult text = tend.run({u"helped"_s});
        QVERIFY_CLI_OK(text);
        const QStringList lines = text.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).startsWith(u"Grace Hopper"_s));
        QVERIFY(lines.at(2).startsWith(u"Ada Lovelace"_s));
    }

    void timelineIsNewestFirst()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s, {u"--role"_s, u"mentor"_s});
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"call"_s, u"ada"_s, u"--date"_s, u"2026-10-01"_s, u"--summary"_s, u"First call"_s}));
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"ada"_s, u"--date"_s, u"2026-11-02"_s, u"--summary"_s, u"Coffee"_s}));
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"email"_s, u"ada"_s, u"--date"_s, u"2026-10-20"_s}));

        const CliResult result = tend.run({u"timeline"_s, u"ada"_s, u"--json"_s});
        QVERIFY_CLI_OK(result);
        const QJsonArray entries = result.json().array();
        QCOMPARE(entries.size(), 4);
        QStringList dates;
        for (const QJsonValue &entry : entries)
            dates.append(entry.toObject().value(u"date"_s).toString());
        QCOMPARE(dates, (QStringList{u"2026-11-16"_s, u"2026-11-02"_s, u"2026-10-20"_s, u"2026-10-01"_s}));
        const QJsonObject followUp = entries.at(0).toObject();
        QCOMPARE(followUp.value(u"type"_s).toString(), u"reminder"_s);
        QCOMPARE(followUp.value(u"state"_s).toString(), u"open"_s);
        QCOMPARE(followUp.value(u"interaction_id"_s).toInteger(), 2);
        QVERIFY(followUp.value(u"completed"_s).isNull());
        const QJsonObject email = entries.at(2).toObject();
        QCOMPARE(email.value(u"kind"_s).toString(), u"email"_s);
        QVERIFY(email.value(u"summary"_s).isNull());
        QCOMPARE(entries.at(3).toObject().value(u"summary"_s).toString(), u"First call"_s);

        const CliResult text = tend.run({u"timeline"_s, u"ada"_s});
        QVERIFY_CLI_OK(text);
        QVERIFY(text.out.indexOf(u"2026-11-02"_s) < text.out.indexOf(u"2026-10-01"_s));
    }

    void insightsJsonHasRolesMonthsAndCallouts()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s, {u"--role"_s, u"mentor"_s, u"--role"_s, u"peer"_s});
        tend.addContact(u"Alan Turing"_s, {u"--role"_s, u"sponsor"_s});
        const auto log = [&](const QString &who, const QString &date, const QString &direction) {
            QVERIFY_CLI_OK(tend.run({u"log"_s, u"call"_s, who, u"--date"_s, date, u"--direction"_s, direction}));
        };
        log(u"ada"_s, u"2026-11-02"_s, u"received"_s);
        log(u"ada"_s, u"2026-10-15"_s, u"received"_s);
        log(u"ada"_s, u"2026-10-16"_s, u"mutual"_s);
        log(u"alan"_s, u"2026-01-10"_s, u"gave"_s); // long ago: no active sponsor

        const CliResult result = tend.run({u"insights"_s, u"--json"_s});
        QVERIFY_CLI_OK(result);
        const QJsonObject insights = result.json().object();
        QCOMPARE(insights.keys(), (QStringList{u"callouts"_s, u"months"_s, u"roles"_s}));

        const QJsonArray roles = insights.value(u"roles"_s).toArray();
        QCOMPARE(roles.size(), 5);
        QCOMPARE(roles.at(0).toObject().keys(), (QStringList{u"active"_s, u"role"_s, u"total"_s}));
        QStringList roleKeys;
        for (const QJsonValue &role : roles)
            roleKeys.append(role.toObject().value(u"role"_s).toString());
        QCOMPARE(roleKeys, (QStringList{u"mentor"_s, u"sponsor"_s, u"coach"_s, u"therapist"_s, u"peer"_s}));
        QCOMPARE(roles.at(0).toObject().value(u"active"_s).toInt(), 1);
        QCOMPARE(roles.at(1).toObject().value(u"active"_s).toInt(), 0);
        QCOMPARE(roles.at(1).toObject().value(u"total"_s).toInt(), 1);

        const QJsonArray months = insights.value(u"months"_s).toArray();
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.first().toObject().value(u"month"_s).toString(), u"2025-12"_s);
        const QJsonObject october = months.at(10).toObject();
        QCOMPARE(october.keys(), (QStringList{u"by_role"_s, u"gave"_s, u"month"_s, u"received"_s}));
        QCOMPARE(october.value(u"month"_s).toString(), u"2026-10"_s);
        const QJsonObject byRole = october.value(u"by_role"_s).toObject();
        QCOMPARE(byRole.keys(), (QStringList{u"coach"_s, u"mentor"_s, u"peer"_s, u"sponsor"_s, u"therapist"_s}));
        QCOMPARE(byRole.value(u"mentor"_s).toInt(), 2);
        QCOMPARE(byRole.value(u"peer"_s).toInt(), 2);
        QCOMPARE(byRole.value(u"sponsor"_s).toInt(), 0);
        QCOMPARE(october.value(u"gave"_s).toInt(), 1);
        QCOMPARE(october.value(u"received"_s).toInt(), 2);
        QCOMPARE(months.at(0).toObject().value(u"by_role"_s).toObject().value(u"sponsor"_s).toInt(), 0);
        QCOMPARE(months.at(1).toObject().value(u"by_role"_s).toObject().value(u"sponsor"_s).toInt(), 1);

        QCOMPARE(insights.value(u"callouts"_s).toArray(),
                 (QJsonArray{u"No active sponsor: nothing logged with your sponsor in the last 90 days."_s,
                             u"You have received 3 times and given once in 90 days."_s}));

        const CliResult text = tend.run({u"insights"_s});
        QVERIFY_CLI_OK(text);
        QVERIFY(text.out.contains(u"- No active sponsor"_s));
        QVERIFY(text.out.contains(u"2026-10"_s));
        QVERIFY(text.out.contains(u"THERAPIST"_s));

        QCOMPARE(tend.run({u"insights"_s, u"extra"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
