#include "TestSupport.h"
#include "ModalAnswer.h"

#include "MainWindow.h"
#include "NotebookSession.h"
#include "RecoveryOffer.h"
#include "db/BackupManager.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "dialogs/RestoreDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

// File > Back Up Now, File > Restore from Backup… and the offer of a backup for a damaged notebook.
class TestBackupUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void backUpNowCreatesACopyAndSaysSo();
    void restoreBringsBackADeletedContactAndKeepsTheReplacedNotebook();
    void restoreDialogListsCopiesNewestFirst();
    void refusedFileIsExplainedAndNothingIsReplaced();
    void backUpToWritesOrReplacesTheChosenFile();
    void fileMenuReachesBackupAndRestoreByKeyboard();
    void damagedNotebookIsOfferedTheNewestGoodBackup();
    void damagedNotebookWithoutBackupSaysWhereTheFileIs();
    void tooNewNotebookIsNotOfferedARestore();
    void damageFoundByTheDaysCheckInTheBackgroundOffersARestore();

private:
    static QString countsLabelText(MainWindow &window);
    // Starts a backup from the window (into the backups folder, or to `target`) and waits for it
    // to finish on its worker; the copy's path, empty after a failure.
    static QString backUp(MainWindow &window, const QString &target = {});
    QTemporaryDir m_config;
};

void TestBackupUi::initTestCase()
{
    test::keepSettingsIn(m_config);
}

QString TestBackupUi::countsLabelText(MainWindow &window)
{
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->text().contains(u"contact"_s))
            return label->text();
    }
    return {};
}

QString TestBackupUi::backUp(MainWindow &window, const QString &target)
{
    QSignalSpy finished(&window, &MainWindow::backupFinished);
    if (target.isEmpty())
        window.backUpNow();
    else
        window.backUpTo(target);
    if (!window.isBackingUp() && finished.isEmpty())
        return {};
    if (finished.isEmpty() && !finished.wait(30000))
        return {};
    return finished.first().first().toString();
}

void TestBackupUi::backUpNowCreatesACopyAndSaysSo()
{
    test::TempNotebook notebook;
    test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    NotebookSession session(std::move(notebook.notebook));
    MainWindow *window = session.createWindow();
    QCOMPARE(window->lastBackupText(), u"no backup yet"_s);

    const QString copy = backUp(*window);
    QVERIFY(!copy.isEmpty());
    QVERIFY(QFileInfo::exists(copy));
    QCOMPARE(QFileInfo(copy).absolutePath(), QFileInfo(Database::backupFolderFor(notebook.path)).absoluteFilePath());
    QVERIFY2(window->statusBar()->currentMessage().contains(QFileInfo(copy).fileName()),
             qPrintable(window->statusBar()->currentMessage()));
    QVERIFY(window->lastBackupText().startsWith(u"last backup "_s));
    const QString counts = countsLabelText(*window);
    QVERIFY2(counts.startsWith(u"1 contact · 0 due · last backup "_s), qPrintable(counts));

    const QList<BackupInfo> backups = BackupManager::backups(notebook.path);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().kind, BackupInfo::Kind::Manual);
}

void TestBackupUi::restoreBringsBackADeletedContactAndKeepsTheReplacedNotebook()
{
    test::TempNotebook notebook;
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    NotebookSession session(std::move(notebook.notebook));
    session.createWindow()->show();
    const QString copy = backUp(*session.window());
    QVERIFY(!copy.isEmpty());

    // Deleted after the copy, through the window's undo stack.
    QVERIFY(session.notebook().deleteContact(ada));
    QVERIFY(!session.notebook().contact(ada));
    session.window()->undoStack()->push(new QUndoCommand(u"something to forget"_s));

    QSignalSpy replaced(&session, &NotebookSession::windowReplaced);
    QVERIFY(session.window()->confirmRestore(copy, /*confirmed=*/true));
    QTRY_COMPARE(replaced.size(), 1);

    auto restored = session.notebook().contact(ada);
    QVERIFY(restored);
    QCOMPARE(restored->name, u"Ada Lovelace"_s);
    QVERIFY(session.window()->isVisible());
    QCOMPARE(session.window()->undoStack()->count(), 0);
    QVERIFY(session.window()->countsText().startsWith(u"1 contact"_s));

    QList<BackupInfo> keptCopies;
    for (const BackupInfo &backup : BackupManager::backups(notebook.path)) {
        if (backup.kind == BackupInfo::Kind::BeforeRestore)
            keptCopies << backup;
    }
    QCOMPARE(keptCopies.size(), 1);
    QVERIFY(QFileInfo::exists(keptCopies.first().path));
    // The kept notebook is the one without Ada: the state the restore replaced.
    auto kept = Notebook::open(keptCopies.first().path);
    QVERIFY(kept);
    QVERIFY(!(*kept)->contact(ada));

    auto *outcome = session.window()->findChild<QMessageBox *>(u"restoreOutcome"_s);
    QVERIFY(outcome);
    QVERIFY2(outcome->text().contains(QDir::toNativeSeparators(keptCopies.first().path)), qPrintable(outcome->text()));
    outcome->close();
}

