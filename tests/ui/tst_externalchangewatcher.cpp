#include "TestSupport.h"

#include "ExternalChangeWatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

class TestExternalChangeWatcher : public QObject
{
    Q_OBJECT
private slots:
    void anotherProcessesWriteIsNoticed();
    void ownWritesDoNotReload();
};

void TestExternalChangeWatcher::anotherProcessesWriteIsNoticed()
{
    test::TempNotebook window;
    ExternalChangeWatcher watcher(*window.notebook);
    QSignalSpy changed(window.notebook.get(), &Notebook::changed);

    // The CLI: another connection on the same file.
    auto cli = Notebook::open(window.path, {}, Clock::fixed(QDate(2026, 11, 23)));
    QVERIFY(cli);
    test::addContact(**cli, u"Ada Lovelace"_s);

    // The file watcher picks it up without polling; check() is what it calls.
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    QCOMPARE(changed.last().first().value<Notebook::Changes>(), Notebook::Changes(Notebook::Change::Everything));
    QCOMPARE(window->contactCount({}).value(), 1);
}

void TestExternalChangeWatcher::ownWritesDoNotReload()
{
    test::TempNotebook window;
    ExternalChangeWatcher watcher(*window.notebook);
    QSignalSpy changed(window.notebook.get(), &Notebook::changed);
    QSignalSpy checked(&watcher, &ExternalChangeWatcher::checked);
    test::addContact(*window.notebook, u"Grace Hopper"_s);
    QCOMPARE(changed.size(), 1); // the write's own signal
    watcher.check();
    QCOMPARE(changed.size(), 1);
    // The file watcher saw the write too: wait for the check it triggers, then look again.
    QVERIFY(checked.wait(5000));
    QCOMPARE(changed.size(), 1); // no second, "external" reload
}

QTEST_MAIN(TestExternalChangeWatcher)
#include "tst_externalchangewatcher.moc"
