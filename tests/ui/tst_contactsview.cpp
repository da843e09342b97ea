#include "TestSupport.h"

#include "models/ContactTableModel.h"
#include "views/ContactsView.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

class TestContactsView : public QObject
{
    Q_OBJECT
private slots:
    void searchFiltersAsYouType();
    void roleButtonsFilter();
    void archiveSeveralAtOnce();
    void enterOpensTheContact();
};

static QStringList names(const ContactTableModel *model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list.append(model->contactName(row));
    return list;
}

void TestContactsView::searchFiltersAsYouType()
{
    test::TempNotebook notebook;
    test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    test::addContact(*notebook.notebook, u"Grace Hopper"_s);
    test::addContact(*notebook.notebook, u"Alan Turing"_s);
    QUndoStack stack;
    ContactsView view(*notebook.notebook, &stack);
    view.show();
    QCOMPARE(view.model()->rowCount(), 3);

    view.searchField()->setFocus();
    QTest::keyClicks(view.searchField(), u"gra"_s);
    QCOMPARE(view.model()->rowCount(), 3); // debounced: not on every key
    QTRY_COMPARE(view.model()->rowCount(), 1);
    QCOMPARE(names(view.model()), QStringList{u"Grace Hopper"_s});

    view.searchField()->clear();
    QTRY_COMPARE(view.model()->rowCount(), 3);
}

void TestContactsView::roleButtonsFilter()
{
    test::TempNotebook notebook;
    test::addContact(*notebook.notebook, u"Ada Lovelace"_s, {Role::Mentor});
    test::addContact(*notebook.notebook, u"Grace Hopper"_s, {Role::Sponsor});
    QUndoStack stack;
    ContactsView view(*notebook.notebook, &stack);
    QToolButton *sponsor = nullptr;
    for (QToolButton *button : view.findChildren<QToolButton *>())
        if (button->text() == u"sponsor"_s)
            sponsor = button;
    QVERIFY(sponsor);
    sponsor->click();
    QCOMPARE(names(view.model()), QStringList{u"Grace Hopper"_s});
    sponsor->click();
    QCOMPARE(view.model()->rowCount(), 2);
}

void TestContactsView::archiveSeveralAtOnce()
{
    test::TempNotebook notebook;
    for (const QString &name : {u"Ada"_s, u"Grace"_s, u"Alan"_s})
        test::addContact(*notebook.notebook, name);
    QUndoStack stack;
    ContactsView view(*notebook.notebook, &stack);
    view.tableView()->selectAll();
    view.archiveSelected();
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(stack.undoText(), u"Archive 3 contacts"_s);
    stack.undo();
    QCOMPARE(view.model()->rowCount(), 3);
}

void TestContactsView::enterOpensTheContact()
{
    test::TempNotebook notebook;
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    QUndoStack stack;
    ContactsView view(*notebook.notebook, &stack);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy opened(&view, &ContactsView::openContactRequested);
    view.tableView()->setFocus();
    view.tableView()->setCurrentIndex(view.model()->index(0, 0));
    QTest::keyClick(view.tableView(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), ada);
}

QTEST_MAIN(TestContactsView)
#include "tst_contactsview.moc"
