// Sync in the window, offscreen, against Radicale with python3-caldav as the phone: set up in
// File ▸ Sync Settings, sync from the status bar, resolve a conflict in the conflicts dialog, and
// turn a role off after saying what it does.
#include "ModalAnswer.h"
#include "RadicaleServer.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "dialogs/PreferencesDialog.h"
#include "Notebook.h"
#include "sync/SyncConflictsDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncIndicator.h"
#include "sync/SyncSettingsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;
using namespace tend::sync::test;

namespace {

const RadicaleServer::Account account{u"tend"_s, u"tend-secret"_s};

} // namespace

class TestSyncWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setUpSyncAndResolveAConflictFromTheWindow();
    void preferencesLeadToTheSyncSettings();

private:
    RadicaleServer m_server{{account}};
    Phone m_phone{account};
    QTemporaryDir m_settings;
};

void TestSyncWindow::initTestCase()
{
    tend::test::keepSettingsIn(m_settings);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestSyncWindow::setUpSyncAndResolveAConflictFromTheWindow()
{
    tend::test::TempNotebook tend;
    const qint64 ada = tend::test::addContact(*tend.notebook, u"Ada Lovelace"_s, {Role::Mentor});
    MainWindow window(*tend.notebook);
    window.show();
    SyncController &controller = *window.syncController();
    auto *indicator = window.findChild<SyncIndicator *>();
    QVERIFY(indicator);
    QCOMPARE(controller.state(), SyncController::State::NotSetUp);
    QVERIFY(!indicator->isVisible()); // sync is off: nothing in the status bar

    window.showSyncSettings();
    auto *settings = window.findChild<SyncSettingsDialog *>();
    QVERIFY(settings);
    settings->findChild<QLineEdit *>(u"server"_s)->setText(m_server.url().toString());
    settings->findChild<QLineEdit *>(u"user"_s)->setText(account.user);
    settings->findChild<QLineEdit *>(u"password"_s)->setText(account.password);
    settings->findChild<QLineEdit *>(u"addressBook"_s)->setText(u"Window book"_s);
    settings->findChild<QLineEdit *>(u"taskList"_s)->setText(u"Window tasks"_s);
    auto *state = settings->findChild<QLabel *>(u"accountState"_s);
    QCOMPARE(state->textFormat(), Qt::PlainText);
    QTest::mouseClick(settings->findChild<QPushButton *>(u"connect"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SyncController::State::NeverRun, 20'000);
    QVERIFY2(state->text().contains(u"Window book"_s), qPrintable(state->text()));
    QVERIFY2(state->text().contains(u"keyring"_s), qPrintable(state->text())); // none here, and it says so
    settings->accept();
    QVERIFY(indicator->isVisible());

    QTest::mouseClick(indicator, Qt::LeftButton); // syncs now
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SyncController::State::Idle, 20'000);
    QVERIFY2(indicator->text().startsWith(u"Synced at"_s), qPrintable(indicator->text()));

    // Connecting again to the same collections keeps what their last run left ("Not synced yet"
    // would be untrue).
    window.showSyncSettings();
    auto *again = window.findChild<SyncSettingsDialog *>();
    QVERIFY(again);
    again->findChild<QLineEdit *>(u"password"_s)->setText(account.password);
    QSignalSpy connected(&controller, &SyncController::setUpFinished);
    QTest::mouseClick(again->findChild<QPushButton *>(u"connect"_s), Qt::LeftButton);
    QVERIFY(connected.wait(20'000));
    QVERIFY2(connected.constFirst().constFirst().toBool(), qPrintable(connected.constFirst().value(1).toString()));
    QCOMPARE(controller.state(), SyncController::State::Idle);
    QVERIFY2(indicator->text().startsWith(u"Synced at"_s), qPrintable(indicator->text()));
    again->accept();

    auto collections = tend->syncCollections();
    QVERIFY(collections.ok());
    QString book;
    for (const SyncCollection &collection : *collections)
        if (collection.kind == SyncKind::Contacts)
            book = collection.url;
    const QJsonObject cards = m_phone.run({u"list-cards"_s, book}).value(u"cards"_s).toObject();
    QCOMPARE(cards.size(), 1);
    const QString card = cards.begin().key();

    // Both sides rename her: a conflict, shown in the status bar and resolved in the dialog.
    QVERIFY(m_phone.run({u"edit-card"_s, card, u"FN"_s, u"Augusta Ada King"_s}).value(u"status"_s).toInt() < 300);
    Contact renamed = *tend->contact(ada);
    renamed.name = u"Ada King"_s;
    QVERIFY(tend->updateContact(renamed).ok());
    controller.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SyncController::State::Conflicts, 20'000);
    QCOMPARE(indicator->text(), u"1 sync conflict"_s);
    QCOMPARE(controller.conflicts().constFirst().itemName, u"Ada King"_s);

    QTest::mouseClick(indicator, Qt::LeftButton); // opens the conflicts
    auto *conflicts = window.findChild<SyncConflictsDialog *>();
    QVERIFY(conflicts);
    QRadioButton *server = nullptr;
    for (QRadioButton *choice : conflicts->findChildren<QRadioButton *>())
        if (choice->text().contains(u"Augusta Ada King"_s))
            server = choice;
    QVERIFY(server);
    server->click();
    QPushButton *keep = nullptr;
    for (QPushButton *button : conflicts->findChildren<QPushButton *>())
        if (button->text().remove(u'&') == u"Keep These"_s)
            keep = button;
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SyncController::State::Idle, 20'000);
    QVERIFY(controller.conflicts().isEmpty());
    QTRY_COMPARE(tend->contact(ada)->name, u"Augusta Ada King"_s);

    // Turning mentors off says what it does before it is saved.
    window.showSyncSettings();
    settings = window.findChild<SyncSettingsDialog *>();
    QVERIFY(settings);
    settings->findChild<QCheckBox *>(u"shareContacts-mentor"_s)->setChecked(false);
    QString question;
    tend::test::answerNextModal<QMessageBox>(this, [&question](QMessageBox *box) {
        question = box->text();
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                button->click();
    });
    settings->accept();
    QVERIFY2(question.contains(u"deletes 1 contact from the server: the one with the role Mentor. Tend keeps it."_s), qPrintable(question));
    auto sharing = tend->syncRoleSharing();
    for (const SyncRoleSharing &role : *sharing)
        if (role.role == Role::Mentor)
            QVERIFY(!role.contacts);
    controller.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SyncController::State::Idle, 20'000);
    QVERIFY(m_phone.run({u"list-cards"_s, book}).value(u"cards"_s).toObject().isEmpty());
    QVERIFY(tend->contact(ada).ok()); // still here
}

// Edit ▸ Preferences ▸ Sync opens the same settings, over the preferences.
void TestSyncWindow::preferencesLeadToTheSyncSettings()
{
    tend::test::TempNotebook tend;
    MainWindow window(*tend.notebook);
    window.show();
    QAction *preferences = window.findChild<QAction *>(u"preferencesAction"_s);
    QVERIFY(preferences);
    QVERIFY(!preferences->shortcuts().isEmpty()); // the standard one, or Ctrl+, where the desktop has none
    bool opened = false;
    tend::test::answerNextModal<PreferencesDialog>(this, [&](PreferencesDialog *dialog) {
        auto *button = dialog->findChild<QPushButton *>(u"syncSettings"_s);
        QVERIFY(button);
        button->click();
        auto *settings = dialog->findChild<SyncSettingsDialog *>();
        opened = settings && settings->isVisible();
        if (settings)
            settings->reject();
        dialog->reject();
    });
    preferences->trigger();
    QVERIFY(opened);
}

QTEST_MAIN(TestSyncWindow)
#include "tst_syncwindow.moc"
