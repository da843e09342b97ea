#include "ModelLoads.h"
#include "TestSupport.h"

#include "dialogs/IntroductionDialog.h"
#include "models/TodayModel.h"
#include "views/TodayView.h"

#include <QAbstractItemModelTester>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

namespace {
const QDate monday(2026, 11, 2);
}

// Issue 9 on Today: each of the practice's rows says what it is, planned meetings are under
// "Coming up", Done (D) takes the step a row stands for and X says the person declined, each
// undoable; Snooze and Dismiss leave those rows alone. The Introduce dialog proposes an
// introduction whose every step then comes to Today.
class TestTodayPractice : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_notebook = std::make_unique<test::TempNotebook>(monday);
        m_ada = test::addContact(*m_notebook->notebook, u"Ada Lovelace"_s, {Role::Mentor});
        m_bo = test::addContact(*m_notebook->notebook, u"Bo Li"_s);
        Notebook &nb = *m_notebook->notebook;
        Ask mine;
        mine.contact.id = m_ada;
        mine.text = u"Review my talk"_s;
        mine.deadline = monday.addDays(2);
        QVERIFY(nb.addAsk(mine));
        Ask theirs = mine;
        theirs.text = u"Mentor my intern"_s;
        theirs.deadline = monday;
        theirs.direction = AskDirection::Theirs;
        QVERIFY(nb.addAsk(theirs));
        Interaction meeting;
        meeting.kind = InteractionKind::Meeting;
        meeting.date = monday.addDays(1);
        meeting.participants = {{m_ada, {}}};
        QVERIFY(nb.planMeeting(meeting));
        meeting.date = monday.addDays(4);
        meeting.agenda = u"Promotion case"_s;
        meeting.participants = {{m_bo, {}}};
        QVERIFY(nb.planMeeting(meeting));
        m_stack = std::make_unique<QUndoStack>();
        m_view = std::make_unique<TodayView>(nb, m_stack.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_view->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_view->resize(800, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->hasLoaded(), 10'000);
    }

    void cleanup()
    {
        m_tester.reset();
        m_view.reset();
        m_stack.reset();
        m_notebook.reset();
    }

    void everyRowSaysWhatItIs()
    {
        const QAbstractItemModel *model = m_view->model();
        QStringList headings;
        QStringList reasons;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(TodayModel::IsHeadingRole).toBool())
                headings.append(index.data().toString());
            else
                reasons.append(index.data(TodayModel::ReasonRole).toString());
        }
        QCOMPARE(headings, (QStringList{u"Due today"_s, u"Coming up (7 days)"_s}));
        QVERIFY2(reasons.contains(u"You owe Ada Lovelace an answer: Mentor my intern"_s), qPrintable(reasons.join(u'|')));
        QVERIFY2(reasons.contains(u"Meeting with Ada Lovelace tomorrow has no agenda"_s), qPrintable(reasons.join(u'|')));
        QVERIFY2(reasons.contains(u"Deadline of your ask to Ada Lovelace: Review my talk"_s), qPrintable(reasons.join(u'|')));
        QVERIFY2(reasons.contains(u"Planned meeting: Promotion case"_s), qPrintable(reasons.join(u'|')));
        QVERIFY2(reasons.contains(u"Planned meeting"_s), qPrintable(reasons.join(u'|'))); // Ada's, no agenda
    }

    void doneAnswersAnAskAndUndoReopensIt()
    {
        QListView *list = m_view->listView();
        const int owed = rowOfKind(DueItem::Kind::AnswerOwed);
        QVERIFY(owed >= 0);
        QVERIFY(m_view->model()->index(owed, 0).data(TodayModel::IsPracticeRole).toBool());
        list->setFocus();
        list->setCurrentIndex(m_view->model()->index(owed, 0));
        // Snooze and Dismiss are for reminders: the ask's state says when it is due.
        const QByteArray before = test::fileDigest(m_notebook->path);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(test::fileDigest(m_notebook->path), before);

        QVERIFY(reloads([list] { QTest::keyClick(list, Qt::Key_D); }));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_notebook->notebook->ask(2)->state, AskState::Answered);
        QCOMPARE(rowOfKind(DueItem::Kind::AnswerOwed), -1);
        QVERIFY(reloads([this] { m_stack->undo(); }));
        QCOMPARE(m_notebook->notebook->ask(2)->state, AskState::Open);
        QVERIFY(rowOfKind(DueItem::Kind::AnswerOwed) >= 0);

        list->setCurrentIndex(m_view->model()->index(rowOfKind(DueItem::Kind::AnswerOwed), 0));
        QVERIFY(reloads([list] { QTest::keyClick(list, Qt::Key_X); }));
        QCOMPARE(m_notebook->notebook->ask(2)->state, AskState::Declined);

        list->setCurrentIndex(m_view->model()->index(rowOfKind(DueItem::Kind::AskDeadline), 0));
        QTest::keyClick(list, Qt::Key_X); // one's own ask is done or withdrawn, not declined
        QCOMPARE(m_notebook->notebook->ask(1)->state, AskState::Open);
        QVERIFY(reloads([this] { m_view->completeSelected(); }));
        QCOMPARE(m_notebook->notebook->ask(1)->state, AskState::Done);

        QSignalSpy opened(m_view.get(), &TodayView::openContactRequested);
        list->setCurrentIndex(m_view->model()->index(rowOfKind(DueItem::Kind::MeetingAgenda), 0));
        QTest::keyClick(list, Qt::Key_D); // the agenda is written in the meeting: its contact opens
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), m_ada);
    }

    void anIntroductionIsProposedAndTakenStepByStepFromToday()
    {
        Notebook &nb = *m_notebook->notebook;
        IntroductionDialog dialog(nb, m_stack.get(), {m_ada, u"Ada Lovelace"_s});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.accept(); // nobody picked: the dialog says so and stays open
        QVERIFY(dialog.problemLabel()->isVisibleTo(&dialog));
        QVERIFY(dialog.problemLabel()->text().contains(u"Pick who"_s));
        dialog.otherField()->setText(u"Ada Lovelace"_s);
        dialog.accept(); // herself
        QVERIFY2(dialog.problemLabel()->text().contains(u"themselves"_s), qPrintable(dialog.problemLabel()->text()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.otherField()->setText(u"Bo Li"_s);
        emit dialog.otherField()->textEdited(u"Bo Li"_s);
        QVERIFY(reloads([&dialog] { dialog.accept(); }));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.introductionId() > 0);
        const qint64 id = dialog.introductionId();
        QCOMPARE(nb.introduction(id)->first.id, m_ada);
        QCOMPARE(nb.introduction(id)->second.id, m_bo);

        // The user's move comes first: ask Ada.
        m_view->window()->activateWindow(); // the dialog had the keyboard; shortcuts need the window back
        QVERIFY(QTest::qWaitForWindowActive(m_view->window()));
        QListView *list = m_view->listView();
        int row = rowOfKind(DueItem::Kind::IntroNextStep);
        QVERIFY(row >= 0);
        QCOMPARE(m_view->model()->index(row, 0).data(TodayModel::ReasonRole).toString(),
                 u"Ask Ada Lovelace whether they would like an introduction to Bo Li"_s);
        list->setFocus();
        list->setCurrentIndex(m_view->model()->index(row, 0));
        QVERIFY(reloads([list] { QTest::keyClick(list, Qt::Key_D); }));
        QCOMPARE(nb.introduction(id)->state, IntroState::AskedFirst);
        QCOMPARE(rowOfKind(DueItem::Kind::IntroNextStep), -1);

        // A week of silence: chase her; she says no. Undo brings the introduction back to waiting.
        nb.setClock(Clock::fixed(monday.addDays(7)));
        QVERIFY(reloads([this] { m_view->model()->reload(); }));
        row = rowOfKind(DueItem::Kind::IntroChase);
        QVERIFY(row >= 0);
        list->setCurrentIndex(m_view->model()->index(row, 0));
        QVERIFY(reloads([list] { QTest::keyClick(list, Qt::Key_X); }));
        QCOMPARE(nb.introduction(id)->state, IntroState::Declined);
        QCOMPARE(nb.introduction(id)->declinedBy, std::optional<qint64>(m_ada));
        QVERIFY(reloads([this] { m_stack->undo(); }));
        QCOMPARE(nb.introduction(id)->state, IntroState::AskedFirst);

        // She agreed after all: the next move is asking Bo.
        list->setCurrentIndex(m_view->model()->index(rowOfKind(DueItem::Kind::IntroChase), 0));
        QVERIFY(reloads([this] { m_view->completeSelected(); }));
        QCOMPARE(nb.introduction(id)->state, IntroState::FirstAgreed);
        row = rowOfKind(DueItem::Kind::IntroNextStep);
        QVERIFY(row >= 0);
        QCOMPARE(m_view->model()->index(row, 0).data(TodayModel::NameRole).toString(), u"Bo Li"_s);

        // Undoing everything takes the proposal away; redo brings it back with its id.
        while (m_stack->canUndo())
            m_stack->undo();
        QVERIFY(!nb.introduction(id));
        m_stack->redo();
        QCOMPARE(nb.introduction(id)->state, IntroState::Proposed);
    }

    void aThankYouIsReportedBackFromToday()
    {
        Notebook &nb = *m_notebook->notebook;
        Interaction chat;
        chat.kind = InteractionKind::Coffee;
        chat.date = monday.addDays(-3);
        chat.participants = {{m_bo, {}}};
        auto logged = nb.logInteraction(chat);
        QVERIFY(logged);
        auto advice = nb.addAdvice(logged->interactionId, u"Write the design doc first"_s);
        QVERIFY(advice);
        QVERIFY(reloads([&] { QVERIFY(nb.markAdviceActedOn(*advice, u"The review went smoothly"_s).ok()); }));
        const int row = rowOfKind(DueItem::Kind::ThankYou);
        QVERIFY(row >= 0);
        m_view->listView()->setCurrentIndex(m_view->model()->index(row, 0));
        const int interactions = int(nb.timeline(m_bo)->size());
        QVERIFY(reloads([this] { m_view->completeSelected(); }));
        QCOMPARE(nb.advice(*advice)->state, AdviceState::ReportedBack);
        QCOMPARE(rowOfKind(DueItem::Kind::ThankYou), -1);
        QVERIFY(nb.timeline(m_bo)->size() > interactions);
        m_stack->undo();
        QCOMPARE(nb.advice(*advice)->state, AdviceState::ActedOn);
        QCOMPARE(int(nb.timeline(m_bo)->size()), interactions);
    }

    void theRowsFollowTheirState()
    {
        Notebook &nb = *m_notebook->notebook;
        const int before = m_view->model()->rowCount();
        QVERIFY(reloads([&nb] { QVERIFY(nb.moveAsk(2, AskState::Declined).ok()); }));
        QCOMPARE(m_view->model()->rowCount(), before - 1);
        QVERIFY(reloads([&nb] { QVERIFY(nb.setAgenda(1, u"The talk"_s).ok()); })); // the meeting tomorrow
        // Nothing is due today any more: the warning and its heading are gone.
        QCOMPARE(m_view->model()->rowCount(), before - 3);
        QCOMPARE(m_view->model()->index(0, 0).data().toString(), u"Coming up (7 days)"_s);
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            QVERIFY(m_view->model()->index(row, 0).data(TodayModel::KindRole).toInt() != int(DueItem::Kind::MeetingAgenda));
    }

private:
    // Runs `change` and waits for Today's reload after it (read on the worker).
    [[nodiscard]] bool reloads(const std::function<void()> &change) const { return test::loadsAfter(m_view->model(), change); }

    int rowOfKind(DueItem::Kind kind) const
    {
        const QAbstractItemModel *model = m_view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (!index.data(TodayModel::IsHeadingRole).toBool() && index.data(TodayModel::KindRole).toInt() == int(kind))
                return row;
        }
        return -1;
    }

    std::unique_ptr<test::TempNotebook> m_notebook;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<TodayView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_ada = 0;
    qint64 m_bo = 0;
};

QTEST_MAIN(TestTodayPractice)
#include "tst_todaypractice.moc"
