#include "ModalAnswer.h"
#include "ModelLoads.h"
#include "TestSupport.h"

#include "dialogs/ContactDialog.h"
#include "dialogs/LogInteractionDialog.h"
#include "views/ContactPicker.h"
#include "models/TodayModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

class TestLogDialog : public QObject
{
    Q_OBJECT
private slots:
    void adviceIsLoggedWithTheInteractionAndUndoneWithIt();
    void coffeeChatThroughTheDialogShowsTheFollowUpOnToday();
    void followUpDefaultFollowsTheKind();
    void savingWithoutAPersonIsRefused();
    void completionIgnoresAccentsAndCase();
    void namesakesAreToldApartAndPickedByRow();
    void enterOnAnAmbiguousNameSaysHowManyMatch();
    void anUnknownNameCanBeAddedAsANewContact();
};

// Issue 14: the "With" completer offers "Élodie" for "elod", and Enter picks her.
// Issue 9: the Advice list, one item a line, is stored with the log; Undo takes it back too.
void TestLogDialog::adviceIsLoggedWithTheInteractionAndUndoneWithIt()
{
    test::TempNotebook notebook;
    test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    QUndoStack stack;
    LogInteractionDialog dialog(*notebook.notebook, &stack);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.withField(), u"Ada"_s);
    QTest::keyClick(dialog.withField(), Qt::Key_Return);
    QCOMPARE(dialog.participants().size(), 1);
    dialog.adviceField()->setPlainText(u"Shorten the abstract\n\n  Ask Bo for a review  \n"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto advice = notebook->adviceItems();
    QVERIFY(advice);
    QCOMPARE(advice->size(), 2);
    QCOMPARE(advice->at(0).text, u"Shorten the abstract"_s);
    QCOMPARE(advice->at(1).text, u"Ask Bo for a review"_s);
    QCOMPARE(advice->at(0).from.name, u"Ada Lovelace"_s);
    stack.undo();
    QVERIFY(notebook->adviceItems()->isEmpty());
    stack.redo();
    QCOMPARE(notebook->adviceItems()->size(), 2);
}

void TestLogDialog::completionIgnoresAccentsAndCase()
{
    test::TempNotebook notebook;
    test::addContact(*notebook.notebook, u"Élodie Martin"_s);
    test::addContact(*notebook.notebook, u"Zoë Ng"_s);
    QUndoStack stack;
    LogInteractionDialog dialog(*notebook.notebook, &stack);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *completer = dialog.withField()->completer();
    QVERIFY(completer);
    QTest::keyClicks(dialog.withField(), u"elod"_s);
    QCOMPARE(completer->model()->rowCount(), 2); // Élodie, then "Add “elod” as new contact…"
    QCOMPARE(completer->model()->index(0, 0).data().toString(), u"Élodie Martin"_s);
    QTest::keyClick(dialog.withField(), Qt::Key_Return);
    QCOMPARE(dialog.participants().size(), 1);
    QCOMPARE(dialog.participants().first().name, u"Élodie Martin"_s);
    dialog.withField()->clear();
    QTest::keyClicks(dialog.withField(), u"ZOE"_s);
    QCOMPARE(completer->model()->rowCount(), 2);
    QCOMPARE(completer->model()->index(0, 0).data().toString(), u"Zoë Ng"_s);
}

