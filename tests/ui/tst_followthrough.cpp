#include "TestSupport.h"

#include "MainWindow.h"
#include "commands/ReminderCommand.h"
#include "dialogs/LogInteractionDialog.h"
#include "dialogs/ReminderDialog.h"
#include "models/TimelineModel.h"
#include "models/TodayModel.h"
#include "views/ContactPage.h"
#include "views/TodayView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

namespace {

// Answers "Discard …?" whenever it is asked while this lives: Discard, or Keep editing.
class DiscardAnswerer
{
public:
    explicit DiscardAnswerer(bool discard)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this, discard] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"discardQuestion"_s)
                return;
            question = box->text();
            ++asked;
            QAbstractButton *button = discard ? box->button(QMessageBox::Discard) : box->escapeButton();
            if (button)
                button->click();
        });
        m_timer.start();
    }
    int asked = 0;
    QString question;

private:
    QTimer m_timer;
};

Interaction chat(InteractionKind kind, QDate date, qint64 person, const QString &summary = {})
{
    Interaction interaction;
    interaction.kind = kind;
    interaction.date = date;
    interaction.participants = {{person, {}}};
    interaction.summary = summary;
    return interaction;
}

QAction *actionWithShortcut(QWidget &window, const QKeySequence &key)
{
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcuts().contains(key))
            return action;
    return nullptr;
}

QModelIndex timelineRow(TimelineModel *model, bool interaction)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (index.data(TimelineModel::IsInteractionRole).toBool() == interaction)
            return index;
    }
    return {};
}

} // namespace

