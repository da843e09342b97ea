#include "cli/ArgumentParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend::cli;

namespace {

const QList<OptionSpec> specs{
    {u"role"_s, u"ROLE"_s, {}, true},
    {u"org"_s, u"ORG"_s, {}},
    {u"json"_s, {}, {}},
};

} // namespace

class TestArgumentParser : public QObject
{
    Q_OBJECT
private slots:
    void splitsOptionsAndPositionals()
    {
        auto parsed = parseArguments({u"Ada"_s, u"--role"_s, u"mentor"_s, u"--org=Acme Ltd"_s, u"Lovelace"_s,
                                      u"--role"_s, u"peer"_s, u"--json"_s},
                                     specs);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->positionals, (QStringList{u"Ada"_s, u"Lovelace"_s}));
        QCOMPARE(parsed->values(u"role"_s), (QStringList{u"mentor"_s, u"peer"_s}));
        QCOMPARE(parsed->value(u"org"_s), u"Acme Ltd"_s);
        QVERIFY(parsed->isSet(u"json"_s));
        QVERIFY(!parsed->isSet(u"missing"_s));
    }

    void doubleDashEndsOptions()
    {
        auto parsed = parseArguments({u"--"_s, u"--json"_s, u"-3"_s}, specs);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->positionals, (QStringList{u"--json"_s, u"-3"_s}));
        QVERIFY(!parsed->isSet(u"json"_s));
    }

    void valuesMayLookLikeOptions()
    {
        auto parsed = parseArguments({u"--org"_s, u"--json"_s}, specs);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->value(u"org"_s), u"--json"_s);
        QVERIFY(!parsed->isSet(u"json"_s));
    }

    void rejectsMistakes_data()
    {
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << QStringList{u"--colour"_s} << u"Unknown option --colour."_s;
        QTest::newRow("missing value") << QStringList{u"--org"_s} << u"--org needs a value (ORG)."_s;
        QTest::newRow("flag with value") << QStringList{u"--json=yes"_s} << u"--json takes no value."_s;
        QTest::newRow("single given twice") << QStringList{u"--org"_s, u"A"_s, u"--org"_s, u"B"_s}
                                            << u"--org was given more than once."_s;
    }

    void rejectsMistakes()
    {
        QFETCH(QStringList, tokens);
        QFETCH(QString, message);
        auto parsed = parseArguments(tokens, specs);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message, message);
    }
};

QTEST_GUILESS_MAIN(TestArgumentParser)
#include "tst_argumentparser.moc"
