#include "ModalAnswer.h"
#include "TestSupport.h"

#include "dialogs/ContactDialog.h"

#include <QLineEdit>
#include <QMessageBox>
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
    void aDuplicateIsNoticedOnSave();
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

// Issue 14: a new contact with the name or e-mail of an existing one warns, and offers to open
// the existing contact instead.
void TestContactDialog::aDuplicateIsNoticedOnSave()
{
    test::TempNotebook notebook;
    Contact ada;
    ada.name = u"Ada Lovelace"_s;
    ada.emails = {u"ada@example.org"_s};
    ada.organisation = u"Analytical Engines"_s;
    const qint64 adaId = *notebook->addContact(ada);

    {
        ContactDialog dialog(*notebook.notebook, Contact{});
        dialog.show();
        QTest::keyClicks(dialog.nameField(), u"ada lovelace"_s);
        QString warning, details;
        test::answerNextModal<QMessageBox>(this, [&](QMessageBox *box) {
            warning = box->text();
            details = box->informativeText();
            for (QAbstractButton *button : box->buttons())
                if (button->text().remove(u'&') == u"Open Existing"_s)
                    button->click();
        });
        dialog.saveButton()->click();
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(warning, u"ada lovelace may already be in your notebook."_s);
        QCOMPARE(details, u"Ada Lovelace — Analytical Engines"_s);
        QCOMPARE(dialog.existingContactChosen(), adaId);
    }
    {
        ContactDialog dialog(*notebook.notebook, Contact{});
        dialog.show();
        QTest::keyClicks(dialog.nameField(), u"Countess Lovelace"_s);
        QTest::keyClicks(dialog.emailsField(), u"ADA@example.org"_s);
        test::answerNextModal<QMessageBox>(this, [&](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons())
                if (button->text().remove(u'&') == u"Add Anyway"_s)
                    button->click();
        });
        dialog.saveButton()->click();
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.existingContactChosen(), 0);
    }
    {
        // Editing Ada without touching her name or e-mail asks nothing.
        ContactDialog dialog(*notebook.notebook, *notebook->contact(adaId));
        dialog.show();
        dialog.nameField()->setText(u"Ada Lovelace"_s);
        dialog.saveButton()->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
}

QTEST_MAIN(TestContactDialog)
#include "tst_contactdialog.moc"