void TestBackupUi::restoreDialogListsCopiesNewestFirst()
{
    // Backups are named by the notebook's clock, so two minutes apart needs no waiting.
    test::TempNotebook notebook(Clock::fixed(QDateTime(QDate(2026, 11, 23), QTime(9, 0))));
    auto daily = notebook->dailyBackupIfDue();
    QVERIFY(daily && !daily->isEmpty());
    notebook->setClock(Clock::fixed(QDateTime(QDate(2026, 11, 23), QTime(9, 2))));
    auto manual = notebook->backUpNow();
    QVERIFY(manual);

    RestoreDialog dialog(notebook.path, QDate(2026, 11, 23));
    QListWidget *list = dialog.backupList();
    QCOMPARE(list->count(), 2);
    QVERIFY2(list->item(0)->text().contains(RestoreDialog::kindLabel(BackupInfo::Kind::Manual)), qPrintable(list->item(0)->text()));
    QVERIFY(list->item(0)->text().startsWith(u"today "_s));
    QVERIFY(list->item(1)->text().contains(RestoreDialog::kindLabel(BackupInfo::Kind::Daily)));
    QCOMPARE(dialog.selectedFile(), *manual);
    list->setCurrentRow(1);
    QCOMPARE(dialog.selectedFile(), *daily);
}

void TestBackupUi::refusedFileIsExplainedAndNothingIsReplaced()
{
    test::TempNotebook notebook;
    test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    MainWindow window(*notebook.notebook);
    const QString junk = notebook.dir.filePath(u"junk.db"_s);
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'j'));
    file.close();

    QString explanation;
    QTimer::singleShot(0, this, [&explanation] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            explanation = box->text();
            box->accept();
        }
    });
    QSignalSpy requested(&window, &MainWindow::restoreRequested);
    QVERIFY(!window.confirmRestore(junk, /*confirmed=*/true));
    QCOMPARE(requested.size(), 0);
    QVERIFY2(explanation.contains(QDir::toNativeSeparators(junk)), qPrintable(explanation));
    QVERIFY(!explanation.contains(u"SQL"_s, Qt::CaseSensitive) || explanation.contains(u"SQLite"_s));
    QVERIFY(BackupManager::backups(notebook.path).isEmpty());
}

void TestBackupUi::backUpToWritesOrReplacesTheChosenFile()
{
    test::TempNotebook notebook;
    test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    MainWindow window(*notebook.notebook);
    const QString chosen = notebook.dir.filePath(u"USB stick/tend.db"_s);
    QVERIFY(QDir().mkpath(QFileInfo(chosen).absolutePath()));

    QVERIFY(!backUp(window, chosen).isEmpty());
    QVERIFY2(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(chosen)),
             qPrintable(window.statusBar()->currentMessage()));
    test::addContact(*notebook.notebook, u"Grace Hopper"_s);
    QVERIFY(!backUp(window, chosen).isEmpty()); // the save dialog asked before replacing
    {
        auto copy = Notebook::open(chosen);
        QVERIFY(copy);
        auto count = (*copy)->contactCount({});
        QVERIFY(count);
        QCOMPARE(*count, 2);
    }
    QVERIFY(BackupManager::backups(notebook.path).isEmpty()); // not in the backups folder

    // The refusal comes back from the worker as a dialog; answer it when it shows.
    QString explanation;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&explanation] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            explanation = box->text() + u' ' + box->informativeText();
            box->accept();
        }
    });
    answer.start(20);
    QVERIFY(backUp(window, notebook.path).isEmpty());
    answer.stop();
    QVERIFY2(explanation.contains(u"own file"_s), qPrintable(explanation));
    auto still = notebook->contactCount({});
    QVERIFY(still);
    QCOMPARE(*still, 2);
}

void TestBackupUi::fileMenuReachesBackupAndRestoreByKeyboard()
{
    test::TempNotebook notebook;
    MainWindow window(*notebook.notebook);
    QStringList labels;
    QList<QChar> mnemonics;
    for (QAction *action : window.menuBar()->actions().first()->menu()->actions()) {
        if (action->isSeparator())
            continue;
        labels << action->text();
        const qsizetype amp = action->text().indexOf(u'&');
        QVERIFY2(amp >= 0, qPrintable(u"no mnemonic: "_s + action->text()));
        const QChar key = action->text().at(amp + 1).toLower();
        QVERIFY2(!mnemonics.contains(key), qPrintable(u"mnemonic used twice: "_s + action->text()));
        mnemonics << key;
    }
    QVERIFY2(labels.contains(u"Back &Up Now"_s), qPrintable(labels.join(u", "_s)));
    QVERIFY(labels.contains(u"Back Up &To…"_s));
    QVERIFY(labels.contains(u"&Restore from Backup…"_s));
}

