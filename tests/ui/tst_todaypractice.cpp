#include "TestSupport.h"

#include "models/TodayModel.h"
#include "views/TodayView.h"

#include <QAbstractItemModelTester>
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
// "Coming up", and Done, Snooze and Dismiss leave those rows alone (they change where they come from).
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

    void doneAndSnoozeLeaveThePracticesRowsAlone()
    {
        auto *list = m_view->findChild<QListView *>();
        QVERIFY(list);
        const QAbstractItemModel *model = m_view->model();
        int owed = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(TodayModel::KindRole).toInt() == int(DueItem::Kind::AnswerOwed))
                owed = row;
        }
        QVERIFY(owed >= 0);
        QVERIFY(model->index(owed, 0).data(TodayModel::IsPracticeRole).toBool());
        list->setFocus();
        list->setCurrentIndex(model->index(owed, 0));
        const QByteArray before = test::fileDigest(m_notebook->path);
        QTest::keyClick(list, Qt::Key_D);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(test::fileDigest(m_notebook->path), before);

        QSignalSpy opened(m_view.get(), &TodayView::openContactRequested);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), m_ada);
    }

    void theRowsFollowTheirState()
    {
        Notebook &nb = *m_notebook->notebook;
        const int before = m_view->model()->rowCount();
        QVERIFY(nb.moveAsk(2, AskState::Declined).ok());
        QCOMPARE(m_view->model()->rowCount(), before - 1);
        QVERIFY(nb.setAgenda(1, u"The talk"_s).ok()); // the meeting tomorrow
        // Nothing is due today any more: the warning and its heading are gone.
        QCOMPARE(m_view->model()->rowCount(), before - 3);
        QCOMPARE(m_view->model()->index(0, 0).data().toString(), u"Coming up (7 days)"_s);
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            QVERIFY(m_view->model()->index(row, 0).data(TodayModel::KindRole).toInt() != int(DueItem::Kind::MeetingAgenda));
    }

private:
    std::unique_ptr<test::TempNotebook> m_notebook;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<TodayView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_ada = 0;
    qint64 m_bo = 0;
};

QTEST_MAIN(TestTodayPractice)
#include "tst_todaypractice.moc"
