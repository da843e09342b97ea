#include "CliRunner.h"
#include "TestSupport.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using tend::test::CliResult;
using tend::test::CliRunner;

class TestCliDemo : public QObject
{
    Q_OBJECT
private slots:
    void smallDemoHasEveryRoleAndSomethingDue()
    {
        CliRunner tend;
        const CliResult result = tend.run({u"demo"_s, u"--contacts"_s, u"60"_s, u"--interactions"_s, u"800"_s});
        QVERIFY_CLI_OK(result);
        QVERIFY2(result.out.contains(u"Added 60 contacts, 800 interactions"_s), qPrintable(result.out));

        const QJsonArray contacts = tend.run({u"contact"_s, u"list"_s, u"--all"_s, u"--json"_s}).json().array();
        QCOMPARE(contacts.size(), 60);
        QSet<QString> roles;
        int withTwoRoles = 0;
        int withHistory = 0;
        for (const QJsonValue &value : contacts) {
            const QJsonArray contactRoles = value.toObject().value(u"roles"_s).toArray();
            for (const QJsonValue &role : contactRoles)
                roles.insert(role.toString());
            withTwoRoles += contactRoles.size() > 1 ? 1 : 0;
            withHistory += value.toObject().value(u"last_interaction"_s).isString() ? 1 : 0;
        }
        QCOMPARE(roles, (QSet<QString>{u"mentor"_s, u"sponsor"_s, u"coach"_s, u"therapist"_s, u"peer"_s}));
        QVERIFY(withTwoRoles > 0);
        QVERIFY(withHistory > 30);

        const QJsonArray due = tend.run({u"due"_s, u"--within"_s, u"7"_s, u"--json"_s}).json().array();
        QSet<QString> kinds;
        bool dueToday = false;
        bool overdue = false;
        for (const QJsonValue &value : due) {
            kinds.insert(value.toObject().value(u"kind"_s).toString());
            dueToday |= value.toObject().value(u"overdue_days"_s).toInt() == 0;
            overdue |= value.toObject().value(u"overdue_days"_s).toInt() > 0;
        }
        QVERIFY(kinds.contains(u"follow-up"_s));
        QVERIFY(dueToday);
        QVERIFY(overdue);
        QVERIFY(!tend.run({u"helped"_s, u"--since"_s, u"365"_s, u"--json"_s}).json().array().isEmpty());
    }

    void sameSeedSameNetwork()
    {
        CliRunner first;
        CliRunner second;
        for (const CliRunner *tend : {&first, &second})
            QVERIFY_CLI_OK(tend->run({u"demo"_s, u"--contacts"_s, u"20"_s, u"--interactions"_s, u"100"_s, u"--seed"_s, u"7"_s}));
        const auto names = [](const CliRunner &tend) {
            return tend.run({u"contact"_s, u"list"_s, u"--all"_s, u"--json"_s}).json();
        };
        QCOMPARE(names(first), names(second));
    }

    void refusesToMixWithRealNotesUnlessForced()
    {
        CliRunner tend;
        tend.addContact(u"My Real Mentor"_s);
        const QByteArray before = tend::test::fileDigest(tend.databasePath());
        const CliResult refused = tend.run({u"demo"_s, u"--contacts"_s, u"5"_s, u"--interactions"_s, u"10"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(u"--force"_s));
        QCOMPARE(tend::test::fileDigest(tend.databasePath()), before);

        QVERIFY_CLI_OK(tend.run({u"demo"_s, u"--contacts"_s, u"5"_s, u"--interactions"_s, u"10"_s, u"--force"_s}));
        QCOMPARE(tend.run({u"contact"_s, u"list"_s, u"--all"_s, u"--json"_s}).json().array().size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
