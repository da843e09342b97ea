// File ▸ Import… and File ▸ Export… in the window (issue 11): the preview before anything changes,
// overriding the format and the encoding, the import off the GUI thread as one undoable step,
// Cancel, dropped files, and an export the parser reads back.
#include "TestSupport.h"

#include "MainWindow.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "io/ContactFile.h"

#include <QDropEvent>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QFile>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

namespace {

// Three good cards and a damaged one: Ada matches the notebook's Ada by e-mail.
const QByteArray fixtureCards = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEMAIL:ada@example.org\r\n"
                                "ORG:Analytical Engines\r\nTEL:+44 20 7946 0018\r\nEND:VCARD\r\n"
                                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nEMAIL:grace@navy.example\r\n"
                                "ORG:US Navy\r\nEND:VCARD\r\n"
                                "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Broken Quoted\r\nNOTE;ENCODING=QUOTED-PRINTABLE:all =\r\n"
                                "then =G1 here\r\nEND:VCARD\r\n"
                                "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Katherine Johnson\r\nEMAIL:kj@nasa.example\r\nEND:VCARD\r\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray manyCards(int count)
{
    QByteArray bytes;
    bytes.reserve(count * 120);
    for (int i = 0; i < count; ++i) {
        bytes += "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person " + QByteArray::number(i) + " Example\r\nEMAIL:person"
            + QByteArray::number(i) + "@example.org\r\nORG:Company " + QByteArray::number(i % 97) + "\r\nEND:VCARD\r\n";
    }
    return bytes;
}

int everyone(Notebook &notebook)
{
    ContactQuery all;
    all.includeArchived = true;
    auto count = notebook.contactCount(all);
    return count ? *count : -1;
}

bool waitForPreview(ImportDialog *dialog, int timeout = 60'000)
{
    QSignalSpy ready(dialog, &ImportDialog::previewReady);
    if (dialog->state() != ImportDialog::State::Planning)
        return true;
    return ready.wait(timeout);
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void previewShowsCountsRowsAndReasons();
    void overridingTheEncodingPlansAgain();
    void overridingTheFormatPlansAgain();
    void importIsOneUndoableStep();
    void cancelLeavesNothingBehind();
    void droppedFilesOpenThePreview();
    void exportWritesWhatTheParserReadsBack();
    void aBigImportNeverStallsTheWindow();

private:
    QTemporaryDir m_config;
    QTemporaryDir m_files;
    std::unique_ptr<test::TempNotebook> m_notebook;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_ada = 0;
};

void TestImportDialog::initTestCase()
{
    test::keepSettingsIn(m_config);
}

void TestImportDialog::init()
{
    m_notebook = std::make_unique<test::TempNotebook>();
    Contact ada;
    ada.name = u"Ada Lovelace"_s;
    ada.emails = {u"ada@example.org"_s};
    auto added = m_notebook->notebook->addContact(ada);
    QVERIFY(added.ok());
    m_ada = *added;
    m_window = std::make_unique<MainWindow>(*m_notebook->notebook);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestImportDialog::cleanup()
{
    m_window.reset();
    m_notebook.reset();
}

void TestImportDialog::previewShowsCountsRowsAndReasons()
{
    const QString path = writeFile(m_files, u"people.vcf"_s, fixtureCards);
    const QByteArray before = test::fileDigest(m_notebook->path);
    ImportDialog *dialog = m_window->openImportPreview({path});
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog->state(), ImportDialog::State::Ready);
    QCOMPARE(dialog->countsText(), u"2 new, 1 updated, 1 skipped"_s);
    const ImportSummary &summary = dialog->preview().summary;
    QCOMPARE(summary.created, 2);
    QCOMPARE(summary.updated, 1);
    QCOMPARE(summary.skipped, 1);
    // The damaged card's reason names the file, the line and the field.
    QCOMPARE(summary.issues.size(), 1);
    const QString reason = summary.issues.first().describe();
    QVERIFY2(reason.contains(u"people.vcf"_s) && reason.contains(u"line 1"_s) && reason.contains(u"NOTE"_s)
                 && reason.contains(u"=G1"_s),
             qPrintable(reason));

    QTableWidget *rows = dialog->rowsTable();
    QCOMPARE(rows->rowCount(), 3);
    QCOMPARE(rows->horizontalHeader()->length(), rows->viewport()->width()); // the last column takes the rest
    QCOMPARE(cell(rows, 0, 0), u"Ada Lovelace"_s);
    QCOMPARE(cell(rows, 0, 1), u"ada@example.org"_s);
    QCOMPARE(cell(rows, 0, 2), u"Analytical Engines"_s);
    QCOMPARE(cell(rows, 0, 3), u"Update"_s);
    QCOMPARE(cell(rows, 1, 0), u"Grace Hopper"_s);
    QCOMPARE(cell(rows, 1, 1), u"grace@navy.example"_s);
    QCOMPARE(cell(rows, 1, 2), u"US Navy"_s);
    QCOMPARE(cell(rows, 1, 3), u"New"_s);
    QCOMPARE(cell(rows, 2, 0), u"Katherine Johnson"_s);
    QCOMPARE(cell(rows, 2, 3), u"New"_s);
    QVERIFY(dialog->importButton()->isEnabled());
    QCOMPARE(dialog->preview().summary.rows.size(), 3);
    QVERIFY(dialog->findChild<QLabel *>() != nullptr);

    // A preview changes nothing.
    QCOMPARE(everyone(*m_notebook->notebook), 1);
    QCOMPARE(test::fileDigest(m_notebook->path), before);
    dialog->reject();
}

void TestImportDialog::overridingTheEncodingPlansAgain()
{
    const QString path = test::testDataPath(u"import/csv/thunderbird_de_windows1252.csv"_s);
    ImportDialog *dialog = m_window->openImportPreview({path});
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog->state(), ImportDialog::State::Ready);
    QCOMPARE(cell(dialog->rowsTable(), 0, 0), u"Jürgen Groß"_s);
    QCOMPARE(dialog->preview().summary.rows.size(), 3);

    QSignalSpy ready(dialog, &ImportDialog::previewReady);
    dialog->setEncoding(u"KOI8-R"_s);
    QCOMPARE(dialog->state(), ImportDialog::State::Planning);
    QVERIFY(ready.wait(30'000));
    QCOMPARE(dialog->state(), ImportDialog::State::Ready);
    const QString read = cell(dialog->rowsTable(), 0, 0);
    QVERIFY2(read != u"Jürgen Groß"_s && read.contains(u"Gro"_s), qPrintable(read)); // 0xDF is not ß in KOI8-R

    dialog->setEncoding({});
    QVERIFY(ready.wait(30'000));
    QCOMPARE(cell(dialog->rowsTable(), 0, 0), u"Jürgen Groß"_s);
    dialog->reject();
}

void TestImportDialog::overridingTheFormatPlansAgain()
{
    const QString path = writeFile(m_files, u"people.vcf"_s, fixtureCards);
    ImportDialog *dialog = m_window->openImportPreview({path});
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog->preview().summary.created, 2);

    // Read as a LinkedIn CSV, the cards are no contacts: the dialog says why and offers no import.
    QSignalSpy ready(dialog, &ImportDialog::previewReady);
    dialog->setFormat(io::FileFormat::LinkedIn);
    QVERIFY(ready.wait(30'000));
    QVERIFY(dialog->state() == ImportDialog::State::Failed || dialog->preview().summary.created == 0);
    QVERIFY(!dialog->importButton()->isEnabled());
    if (dialog->state() == ImportDialog::State::Failed)
        QVERIFY2(dialog->problemText().contains(u"people.vcf"_s), qPrintable(dialog->problemText()));

    dialog->setFormat(io::FileFormat::Auto);
    QVERIFY(ready.wait(30'000));
    QCOMPARE(dialog->state(), ImportDialog::State::Ready);
    QCOMPARE(dialog->preview().summary.created, 2);
    dialog->reject();
}

void TestImportDialog::importIsOneUndoableStep()
{
    const QString path = writeFile(m_files, u"people.vcf"_s, fixtureCards);
    ImportDialog *dialog = m_window->openImportPreview({path});
    QVERIFY(waitForPreview(dialog));
    QSignalSpy imported(dialog, &ImportDialog::imported);
    QSignalSpy changed(m_notebook->notebook.get(), &Notebook::changed);
    dialog->startImport();
    QCOMPARE(dialog->state(), ImportDialog::State::Importing);
    QVERIFY(imported.wait(30'000));
    const QString message = imported.first().at(1).toString();
    QVERIFY2(message.startsWith(u"Imported: 2 new, 1 updated, 1 skipped."_s), qPrintable(message));
    // The notebook had a contact, so a backup was taken first; the message names it.
    const QList<BackupInfo> backups = m_notebook->notebook->backups();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().kind, BackupInfo::Kind::BeforeBulkChange);
    QVERIFY2(message.contains(QFileInfo(backups.first().path).fileName()), qPrintable(message));
    QCOMPARE(everyone(*m_notebook->notebook), 3);
    // The worker's write reaches the window as one changed().
    QTRY_VERIFY(!changed.isEmpty());
    auto ada = m_notebook->notebook->contact(m_ada);
    QVERIFY(ada.ok());
    QCOMPARE(ada->organisation, u"Analytical Engines"_s);

    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_window->undoStack()->undoText(),
             QCoreApplication::translate("tend::gui::ImportCommand", "Import %Ln contact(s)", nullptr, 3));
    m_window->undo();
    QCOMPARE(everyone(*m_notebook->notebook), 1);
    ada = m_notebook->notebook->contact(m_ada);
    QVERIFY(ada.ok());
    QVERIFY(ada->organisation.isEmpty());

    m_window->redo();
    QCOMPARE(everyone(*m_notebook->notebook), 3);
    ada = m_notebook->notebook->contact(m_ada);
    QCOMPARE(ada->organisation, u"Analytical Engines"_s);
    m_window->undo();
    QCOMPARE(everyone(*m_notebook->notebook), 1);
}

void TestImportDialog::cancelLeavesNothingBehind()
{
    const QString path = writeFile(m_files, u"many.vcf"_s, manyCards(5000));
    ImportDialog *dialog = m_window->openImportPreview({path});
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog->preview().summary.created, 5000);
    const QByteArray before = test::fileDigest(m_notebook->path);
    auto *progress = dialog->findChild<QProgressBar *>();
    QVERIFY(progress);
    QSignalSpy stopped(dialog, &ImportDialog::importStopped);
    QSignalSpy imported(dialog, &ImportDialog::imported);
    dialog->startImport();
    // Cancel once the rows are being written: the transaction rolls back.
    QTRY_VERIFY_WITH_TIMEOUT(progress->maximum() > 0 && progress->value() > 0, 60'000);
    dialog->reject(); // Cancel while importing stops the import, the dialog stays
    QVERIFY(stopped.wait(60'000) || !stopped.isEmpty());
    QVERIFY(imported.isEmpty());
    QVERIFY2(stopped.first().first().toString().contains(u"nothing was changed"_s),
             qPrintable(stopped.first().first().toString()));
    QCOMPARE(dialog->state(), ImportDialog::State::Ready);
    QVERIFY(dialog->isVisible());
    QCOMPARE(everyone(*m_notebook->notebook), 1);
    QCOMPARE(m_window->undoStack()->count(), 0);
    QCOMPARE(test::fileDigest(m_notebook->path), before);
    dialog->reject();
}

void TestImportDialog::droppedFilesOpenThePreview()
{
    const QString path = writeFile(m_files, u"dropped.vcf"_s, fixtureCards);
    const QString ignored = writeFile(m_files, u"notes.txt"_s, "not contacts");
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path), QUrl::fromLocalFile(ignored)});
    QCOMPARE(MainWindow::importableFiles(&data), QStringList{path});

    QMimeData nothing;
    nothing.setUrls({QUrl::fromLocalFile(ignored)});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &nothing, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());

    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    auto *dialog = m_window->findChild<ImportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->paths(), QStringList{path});
    QVERIFY(waitForPreview(dialog));
    QCOMPARE(dialog->preview().summary.created, 2);
    // A second drop of the same file brings the same preview forward rather than a second one;
    // other files replace it.
    QCOMPARE(m_window->openImportPreview({path}), dialog);
    const QString other = writeFile(m_files, u"other.vcf"_s, fixtureCards);
    QPointer<ImportDialog> first = dialog;
    ImportDialog *replacement = m_window->openImportPreview({other});
    QVERIFY(first.isNull());
    QCOMPARE(replacement->paths(), QStringList{other});
    QCOMPARE(m_window->findChildren<ImportDialog *>().size(), 1);
    replacement->reject();
}

void TestImportDialog::exportWritesWhatTheParserReadsBack()
{
    Contact grace;
    grace.name = u"Grace Hopper"_s;
    grace.roles = {Role::Sponsor};
    grace.emails = {u"grace@navy.example"_s};
    grace.organisation = u"US Navy"_s;
    QVERIFY(m_notebook->notebook->addContact(grace).ok());

    const QString path = m_files.filePath(u"sponsors.vcf"_s);
    ExportDialog *dialog = m_window->exportContacts();
    dialog->setChoice(ExportDialog::Choice::VCard3);
    dialog->setRoleChecked(Role::Sponsor, true);
    QSignalSpy exported(dialog, &ExportDialog::exported);
    dialog->exportTo(path);
    QVERIFY(exported.wait(30'000));
    QCOMPARE(exported.first().at(1).toInt(), 1);
    QVERIFY2(exported.first().at(2).toString().contains(u"1 contact"_s), qPrintable(exported.first().at(2).toString()));

    auto read = io::readContactsFile(path);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QCOMPARE(read->format, io::FileFormat::VCard);
    QCOMPARE(read->contacts.size(), 1);
    QCOMPARE(read->contacts.first().displayName, u"Grace Hopper"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("VERSION:3.0"));

    // Everyone as CSV, through the same dialog.
    const QString csv = m_files.filePath(u"everyone.csv"_s);
    ExportDialog *again = m_window->exportContacts();
    again->setChoice(ExportDialog::Choice::Csv);
    QSignalSpy exportedAgain(again, &ExportDialog::exported);
    again->exportTo(csv);
    QVERIFY(exportedAgain.wait(30'000));
    auto table = io::readContactsFile(csv);
    QVERIFY(table.ok());
    QCOMPARE(table->contacts.size(), 2);
}

void TestImportDialog::aBigImportNeverStallsTheWindow()
{
    const QString path = writeFile(m_files, u"ten-thousand.vcf"_s, manyCards(10'000));
    QElapsedTimer sinceLastTick;
    qint64 longestWait = 0;
    QTimer heartbeat;
    heartbeat.setInterval(20);
    heartbeat.setTimerType(Qt::PreciseTimer);
    connect(&heartbeat, &QTimer::timeout, this, [&] { longestWait = std::max(longestWait, sinceLastTick.restart()); });
    sinceLastTick.start();
    heartbeat.start();

    QElapsedTimer timer;
    timer.start();
    ImportDialog *dialog = m_window->openImportPreview({path});
    QVERIFY(waitForPreview(dialog, 120'000));
    const qint64 previewMs = timer.elapsed();
    QCOMPARE(dialog->preview().summary.created, 10'000);
    const qint64 previewWait = longestWait;

    QSignalSpy imported(dialog, &ImportDialog::imported);
    timer.restart();
    dialog->startImport();
    QVERIFY(imported.wait(120'000));
    const qint64 importMs = timer.elapsed();
    // The window reloads after the worker's commit: part of what the GUI thread does for an import.
    QTest::qWait(500);
    heartbeat.stop();
    qInfo("10,000 cards: preview %lld ms, import %lld ms; the longest wait of the GUI thread %lld ms "
          "(%lld ms while previewing)",
          previewMs, importMs, longestWait, previewWait);
    QCOMPARE(everyone(*m_notebook->notebook), 10'001);
    QVERIFY2(longestWait <= 200, qPrintable(u"the event loop waited %1 ms"_s.arg(longestWait)));

    // Undo of 10,000 runs on the worker too.
    sinceLastTick.restart();
    longestWait = 0;
    heartbeat.start();
    timer.restart();
    m_window->undo();
    const qint64 undoMs = timer.elapsed();
    heartbeat.stop();
    QCOMPARE(everyone(*m_notebook->notebook), 1);
    qInfo("undo of the import: %lld ms; the longest wait of the GUI thread %lld ms", undoMs, longestWait);
    QVERIFY2(longestWait <= 200, qPrintable(u"the event loop waited %1 ms during the undo"_s.arg(longestWait)));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
