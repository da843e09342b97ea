#include "ModelLoads.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "dialogs/LogInteractionDialog.h"
#include "models/TodayModel.h"
#include "views/NavigationDelegate.h"
#include "views/ContactPage.h"
#include "views/ContactsView.h"
#include "views/SearchView.h"
#include "views/TodayView.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyboardReachesEveryView();
    void ctrlLOpensTheLogDialogAndEscCloses();
    void statusBarCountsAndWelcome();
    void stateIsRestored();

private:
    QTemporaryDir m_config;
};

void TestMainWindow::initTestCase()
{
    test::keepSettingsIn(m_config);
}

void TestMainWindow::keyboardReachesEveryView()
{
    test::TempNotebook notebook;
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s, {Role::Mentor});
    QVERIFY(notebook->addReminder(ada, QDate(2026, 11, 23), u"send the paper"_s));
    MainWindow window(*notebook.notebook);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentPage(), MainWindow::Page::Today);
    QTRY_VERIFY_WITH_TIMEOUT(window.todayView()->model()->hasLoaded(), 10'000); // Today's rows are read on the worker

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Contacts);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Helped);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Insights);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier); // the search of everything
    QCOMPARE(window.currentPage(), MainWindow::Page::Search);
    QTRY_COMPARE(QApplication::focusWidget(), window.searchView()->searchField());
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Today);

    // Enter on a Today row opens the person; Esc goes back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(window.currentPage(), MainWindow::Page::Contact);
    QCOMPARE(window.contactPage()->contactId(), ada);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(window.currentPage(), MainWindow::Page::Today);

    // From a contact's page, the selected "Contacts" entry still leads back to the list.
    window.openContact(ada);
    auto *navigation = window.findChild<QListWidget *>();
    QVERIFY(navigation);
    QCOMPARE(navigation->currentRow(), 1);
    const QRect contactsRow = navigation->visualItemRect(navigation->item(1));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, contactsRow.center());
    QCOMPARE(window.currentPage(), MainWindow::Page::Contacts);
}

void TestMainWindow::ctrlLOpensTheLogDialogAndEscCloses()
{
    test::TempNotebook notebook;
    test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    MainWindow window(*notebook.notebook);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    LogInteractionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<LogInteractionDialog *>()) && dialog->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), dialog->withField());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<LogInteractionDialog *>()); // closed and deleted
}

void TestMainWindow::statusBarCountsAndWelcome()
{
    test::TempNotebook notebook;
    MainWindow window(*notebook.notebook);
    QCOMPARE(window.currentPage(), MainWindow::Page::Welcome); // an empty notebook says hello
    QCOMPARE(window.countsText(), u"0 contacts · 0 due"_s);
    QVERIFY(test::loadsAfter(window.todayView()->model(), [&] {
        const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
        QVERIFY(notebook->addReminder(ada, QDate(2026, 11, 20), {}));
    }));
    QCOMPARE(window.countsText(), u"1 contact · 1 due"_s);
    QCOMPARE(window.currentPage(), MainWindow::Page::Today);
    auto *navigation = window.findChild<QListWidget *>();
    QVERIFY(navigation);
    QCOMPARE(navigation->item(0)->data(NavigationDelegate::CountRole).toInt(), 1); // set when Today loaded
}

void TestMainWindow::stateIsRestored()
{
    test::TempNotebook notebook;
    test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    {
        MainWindow window(*notebook.notebook);
        window.show();
        window.showPage(MainWindow::Page::Helped);
        window.close();
    }
    {
        MainWindow again(*notebook.notebook);
        QCOMPARE(again.currentPage(), MainWindow::Page::Helped);
        again.show();
        again.showPage(MainWindow::Page::Insights);
        again.close();
    }
    MainWindow third(*notebook.notebook);
    QCOMPARE(third.currentPage(), MainWindow::Page::Insights);
    auto *navigation = third.findChild<QListWidget *>();
    QVERIFY(navigation);
    QCOMPARE(navigation->currentItem()->text(), u"Insights"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
