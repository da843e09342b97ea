#include "TestSupport.h"

#include "SingleInstance.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend::gui;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void secondInstanceActivatesTheFirst();
    void namesDependOnTheDatabase();
};

void TestSingleInstance::secondInstanceActivatesTheFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tend.db"_s);
    SingleInstance first(path);
    QCOMPARE(first.start(), SingleInstance::Outcome::Primary);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    SingleInstance second(path);
    QCOMPARE(second.start(), SingleInstance::Outcome::ActivatedOther);
    QTRY_COMPARE(activated.size(), 1);

    SingleInstance elsewhere(dir.filePath(u"other.db"_s));
    QCOMPARE(elsewhere.start(), SingleInstance::Outcome::Primary);
}

void TestSingleInstance::namesDependOnTheDatabase()
{
    const QString a = SingleInstance::serverName(u"/tmp/a/tend.db"_s);
    QCOMPARE(a, SingleInstance::serverName(u"/tmp/a/tend.db"_s));
    QVERIFY(a != SingleInstance::serverName(u"/tmp/b/tend.db"_s));
    QVERIFY(a.startsWith(u"tend-"_s));
    QVERIFY(!a.contains(u'/'));
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