void TestBackupUi::damagedNotebookIsOfferedTheNewestGoodBackup()
{
    test::TempNotebook notebook;
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    auto copy = notebook->backUpNow();
    QVERIFY(copy);
    notebook.notebook.reset();

    QFile file(notebook.path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray garbage(int(file.size()), 'x');
    QCOMPARE(file.write(garbage), garbage.size());
    file.close();
    QFile::remove(notebook.path + u"-wal"_s);
    QFile::remove(notebook.path + u"-shm"_s);

    auto opened = Notebook::open(notebook.path);
    QVERIFY(!opened);
    QVERIFY(RecoveryOffer::restoreCanHelp(opened.error()));
    const RecoveryOffer offer = RecoveryOffer::forOpenFailure(notebook.path, opened.error());
    QVERIFY(offer.backup);
    QCOMPARE(offer.backup->path, *copy);
    QVERIFY2(offer.message.contains(QDir::toNativeSeparators(notebook.path)), qPrintable(offer.message));
    QVERIFY(offer.message.contains(QDir::toNativeSeparators(*copy)));
    QVERIFY(offer.restoreButtonText().startsWith(u"Restore the backup from "_s));

    // Choosing it restores the copy and keeps the damaged file, byte for byte, among the backups.
    QString keptPath;
    auto restored = offer.restoreAndOpen(Clock::fixed(QDate(2026, 11, 23)), keptPath);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    QVERIFY((*restored)->contact(ada));
    QFile kept(keptPath);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);
}

void TestBackupUi::damagedNotebookWithoutBackupSaysWhereTheFileIs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tend.db"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    auto opened = Notebook::open(path);
    QVERIFY(!opened);
    const RecoveryOffer offer = RecoveryOffer::forOpenFailure(path, opened.error());
    QVERIFY(!offer.backup);
    QVERIFY(offer.restoreButtonText().isEmpty());
    QVERIFY2(offer.message.contains(u"No good backup"_s), qPrintable(offer.message));
    QVERIFY(offer.message.contains(QDir::toNativeSeparators(path)));
    QCOMPARE(file.size(), 8192); // left as it is
}

void TestBackupUi::tooNewNotebookIsNotOfferedARestore()
{
    QVERIFY(!RecoveryOffer::restoreCanHelp(Error{Error::Code::TooNew, u"newer"_s}));
    QVERIFY(!RecoveryOffer::restoreCanHelp(Error{Error::Code::Busy, u"busy"_s}));
    const RecoveryOffer offer = RecoveryOffer::forOpenFailure(u"/nowhere/tend.db"_s, Error{Error::Code::TooNew, u"newer"_s});
    QVERIFY(!offer.backup);
}

// The window opens without reading every page (IntegrityCheck::Deferred); the day's check runs
// on the worker, and damage it finds brings the same offer as damage found on start.
void TestBackupUi::damageFoundByTheDaysCheckInTheBackgroundOffersARestore()
{
    test::TempNotebook notebook;
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    QVERIFY(sql::exec(notebook.database().connection(), u"CREATE TABLE padding (data BLOB)"_s));
    QVERIFY(sql::exec(notebook.database().connection(), u"INSERT INTO padding VALUES (zeroblob(200000))"_s));
    auto copy = notebook->backUpNow();
    QVERIFY(copy);
    notebook.notebook.reset();
    // The last pages hold only the padding's overflow: nothing the window reads.
    QFile file(notebook.path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() - 3 * 4096));
    QCOMPARE(file.write(QByteArray(3 * 4096, '\xa5')), 3 * 4096);
    file.close();

    OpenOptions deferred;
    deferred.check = IntegrityCheck::Deferred;
    auto opened = Notebook::open(notebook.path, deferred, Clock::fixed(test::defaultToday.addDays(1)));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    QVERIFY((*opened)->integrityCheckPending());
    NotebookSession session(std::move(*opened));
    session.createWindow();
    QSignalSpy replaced(&session, &NotebookSession::windowReplaced);
    QString offered;
    test::answerNextModal<QMessageBox>(this, [&offered](QMessageBox *box) {
        offered = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    session.startDailyMaintenance();
    QVERIFY(replaced.wait(30000));
    QVERIFY2(offered.contains(QDir::toNativeSeparators(notebook.path)), qPrintable(offered));
    QVERIFY2(offered.contains(QDir::toNativeSeparators(*copy)), qPrintable(offered));
    QVERIFY(session.notebook().contact(ada));
    QVERIFY(session.notebook().integrityProblems()->isEmpty());
    const auto copies = BackupManager::backups(notebook.path);
    QVERIFY(std::any_of(copies.begin(), copies.end(),
                        [](const BackupInfo &kept) { return kept.kind == BackupInfo::Kind::BeforeRestore; }));
}

QTEST_MAIN(TestBackupUi)
#include "tst_backupui.moc"
