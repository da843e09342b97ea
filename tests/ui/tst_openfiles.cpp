// `tend FILE.vcf` (a file manager's "Open with Tend"; the desktop file's Exec=tend %F): the real
// binary takes words that name no command but existing files as files to import, opens the window
// with the import preview, and hands them to a window already open on the same notebook.
#include "CliRunner.h"
#include "TestSupport.h"

#include "SingleInstance.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

class TestOpenFiles : public QObject
{
    Q_OBJECT
private slots:
    void aSecondInstanceHandsOverItsFiles();
    void tendWithAFileReachesTheRunningWindow();
    void aMissingFileIsStillAnUnknownCommand();
};

void TestOpenFiles::aSecondInstanceHandsOverItsFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tend.db"_s);
    SingleInstance first(path);
    QCOMPARE(first.start(), SingleInstance::Outcome::Primary);
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    QSignalSpy files(&first, &SingleInstance::filesRequested);

    // A path with a space, a non-ASCII letter and a newline survives the trip.
    const QStringList sent = {dir.filePath(u"Kontakte Jürgen.vcf"_s), dir.filePath(u"odd\nname.csv"_s)};
    SingleInstance second(path);
    QCOMPARE(second.start(sent), SingleInstance::Outcome::ActivatedOther);
    QTRY_COMPARE(files.size(), 1);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(files.first().first().toStringList(), sent);

    // Without files, only the activation.
    SingleInstance third(path);
    QCOMPARE(third.start(), SingleInstance::Outcome::ActivatedOther);
    QTRY_COMPARE(activated.size(), 2);
    QCOMPARE(files.size(), 1);
}

void TestOpenFiles::tendWithAFileReachesTheRunningWindow()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(u"tend.db"_s);
    const QString card = dir.filePath(u"ada.vcf"_s);
    QFile file(card);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n");
    file.close();

    // This process is the window on `database`; the real binary, started the way a file manager
    // starts it, finds it and hands the file over instead of opening a second window.
    SingleInstance window(database);
    QCOMPARE(window.start(), SingleInstance::Outcome::Primary);
    QSignalSpy files(&window, &SingleInstance::filesRequested);
    std::unique_ptr<QProcess> tend;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"TEND_DB"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(dir.path());
    process.start(test::CliRunner::binary(), {u"--db"_s, database, u"ada.vcf"_s}); // relative, as %F may pass
    QTRY_COMPARE_WITH_TIMEOUT(files.size(), 1, 30'000);
    QCOMPARE(files.first().first().toStringList(), QStringList{card});
    // The event loop the QTRY above spins may already have seen it finish, and waitForFinished()
    // on a finished process answers false.
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 30'000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestOpenFiles::aMissingFileIsStillAnUnknownCommand()
{
    test::CliRunner tend;
    const test::CliResult result = tend.run({u"missing.vcf"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"missing.vcf"_s), qPrintable(result.describe()));
}

QTEST_MAIN(TestOpenFiles)
#include "tst_openfiles.moc"