// Issue 14 §1 and §3 in the window: following up closes the follow-up; what was logged can be
// edited; own reminders; unsaved text is not thrown away silently; undo says what it undid.
class TestFollowThrough : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::keepSettingsIn(m_config); }

    void theLogDialogNamesTheFollowUpItCloses()
    {
        test::TempNotebook notebook; // today 2026-11-23
        const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
        const auto coffee = notebook->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 1), ada));
        const qint64 followUp = coffee->reminderIds.at(0);
        QUndoStack stack;
        LogInteractionDialog dialog(*notebook.notebook, &stack);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.closeFollowUpsBox()->isVisible()); // nobody yet: nothing to close

        dialog.addParticipant({ada, u"Ada Lovelace"_s});
        QVERIFY(dialog.closeFollowUpsBox()->isVisible());
        QVERIFY(dialog.closeFollowUpsBox()->isChecked());
        QCOMPARE(dialog.closeFollowUpsBox()->text(), u"M&ark “Follow up on coffee chat” done"_s);
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(int(InteractionKind::Call)));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.logged().closedFollowUps.size(), 1);
        QCOMPARE(notebook->reminder(followUp)->state, ReminderState::Done);
        QCOMPARE(stack.count(), 1); // the log and the closing are one step

        stack.undo();
        QCOMPARE(notebook->reminder(followUp)->state, ReminderState::Open);
        QCOMPARE(notebook->interaction(dialog.logged().interactionId).error().code, Error::Code::NotFound);
        stack.redo();
        QCOMPARE(notebook->reminder(followUp)->state, ReminderState::Done);
        QVERIFY(notebook->interaction(dialog.logged().interactionId).ok());
    }

    void uncheckingKeepsTheFollowUpOpen()
    {
        test::TempNotebook notebook;
        const qint64 ada = test::addContact(*notebook.notebook, u"Ada & Co"_s);
        Interaction coffee = chat(InteractionKind::Coffee, QDate(2026, 11, 1), ada, u"Q&A"_s);
        const qint64 followUp = notebook->logInteraction(coffee)->reminderIds.at(0);
        QUndoStack stack;
        LogInteractionDialog dialog(*notebook.notebook, &stack);
        dialog.addParticipant({ada, u"Ada & Co"_s});
        // The user's "&" is shown, not taken for a mnemonic.
        QCOMPARE(dialog.closeFollowUpsBox()->text(), u"M&ark “Follow up on coffee chat: Q&&A” done"_s);
        dialog.closeFollowUpsBox()->setChecked(false);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.logged().closedFollowUps.isEmpty());
        QCOMPARE(notebook->reminder(followUp)->state, ReminderState::Open);
    }

    void todaysLogOnAFollowUpNamesThatOne()
    {
        test::TempNotebook notebook;
        const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
        const qint64 nextWeek = *notebook->addReminder(ada, QDate(2026, 11, 26), u"Thank her for the intro"_s);
        MainWindow window(*notebook.notebook);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Today);
        QTRY_VERIFY_WITH_TIMEOUT(window.todayView()->model()->hasLoaded(), 10'000);
        QListView *list = window.todayView()->listView();
        QModelIndex row;
        for (int r = 0; r < list->model()->rowCount(); ++r)
            if (list->model()->index(r, 0).data(TodayModel::ContactIdRole).toLongLong() == ada)
                row = list->model()->index(r, 0);
        QVERIFY(row.isValid());
        list->setCurrentIndex(row);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_L);
        LogInteractionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<LogInteractionDialog *>()) && dialog->isVisible());
        QVERIFY(dialog->closeFollowUpsBox()->isVisible());
        QCOMPARE(dialog->closeFollowUpsBox()->text(), u"M&ark “Thank her for the intro” done"_s);
        dialog->accept();
        QCOMPARE(notebook->reminder(nextWeek)->state, ReminderState::Done);
        QVERIFY2(window.statusBar()->currentMessage().contains(u" · 1 follow-up"_s),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void escapeWithTextAsksBeforeDiscarding()
    {
        test::TempNotebook notebook;
        const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
        QUndoStack stack;
        LogInteractionDialog dialog(*notebook.notebook, &stack);
        dialog.addParticipant({ada, u"Ada Lovelace"_s});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        {
            DiscardAnswerer keepEditing(false);
            QTest::keyClick(&dialog, Qt::Key_Escape); // a person alone is not typed text
            QCOMPARE(keepEditing.asked, 0);
        }
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.notesField()->setPlainText(u"She suggested the Lisbon conference"_s);
        {
            DiscardAnswerer keepEditing(false);
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QCOMPARE(keepEditing.asked, 1);
            QCOMPARE(keepEditing.question, u"Discard this interaction?"_s);
        }
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.notesField()->toPlainText(), u"She suggested the Lisbon conference"_s);
        {
            DiscardAnswerer discard(true);
            dialog.reject(); // Cancel
            QCOMPARE(discard.asked, 1);
        }
        QVERIFY(!dialog.isVisible());
        QCOMPARE(stack.count(), 0);
        QVERIFY(notebook->timeline(ada)->isEmpty());
    }

    void timelineEditsAnInteractionUndoably()
    {
        test::TempNotebook notebook;
        const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
        const qint64 grace = test::addContact(*notebook.notebook, u"Grace Hopper"_s);
        Interaction coffee = chat(InteractionKind::Coffee, QDate(2026, 11, 10), ada, u"Career options"_s);
        coffee.agenda = u"1. PhD\n2. talk"_s; // a multi-line agenda from the command line
        coffee.notes = u"first notes"_s;
        coffee.direction = Direction::Received;
        const qint64 id = notebook->logInteraction(coffee, FollowUpChoice::none())->interactionId;

        QUndoStack stack;
        gui::ContactPage page(*notebook.notebook, &stack);
        page.resize(800, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showContact(ada);
        const QModelIndex row = timelineRow(page.timelineModel(), true);
        QVERIFY(row.isValid());
        page.timelineView()->setCurrentIndex(row);
        page.timelineView()->setFocus();
        QTest::keyClick(page.timelineView(), Qt::Key_Return);
        LogInteractionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<LogInteractionDialog *>()) && dialog->isVisible());
        QVERIFY(dialog->isEditing());
        QCOMPARE(dialog->windowTitle(), u"Edit interaction"_s);
        QCOMPARE(dialog->summaryField()->text(), u"Career options"_s);
        QCOMPARE(dialog->agendaField()->text(), u"1. PhD\n2. talk"_s);
        QCOMPARE(dialog->notesField()->toPlainText(), u"first notes"_s);
        QCOMPARE(dialog->dateField()->date(), QDate(2026, 11, 10));
        QCOMPARE(dialog->participants().size(), 1);
        QVERIFY(!dialog->followUpBox()->isVisible());
        QVERIFY(!dialog->closeFollowUpsBox()->isVisible());

        dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(InteractionKind::Meeting)));
        dialog->dateField()->setDate(QDate(2026, 11, 11));
        dialog->addParticipant({grace, u"Grace Hopper"_s});
        dialog->summaryField()->setText(u"Talk review"_s);
        dialog->notesField()->setPlainText(u"better notes"_s);
        dialog->accept();
        QTRY_VERIFY(!page.findChild<LogInteractionDialog *>());
        Interaction edited = *notebook->interaction(id);
        QCOMPARE(edited.kind, InteractionKind::Meeting);
        QCOMPARE(edited.date, QDate(2026, 11, 11));
        QCOMPARE(edited.summary, u"Talk review"_s);
        QCOMPARE(edited.agenda, u"1. PhD\n2. talk"_s); // survives an edit of other fields
        QCOMPARE(edited.notes, u"better notes"_s);
        QCOMPARE(edited.direction, Direction::Received);
        QCOMPARE(edited.participants.size(), 2);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), u"Edit coffee chat with Ada Lovelace"_s);

        stack.undo();
        edited = *notebook->interaction(id);
        QCOMPARE(edited.kind, InteractionKind::Coffee);
        QCOMPARE(edited.summary, u"Career options"_s);
        QCOMPARE(edited.participants.size(), 1);
        QVERIFY(!notebook->contact(grace)->lastInteraction.isValid());
        stack.redo();
        QCOMPARE(notebook->interaction(id)->summary, u"Talk review"_s);
    }

    void doubleClickEditsAndAnUnchangedEditAsksNothing()
    {
        test::TempNotebook notebook;
        const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
        QVERIFY(notebook->logInteraction(chat(InteractionKind::Coffee, QDate(2026, 11, 10), ada, u"Hello"_s)));
        QUndoStack stack;
        gui::ContactPage page(*notebook.notebook, &stack);
        page.resize(800, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showContact(ada);
        const QModelIndex row = timelineRow(page.timelineModel(), true);
        QTRY_VERIFY(page.timelineView()->visualRect(row).isValid()); // laid out
        const QRect rect = page.timelineView()->visualRect(row);
        // A double click as the window system sends it: press, release, then the double click.
        QTest::mouseClick(page.timelineView()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(page.timelineView()->viewport(), Qt::LeftButton, {}, rect.center());
        LogInteractionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<LogInteractionDialog *>()) && dialog->isVisible());
        QVERIFY(dialog->isEditing());
        {
            DiscardAnswerer keepEditing(false);
            dialog->reject();
            QCOMPARE(keepEditing.asked, 0); // nothing changed, nothing to lose
        }
        QTRY_VERIFY(!page.findChild<LogInteractionDialog *>());

        QVERIFY(page.editCurrentInteraction());
        QTRY_VERIFY((dialog = page.findChild<LogInteractionDialog *>()) && dialog->isVisible());
        dialog->summaryField()->setText(u"Hello again"_s);
        {
            DiscardAnswerer keepEditing(false);
            dialog->reject();
            QCOMPARE(keepEditing.asked, 1);
            QCOMPARE(keepEditing.question, u"Discard your changes to this interaction?"_s);
        }
        QVERIFY(dialog->isVisible());
        dialog->accept();
        QTRY_VERIFY(!page.findChild<LogInteractionDialog *>());
        QCOMPARE(stack.count(), 1);

        // A follow-up row is not an interaction: Enter there edits nothing.
        page.timelineView()->setCurrentIndex(timelineRow(page.timelineModel(), false));
        QVERIFY(!page.editCurrentInteraction());
    }

    void remindMeAddsAnUndoableReminder()
    {
        test::TempNotebook notebook;
        const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
        MainWindow window(*notebook.notebook);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openContact(ada);

        QAction *remind = nullptr;
        for (QAction *action : window.menuBar()->actions())
            if (action->menu() && action->text() == u"&Contact"_s)
                for (QAction *item : action->menu()->actions())
                    if (item->text() == u"&Remind me…"_s)
                        remind = item;
        QVERIFY(remind);
        remind->trigger();
        ReminderDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ReminderDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->dateField()->date(), QDate(2026, 11, 30));
        dialog->dateField()->setDate(QDate(2026, 12, 2));
        QTest::keyClicks(dialog->reasonField(), u"Send the conference link"_s);
        QTest::keyClick(dialog->reasonField(), Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<ReminderDialog *>());

        QList<TimelineEntry> entries = *notebook->timeline(ada);
        QCOMPARE(entries.size(), 1);
        const qint64 id = entries.at(0).reminder().id;
        QCOMPARE(entries.at(0).reminder().reason, u"Send the conference link"_s);
        QCOMPARE(entries.at(0).reminder().due, QDate(2026, 12, 2));
        QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Reminder for Ada Lovelace on "_s),
                 qPrintable(window.statusBar()->currentMessage()));

        window.undo();
        QVERIFY(notebook->timeline(ada)->isEmpty());
        QCOMPARE(window.statusBar()->currentMessage(), u"Undid: Remind me about Ada Lovelace"_s);
        window.redo();
        QCOMPARE(notebook->reminder(id)->reason, u"Send the conference link"_s);
        QCOMPARE(window.statusBar()->currentMessage(), u"Redid: Remind me about Ada Lovelace"_s);
    }

    void theReminderDialogAsksBeforeDiscardingAReason()
    {
        test::TempNotebook notebook;
        const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
        QUndoStack stack;
        ReminderDialog dialog(*notebook.notebook, &stack, ada, u"Ada Lovelace"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.reasonField()->setText(u"Ask about the role"_s);
        {
            DiscardAnswerer keepEditing(false);
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QCOMPARE(keepEditing.asked, 1);
            QCOMPARE(keepEditing.question, u"Discard this reminder?"_s);
        }
        QVERIFY(dialog.isVisible());
        {
            DiscardAnswerer discard(true);
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QCOMPARE(discard.asked, 1);
        }
        QVERIFY(!dialog.isVisible());
        QCOMPARE(stack.count(), 0);
        QVERIFY(notebook->timeline(ada)->isEmpty());
    }

    void ctrlZSaysWhatItUndid()
    {
        test::TempNotebook notebook;
        const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
        const qint64 id = *notebook->addReminder(ada, QDate(2026, 11, 20), u"send the paper"_s);
        MainWindow window(*notebook.notebook);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Today);
        QTRY_VERIFY_WITH_TIMEOUT(window.todayView()->model()->hasLoaded(), 10'000);
        window.todayView()->listView()->setFocus();
        window.todayView()->snoozeSelected(9);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(u"Snoozed Ada Lovelace until"_s),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(notebook->reminder(id)->due, QDate(2026, 12, 2));

        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(notebook->reminder(id)->due, QDate(2026, 11, 20));
        QCOMPARE(window.statusBar()->currentMessage(), u"Undid: Snooze follow-up with Ada Lovelace"_s);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(notebook->reminder(id)->due, QDate(2026, 12, 2));
        QCOMPARE(window.statusBar()->currentMessage(), u"Redid: Snooze follow-up with Ada Lovelace"_s);
        QAction *undo = actionWithShortcut(window, QKeySequence(QKeySequence::Undo));
        QVERIFY(undo);
        QCOMPARE(undo->text(), u"&Undo Snooze follow-up with Ada Lovelace"_s);
        QVERIFY(undo->isEnabled());
    }

    void dismissOnTodaySaysSo()
    {
        test::TempNotebook notebook;
        const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
        const qint64 id = *notebook->addReminder(ada, QDate(2026, 11, 20), u"send the paper"_s);
        QUndoStack stack;
        TodayView view(*notebook.notebook, &stack);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->hasLoaded(), 10'000);
        QSignalSpy status(&view, &TodayView::statusMessage);
        view.listView()->setFocus();
        QTest::keyClick(view.listView(), Qt::Key_Delete);
        QCOMPARE(notebook->reminder(id)->state, ReminderState::Dismissed);
        QCOMPARE(status.count(), 1);
        QCOMPARE(status.at(0).at(0).toString(), u"Dismissed “send the paper” with Ada Lovelace"_s);
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestFollowThrough)
#include "tst_followthrough.moc"
