#include "TestSupport.h"

#include "dialogs/ContactDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

class TestContactDialog : public QObject
{
    Q_OBJECT
private slots:
    void emptyNameBlocksSaving();
    void badEmailIsExplainedBesideTheField();
    void editKeepsTheId();
};

void TestContactDialog::emptyNameBlocksSaving()
{
    test::TempNotebook notebook;
    ContactDialog dialog(*notebook.notebook, Contact{});
    dialog.show();
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.problemShownFor(u"name"_s).isEmpty()); // not scolded before typing
    QTest::keyClicks(dialog.nameField(), u"Ada"_s);
    QVERIFY(dialog.saveButton()->isEnabled());
    dialog.nameField()->selectAll();
    QTest::keyClick(dialog.nameField(), Qt::Key_Backspace);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QCOMPARE(dialog.problemShownFor(u"name"_s), u"Enter a name."_s);
    QTest::keyClick(dialog.nameField(), Qt::Key_Return);
    QVERIFY(dialog.isVisible()); // Enter does not save an invalid contact
}

void TestContactDialog::badEmailIsExplainedBesideTheField()
{
    test::TempNotebook notebook;
    Contact ada;
    ada.name = u"Ada"_s;
    ContactDialog dialog(*notebook.notebook, ada);
    QVERIFY(dialog.saveButton()->isEnabled());
    QTest::keyClicks(dialog.emailsField(), u"ada@example.org, not-an-address"_s);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.problemShownFor(u"emails"_s).contains(u"not-an-address"_s));
    dialog.emailsField()->setText(u"ada@example.org"_s);
    QVERIFY(dialog.saveButton()->isEnabled());
    QCOMPARE(dialog.contact().emails, QStringList{u"ada@example.org"_s});
}

void TestContactDialog::editKeepsTheId()
{
    test::TempNotebook notebook;
    const qint64 id = test::addContact(*notebook.notebook, u"Grace"_s, {Role::Peer});
    ContactDialog dialog(*notebook.notebook, *notebook->contact(id));
    dialog.nameField()->setText(u"Grace Hopper"_s);
    const Contact edited = dialog.contact();
    QCOMPARE(edited.id, id);
    QCOMPARE(edited.name, u"Grace Hopper"_s);
    QCOMPARE(edited.roles, QList<Role>{Role::Peer});
}

QTEST_MAIN(TestContactDialog)
#include "tst_contactdialog.moc"
