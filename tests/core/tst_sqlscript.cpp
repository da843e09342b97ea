#include "db/SqlScript.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSqlScript : public QObject
{
    Q_OBJECT
private slots:
    void splitsPlainStatements()
    {
        QCOMPARE(tend::splitSqlScript(u"CREATE TABLE a (x); INSERT INTO a VALUES (1);"_s),
                 (QStringList{u"CREATE TABLE a (x)"_s, u"INSERT INTO a VALUES (1)"_s}));
    }
    void keepsSemicolonsInsideQuotes()
    {
        const auto parts = tend::splitSqlScript(u"INSERT INTO a VALUES ('x;y', \"q;\", 'it''s;');SELECT 1"_s);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0), u"INSERT INTO a VALUES ('x;y', \"q;\", 'it''s;')"_s);
    }
    void dropsComments()
    {
        const auto parts = tend::splitSqlScript(u"-- a; comment\nSELECT 1; /* b; c */ SELECT 2 -- tail;\n"_s);
        QCOMPARE(parts.size(), 2);
        QVERIFY(!parts.at(0).contains(u"comment"_s));
        QCOMPARE(parts.at(1).simplified(), u"SELECT 2"_s);
    }
    void keepsTriggerBodiesWhole()
    {
        const QString trigger = u"CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET x = CASE WHEN 1 THEN 2 ELSE 3 END;"
                                " DELETE FROM c; END"_s;
        const auto parts = tend::splitSqlScript(trigger + u"; SELECT 1;"_s);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0), trigger);
    }
    void tempTriggerAndBeginTransaction()
    {
        const auto parts = tend::splitSqlScript(
            u"BEGIN; CREATE TEMP TRIGGER t AFTER DELETE ON a BEGIN SELECT 1; END; COMMIT;"_s);
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0), u"BEGIN"_s);
        QCOMPARE(parts.at(2), u"COMMIT"_s);
    }
    void emptyInputGivesNothing()
    {
        QVERIFY(tend::splitSqlScript(u"  ;; -- only a comment\n"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