// Issue 14: two "Anneliese Lovelace" are told apart by role and organisation, and the row chosen
// is the person logged.
void TestLogDialog::namesakesAreToldApartAndPickedByRow()
{
    test::TempNotebook notebook;
    Contact coach;
    coach.name = u"Anneliese Lovelace"_s;
    coach.roles = {Role::Peer};
    coach.organisation = u"Brightpath Coaching"_s;
    const qint64 first = *notebook->addContact(coach);
    coach.roles = {Role::Mentor, Role::Sponsor};
    coach.organisation = u"Acme"_s;
    const qint64 second = *notebook->addContact(coach);
    QUndoStack stack;
    LogInteractionDialog dialog(*notebook.notebook, &stack);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCompleter *completer = dialog.withField()->completer();
    QTest::keyClicks(dialog.withField(), u"Anneliese Lovelace"_s);
    QCOMPARE(completer->model()->rowCount(), 2); // an exact name: no "Add as new" row
    QCOMPARE(completer->model()->index(0, 0).data().toString(), u"Anneliese Lovelace — peer, Brightpath Coaching"_s);
    QCOMPARE(completer->model()->index(1, 0).data().toString(), u"Anneliese Lovelace — mentor, sponsor, Acme"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(dialog.participants().size(), 1);
    QCOMPARE(dialog.participants().first().id, second);
    QVERIFY(dialog.withField()->text().isEmpty());
    QVERIFY(dialog.problemLabel()->isHidden());
    Q_UNUSED(first);
}

// Issue 14: Enter on a name seven people share says so instead of "No contact matches".
void TestLogDialog::enterOnAnAmbiguousNameSaysHowManyMatch()
{
    test::TempNotebook notebook;
    for (int i = 0; i < 7; ++i)
        test::addContact(*notebook.notebook, u"Anneliese Lovelace"_s);
    QUndoStack stack;
    LogInteractionDialog dialog(*notebook.notebook, &stack);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.withField()->setText(u"anneliese lovelace"_s);
    QTest::keyClick(dialog.withField(), Qt::Key_Return);
    QVERIFY(dialog.participants().isEmpty());
    QVERIFY(dialog.problemLabel()->isVisible());
    QCOMPARE(dialog.problemLabel()->text(), u"7 match — pick one."_s);
    QCOMPARE(dialog.withField()->completer()->model()->rowCount(), 7);
    QCOMPARE(stack.count(), 0);

    dialog.withField()->setText(u"Nobody Here"_s);
    QTest::keyClick(dialog.withField(), Qt::Key_Return);
    QVERIFY(dialog.problemLabel()->text().startsWith(u"No contact is called “Nobody Here”"_s));
}

// Issue 14: an unknown name offers "Add as new contact…", which opens the contact dialog with the
// name filled in and adds the new person to the interaction (one undoable step).
void TestLogDialog::anUnknownNameCanBeAddedAsANewContact()
{
    test::TempNotebook notebook;
    test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    QUndoStack stack;
    LogInteractionDialog dialog(*notebook.notebook, &stack);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCompleter *completer = dialog.withField()->completer();
    QTest::keyClicks(dialog.withField(), u"Grace Hopper"_s);
    QCOMPARE(completer->model()->rowCount(), 1);
    QCOMPARE(completer->model()->index(0, 0).data().toString(), u"Add “Grace Hopper” as new contact…"_s);

    QString nameOffered;
    test::answerNextModal<ContactDialog>(this, [&](ContactDialog *contactDialog) {
        nameOffered = contactDialog->nameField()->text();
        contactDialog->saveButton()->click();
    });
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(dialog.participants().size(), 1);
    QCOMPARE(nameOffered, u"Grace Hopper"_s);
    QCOMPARE(dialog.participants().first().name, u"Grace Hopper"_s);
    QVERIFY(notebook->resolveContact(u"grace hopper"_s).ok());
    QCOMPARE(stack.count(), 1);
}

void TestLogDialog::coffeeChatThroughTheDialogShowsTheFollowUpOnToday()
{
    test::TempNotebook notebook;
    test::addContact(*notebook.notebook, u"Ada Lovelace"_s, {Role::Mentor});
    QUndoStack stack;
    TodayModel today(*notebook.notebook);
    QTRY_VERIFY_WITH_TIMEOUT(today.hasLoaded(), 10'000);
    QCOMPARE(today.rowCount(), 0);

    LogInteractionDialog dialog(*notebook.notebook, &stack);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(QApplication::focusWidget(), dialog.withField()); // focus starts in "With"
    QCOMPARE(dialog.kindBox()->currentText(), u"Coffee chat"_s);
    QVERIFY(dialog.followUpBox()->isChecked());
    QCOMPARE(dialog.followUpDaysBox()->value(), 14);

    QTest::keyClicks(dialog.withField(), u"Ada Lovelace"_s);
    QTest::keyClick(dialog.withField(), Qt::Key_Return); // adds the person, does not save
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.participants().size(), 1);
    QVERIFY(dialog.withField()->text().isEmpty());

    dialog.summaryField()->setFocus();
    QTest::keyClicks(dialog.summaryField(), u"Career options after the PhD"_s);
    QTest::keyClick(dialog.summaryField(), Qt::Key_Return); // saves
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.logged().followUpDue, QDate(2026, 11, 23).addDays(14));
    QCOMPARE(stack.count(), 1);

    // The follow-up is on Today at once (7-day look-ahead: not yet; at the due day: yes).
    notebook->setClock(Clock::fixed(QDate(2026, 12, 7)));
    QVERIFY(test::loadsAfter(&today, [&today] { today.reload(); }));
    bool found = false;
    for (int row = 0; row < today.rowCount(); ++row) {
        const QModelIndex index = today.index(row);
        if (const DueItem *item = today.itemAt(index)) {
            QCOMPARE(item->contactName, u"Ada Lovelace"_s);
            QCOMPARE(item->due, QDate(2026, 12, 7));
            QCOMPARE(index.data(TodayModel::UrgencyRole).toInt(), int(TodayModel::Urgency::DueToday));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestLogDialog::followUpDefaultFollowsTheKind()
{
    test::TempNotebook notebook;
    QUndoStack stack;
    QVERIFY(notebook->setFollowUpDays(InteractionKind::Call, 3));
    QVERIFY(notebook->setFollowUpDays(InteractionKind::Email, std::nullopt));
    LogInteractionDialog dialog(*notebook.notebook, &stack);
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(InteractionKind::Call)));
    QVERIFY(dialog.followUpBox()->isChecked());
    QCOMPARE(dialog.followUpDaysBox()->value(), 3);
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(InteractionKind::Email)));
    QVERIFY(!dialog.followUpBox()->isChecked());
}

void TestLogDialog::savingWithoutAPersonIsRefused()
{
    test::TempNotebook notebook;
    QUndoStack stack;
    LogInteractionDialog dialog(*notebook.notebook, &stack);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(dialog.withField(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(stack.count(), 0);
}

QTEST_MAIN(TestLogDialog)
#include "tst_logdialog.moc"
