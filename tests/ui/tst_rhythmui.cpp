#include "ModelLoads.h"
#include "TestSupport.h"

#include "dialogs/LogInteractionDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ReminderDialog.h"
#include "dialogs/TagManagerDialog.h"
#include "models/TodayModel.h"
#include "models/ContactTableModel.h"
#include "views/ContactPage.h"
#include "views/ContactsView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

// Issue 10 in the window: Preferences, the contact page's cadence rule and dates, the log dialog's
// duration and rating, amber and red on Today.
class TestRhythmUi : public QObject
{
    Q_OBJECT
private slots:
    void preferencesChangeSettingsInOneUndoableStep()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {Role::Mentor});
        QVERIFY(nb->setTags(ada, {u"inner circle"_s}).ok());
        QUndoStack stack;
        PreferencesDialog dialog(*nb.notebook, &stack);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSpinBox *mentor = dialog.daysField(u"cadence.role.mentor"_s);
        QSpinBox *tag = dialog.daysField(u"cadence.tag.inner circle"_s);
        QSpinBox *coffee = dialog.daysField(u"follow-up.coffee"_s);
        QVERIFY(mentor && tag && coffee);
        QCOMPARE(mentor->value(), 30);
        QCOMPARE(tag->value(), -1);
        QCOMPARE(tag->text(), u"Not set"_s);
        mentor->setValue(45);
        tag->setValue(21);
        coffee->setValue(0); // None
        dialog.overdueFactorField()->setValue(2.0);
        dialog.accept();

        QCOMPARE(stack.count(), 1);
        QCOMPARE(nb->configValue(u"cadence.role.mentor"_s)->value, u"45"_s);
        QCOMPARE(nb->configValue(u"follow-up.coffee"_s)->value, u"none"_s);
        QCOMPARE(*nb->overdueFactor(), 2.0);
        QCOMPARE(nb->contact(ada)->nudgeCadenceDays, 21); // the tag's cadence comes first

        stack.undo();
        QCOMPARE(nb->configValue(u"cadence.role.mentor"_s)->value, u"30"_s);
        QCOMPARE(nb->configValue(u"follow-up.coffee"_s)->value, u"14"_s);
        QCOMPARE(nb->configValue(u"cadence.tag.inner circle"_s)->userSet, false);
        QCOMPARE(*nb->overdueFactor(), 1.5);
        QCOMPARE(nb->contact(ada)->nudgeCadenceDays, 30);
        stack.redo();
        QCOMPARE(nb->contact(ada)->nudgeCadenceDays, 21);
    }

    void preferencesChooseWhatTheTrayAnnounces()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        QUndoStack stack;
        {
            PreferencesDialog dialog(*nb.notebook, &stack);
            for (const DigestPart part : allDigestParts())
                QVERIFY(dialog.digestField(part)->isChecked());
            dialog.digestField(DigestPart::Nudges)->setChecked(false);
            dialog.digestField(DigestPart::Practice)->setChecked(false);
            dialog.accept();
        }
        QCOMPARE(stack.count(), 1);
        QCOMPARE(nb->configValue(u"tray-digest"_s)->value, u"follow-ups,dates"_s);
        PreferencesDialog again(*nb.notebook, &stack);
        QVERIFY(!again.digestField(DigestPart::Nudges)->isChecked());
        QVERIFY(again.digestField(DigestPart::Dates)->isChecked());
        stack.undo();
        QCOMPARE(*nb->trayDigestParts(), allDigestParts());
    }

    void unchangedPreferencesPushNothing()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        QUndoStack stack;
        PreferencesDialog dialog(*nb.notebook, &stack);
        dialog.accept();
        QCOMPARE(stack.count(), 0);
    }

    void theContactPageSaysWhichRuleAppliesAndShowsDatesWithAges()
    {
        test::TempNotebook nb(QDate(2026, 12, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {Role::Mentor});
        QVERIFY(nb->setTags(ada, {u"inner circle"_s}).ok());
        QVERIFY(nb->writeConfig(u"cadence.tag.inner circle"_s, u"21"_s).ok());
        ImportantDate birthday = *parseImportantDay(u"1815-12-10"_s, u"date"_s);
        birthday.contactId = ada;
        QVERIFY(nb->addImportantDate(birthday).ok());

        QUndoStack stack;
        gui::ContactPage page(*nb.notebook, &stack);
        page.showContact(ada);
        QVERIFY2(page.metLine()->text().contains(u"every 21 days (tag: inner circle)"_s), qPrintable(page.metLine()->text()));
        QVERIFY2(page.datesLine()->text().contains(u"birthday"_s), qPrintable(page.datesLine()->text()));
        QVERIFY2(page.datesLine()->text().contains(u"(211)"_s), qPrintable(page.datesLine()->text()));
        QCOMPARE(page.datesLine()->textFormat(), Qt::PlainText);
    }

    void theLogDialogKeepsDurationAndRating()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        QUndoStack stack;
        LogInteractionDialog dialog(*nb.notebook, &stack);
        QCOMPARE(dialog.minutesBox()->text(), u"Not given"_s);
        dialog.addParticipant({ada, u"Ada"_s});
        dialog.minutesBox()->setValue(45);
        dialog.ratingBox()->setValue(4);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Interaction logged = *nb->interaction(dialog.logged().interactionId);
        QCOMPARE(logged.durationMinutes, 45);
        QCOMPARE(logged.rating, 4);
    }

    void theLogDialogMakesARecurringFollowUp()
    {
        test::TempNotebook nb(QDate(2026, 1, 3));
        const qint64 sam = test::addContact(*nb.notebook, u"Sam"_s, {Role::Sponsor});
        QUndoStack stack;
        LogInteractionDialog dialog(*nb.notebook, &stack);
        dialog.addParticipant({sam, u"Sam"_s});
        dialog.followUpBox()->setChecked(true);
        dialog.followUpDaysBox()->setValue(28);
        QCOMPARE(dialog.followUpRepeatBox()->currentIndex(), 0); // once, unless the user says otherwise
        dialog.followUpRepeatBox()->setCurrentIndex(dialog.followUpRepeatBox()->findData(u"1m"_s));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.logged().reminderIds.size(), 1);
        const Reminder followUp = *nb->reminder(dialog.logged().reminderIds.first());
        QCOMPARE(followUp.due, QDate(2026, 1, 31));
        QVERIFY(followUp.recurrence);
        QCOMPARE(followUp.recurrence->toText(), u"1m"_s);
        QVERIFY(nb->completeReminder(followUp.id).ok());
        QCOMPARE((*nb->nextOccurrence(followUp.id))->due, QDate(2026, 2, 28)); // month ends clamp

        // Unchecked, nothing recurs (the repeat box follows the check box).
        LogInteractionDialog once(*nb.notebook, &stack);
        once.addParticipant({sam, u"Sam"_s});
        once.followUpBox()->setChecked(false);
        QVERIFY(!once.followUpRepeatBox()->isEnabled());
    }

    void theContactPageMakesARecurringReminder()
    {
        test::TempNotebook nb(QDate(2026, 1, 31));
        const qint64 sam = test::addContact(*nb.notebook, u"Sam"_s, {Role::Sponsor});
        QUndoStack stack;
        ReminderDialog dialog(*nb.notebook, &stack, sam, u"Sam"_s);
        QVERIFY(!dialog.everyBox()->isEnabled());
        dialog.dateField()->setDate(QDate(2026, 1, 31));
        dialog.reasonField()->setText(u"1:1 prep"_s);
        dialog.repeatBox()->setCurrentIndex(dialog.repeatBox()->findData(int(Recurrence::Unit::Months)));
        QVERIFY(dialog.everyBox()->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Reminder added = *nb->reminder(dialog.reminderId());
        QVERIFY(added.recurrence);
        QCOMPARE(added.recurrence->toText(), u"1m"_s);
        QVERIFY(nb->completeReminder(added.id).ok());
        QCOMPARE((*nb->nextOccurrence(added.id))->due, QDate(2026, 2, 28));
    }

    void theTagManagerRenamesAndMergesUndoably()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 bo = test::addContact(*nb.notebook, u"Bo"_s);
        QVERIFY(nb->setTags(ada, {u"ex-Acme"_s}).ok());
        QVERIFY(nb->setTags(bo, {u"Acme alumni"_s}).ok());
        QUndoStack stack;
        TagManagerDialog dialog(*nb.notebook, &stack);
        QCOMPARE(dialog.tagList()->count(), 2);
        dialog.tagList()->setCurrentRow(1); // ex-Acme
        QCOMPARE(dialog.newNameField()->text(), u"ex-Acme"_s);
        dialog.newNameField()->setText(u"acme alumni"_s);
        QVERIFY(dialog.renameSelected());
        QVERIFY2(dialog.outcomeLabel()->text().contains(u"Merged"_s), qPrintable(dialog.outcomeLabel()->text()));
        QCOMPARE(dialog.tagList()->count(), 1);
        QCOMPARE(nb->contact(ada)->tags, QStringList{u"Acme alumni"_s});
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(dialog.tagList()->count(), 2);
        QCOMPARE(nb->contact(ada)->tags, QStringList{u"ex-Acme"_s});
        QCOMPARE(nb->contact(bo)->tags, QStringList{u"Acme alumni"_s});
    }

    void severalContactsAreTaggedAndUntaggedInOneStepAndFiltered()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 bo = test::addContact(*nb.notebook, u"Bo"_s);
        test::addContact(*nb.notebook, u"Cy"_s);
        QUndoStack stack;
        ContactsView view(*nb.notebook, &stack);
        QAbstractItemModelTester tester(view.model());
        QTRY_COMPARE(view.model()->rowCount(), 3);
        view.tableView()->selectRow(0);
        view.tableView()->selectionModel()->select(view.model()->index(1, 0),
                                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view.selectedContactIds().size(), 2);
        view.tagSelected(u"inner circle"_s);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(nb->contact(ada)->tags, QStringList{u"inner circle"_s});
        QCOMPARE(nb->contact(bo)->tags, QStringList{u"inner circle"_s});

        view.tagFilter()->setCurrentIndex(view.tagFilter()->findData(u"inner circle"_s));
        QTRY_COMPARE(view.model()->rowCount(), 2);
        view.tableView()->selectAll();
        view.untagSelected(u"inner circle"_s);
        QCOMPARE(stack.count(), 2);
        QCOMPARE(nb->contact(ada)->tags, QStringList{});
        stack.undo();
        QCOMPARE(nb->contact(ada)->tags, QStringList{u"inner circle"_s});
        stack.undo();
        QCOMPARE(nb->contact(bo)->tags, QStringList{});
        QCOMPARE(nb->tags()->size(), 0);
    }

    void contactsAreFilteredByHowTheyMet()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        Contact ada;
        ada.name = u"Ada"_s;
        ada.metVia = MetVia::School;
        QVERIFY(nb->addContact(ada).ok());
        test::addContact(*nb.notebook, u"Bo"_s);
        QUndoStack stack;
        ContactsView view(*nb.notebook, &stack);
        QTRY_COMPARE(view.model()->rowCount(), 2);
        view.metViaFilter()->setCurrentIndex(view.metViaFilter()->findData(int(MetVia::School)));
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QVERIFY(view.shownText().contains(u"1 of"_s));
    }

    // A nudge is amber from its due day and red from the overdue factor × its cadence.
    void todayShowsDueNudgesAmberAndOverdueOnesRed()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        test::addContact(*nb.notebook, u"Ada"_s, {Role::Mentor}); // due 03-31, overdue 04-15
        TodayModel model(*nb.notebook);
        QAbstractItemModelTester tester(&model);
        const auto urgencyOn = [&](QDate day) {
            nb->setClock(Clock::fixed(day));
            if (!test::loadsAfter(&model, [&] { model.reload(); }))
                return -2;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, 0);
                if (!index.data(TodayModel::IsHeadingRole).toBool())
                    return index.data(TodayModel::UrgencyRole).toInt();
            }
            return -1;
        };
        QCOMPARE(urgencyOn(QDate(2026, 4, 14)), int(TodayModel::Urgency::DueToday));
        QCOMPARE(urgencyOn(QDate(2026, 4, 15)), int(TodayModel::Urgency::Overdue));
    }
};

QTEST_MAIN(TestRhythmUi)
#include "tst_rhythmui.moc"
