#include "ModelLoads.h"
#include "TestSupport.h"

#include "DisplayText.h"
#include "models/TodayModel.h"
#include "schedule/Clock.h"
#include "views/TodayView.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QListView>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

class TestTodayView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void overdueComesFirstAndIsMarked();
    void theRowsStayUntilTheReloadLands();
    void aNewerReloadSupersedesAnOlderOne();
    void aBigListShowsItsFirstRowsFirstOnlyOnce();
    void doneRemovesTheRowAndShowsTheEmptyState();
    void keyboardDoneAndUndo();
    void snoozeMovesTheReminder();
    void nudgeCanBeSnoozed();
    void birthdaysAndDatesHaveTheirSection();
    void aDateIsDoneAndUndone();
    void aSnoozedDateComesBackOnItsDay();

private:
    // Runs `change` and waits for Today's reload after it (read on the worker).
    [[nodiscard]] bool reloads(const std::function<void()> &change) const { return test::loadsAfter(m_view->model(), change); }
    QModelIndex rowFor(const QString &name) const;
    QModelIndex dateRow() const; // the one row of an important date, or invalid
    // Ada's birthday (1815-12-10), reminded of 20 days ahead: on Today from 20 November.
    qint64 addAdasBirthday();
    // The urgency of `name`'s row; fails the test when there is no such row (an invalid index
    // would read as 0, Urgency::None, and let a missing row pass).
    int urgencyOf(const QString &name) const;
    std::unique_ptr<test::TempNotebook> m_notebook;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<TodayView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_ada = 0;
    qint64 m_grace = 0;
};

void TestTodayView::init()
{
    m_notebook = std::make_unique<test::TempNotebook>();
    m_ada = test::addContact(*m_notebook->notebook, u"Ada Lovelace"_s, {Role::Mentor});
    m_grace = test::addContact(*m_notebook->notebook, u"Grace Hopper"_s, {Role::Peer});
    const QDate today(2026, 11, 23);
    QVERIFY((*m_notebook)->addReminder(m_ada, today.addDays(-5), u"follow up on coffee chat"_s));
    QVERIFY((*m_notebook)->addReminder(m_grace, today, u"send the paper"_s));
    m_stack = std::make_unique<QUndoStack>();
    m_view = std::make_unique<TodayView>(*m_notebook->notebook, m_stack.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(800, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->hasLoaded(), 10'000);
}

void TestTodayView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_stack.reset();
    m_notebook.reset();
}

QModelIndex TestTodayView::rowFor(const QString &name) const
{
    TodayModel *model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row).data(TodayModel::NameRole).toString() == name)
            return model->index(row);
    return {};
}

int TestTodayView::urgencyOf(const QString &name) const
{
    const QModelIndex row = rowFor(name);
    if (!row.isValid()) {
        QTest::qFail(qPrintable(u"no row for "_s + name), __FILE__, __LINE__);
        return -1;
    }
    return row.data(TodayModel::UrgencyRole).toInt();
}

void TestTodayView::overdueComesFirstAndIsMarked()
{
    TodayModel *model = m_view->model();
    QCOMPARE(model->index(0).data().toString(), u"Overdue"_s);
    QVERIFY(model->index(0).data(TodayModel::IsHeadingRole).toBool());
    QCOMPARE(model->index(1).data(TodayModel::NameRole).toString(), u"Ada Lovelace"_s);
    QVERIFY(model->index(1).isValid());
    QCOMPARE(model->index(1).data(TodayModel::UrgencyRole).toInt(), int(TodayModel::Urgency::Overdue));
    QCOMPARE(model->index(1).data(TodayModel::WhenRole).toString(), u"5 days overdue"_s);
    QCOMPARE(urgencyOf(u"Grace Hopper"_s), int(TodayModel::Urgency::DueToday));
    QCOMPARE(model->dueNowCount(), 2);
}

void TestTodayView::theRowsStayUntilTheReloadLands()
{
    TodayModel *model = m_view->model();
    const int rows = model->rowCount();
    QSignalSpy reset(model, &TodayModel::modelReset);
    QVERIFY(reloads([&] {
        QVERIFY((*m_notebook)->addReminder(m_grace, QDate(2026, 11, 23), u"book the room"_s));
        // Read on the worker and handed over through the event loop: no reset yet, the old rows
        // meanwhile, no empty list. (Not isLoading(): on a busy machine the job may be done already.)
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(m_view->findChild<QStackedWidget *>()->currentWidget(), m_view->listView());
    }));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model->rowCount(), rows + 1);
}

void TestTodayView::aNewerReloadSupersedesAnOlderOne()
{
    TodayModel *model = m_view->model();
    QSignalSpy loaded(model, &TodayModel::loaded);
    QSignalSpy reset(model, &TodayModel::modelReset);
    model->reload();
    QVERIFY((*m_notebook)->addReminder(m_grace, QDate(2026, 11, 23), u"book the room"_s)); // reloads again
    QVERIFY(loaded.wait(10'000));
    m_notebook->notebook->worker().waitForAll();
    QCoreApplication::processEvents(); // whatever the first job sent back
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(reset.count(), 1);
    QVERIFY(rowFor(u"Grace Hopper"_s).isValid());
    QCOMPARE(model->dueNowCount(), 3);
}

void TestTodayView::doneRemovesTheRowAndShowsTheEmptyState()
{
    auto *pages = m_view->findChild<QStackedWidget *>();
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget(), m_view->listView());
    for (const QString &name : {u"Ada Lovelace"_s, u"Grace Hopper"_s}) {
        m_view->listView()->setCurrentIndex(rowFor(name));
        QVERIFY(reloads([this] { m_view->completeSelected(); }));
        QVERIFY(!rowFor(name).isValid());
    }
    QCOMPARE(m_view->model()->rowCount(), 0);
    QVERIFY(pages->currentWidget() != m_view->listView()); // the calm empty state, not a blank list
    QCOMPARE(m_stack->count(), 2);
}

void TestTodayView::keyboardDoneAndUndo()
{
    m_view->listView()->setFocus();
    m_view->listView()->setCurrentIndex(rowFor(u"Ada Lovelace"_s));
    QVERIFY(reloads([this] { QTest::keyClick(m_view->listView(), Qt::Key_D); }));
    QVERIFY(!rowFor(u"Ada Lovelace"_s).isValid());
    QCOMPARE(m_stack->undoText(), u"Complete follow-up with Ada Lovelace"_s);
    QVERIFY(reloads([this] { m_stack->undo(); }));
    QVERIFY(rowFor(u"Ada Lovelace"_s).isValid());
}

void TestTodayView::snoozeMovesTheReminder()
{
    m_view->listView()->setCurrentIndex(rowFor(u"Ada Lovelace"_s));
    QVERIFY(reloads([this] { m_view->snoozeSelected(3); }));
    const QModelIndex moved = rowFor(u"Ada Lovelace"_s);
    QVERIFY(moved.isValid()); // still within the 7-day look-ahead, under "Coming up"
    QCOMPARE(moved.data(TodayModel::UrgencyRole).toInt(), int(TodayModel::Urgency::None));
    const DueItem *item = m_view->model()->itemAt(moved);
    QCOMPARE(item->due, QDate(2026, 11, 26));
    QCOMPARE(m_view->model()->dueNowCount(), 1);

    m_view->listView()->setCurrentIndex(rowFor(u"Grace Hopper"_s));
    QVERIFY(reloads([this] { m_view->snoozeSelectedUntil(QDate(2027, 1, 10)); })); // "pick a date"
    QVERIFY(!rowFor(u"Grace Hopper"_s).isValid());
    auto grace = (*m_notebook)->contact(m_grace);
    QCOMPARE(grace->nextFollowUp, QDate(2027, 1, 10));
}

void TestTodayView::nudgeCanBeSnoozed()
{
    const qint64 alan = test::addContact(*m_notebook->notebook, u"Alan Turing"_s, {Role::Sponsor}, 30);
    Interaction old;
    old.date = QDate(2026, 9, 1);
    old.participants = {{alan, {}}};
    QVERIFY(reloads([&] { QVERIFY((*m_notebook)->logInteraction(old, FollowUpChoice::none())); }));
    const QModelIndex nudge = rowFor(u"Alan Turing"_s);
    QVERIFY(nudge.isValid());
    QVERIFY(nudge.data(TodayModel::IsNudgeRole).toBool());
    m_view->listView()->setCurrentIndex(nudge);
    QVERIFY(reloads([this] { m_view->snoozeSelected(7); }));
    // Back in a week: still in the 7-day look-ahead, under "Coming up", no longer urgent.
    QCOMPARE(urgencyOf(u"Alan Turing"_s), int(TodayModel::Urgency::None));
    QVERIFY(reloads([this] { m_stack->undo(); }));
    QCOMPARE(urgencyOf(u"Alan Turing"_s), int(TodayModel::Urgency::Overdue));
}

QModelIndex TestTodayView::dateRow() const
{
    TodayModel *model = m_view->model();
    QModelIndex found;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(TodayModel::IsDateRole).toBool()) {
            if (found.isValid())
                QTest::qFail("two date rows", __FILE__, __LINE__);
            found = model->index(row);
        }
    }
    return found;
}

qint64 TestTodayView::addAdasBirthday()
{
    if (!(*m_notebook)->writeConfig(u"lead.birthday"_s, u"20"_s))
        QTest::qFail("lead.birthday", __FILE__, __LINE__);
    ImportantDate birthday;
    birthday.contactId = m_ada;
    birthday.kind = ImportantDate::Kind::Birthday;
    birthday.year = 1815;
    birthday.month = 12;
    birthday.day = 10;
    auto id = (*m_notebook)->addImportantDate(birthday);
    if (!id)
        QTest::qFail(qPrintable(id.error().message), __FILE__, __LINE__);
    return id ? *id : 0;
}

void TestTodayView::birthdaysAndDatesHaveTheirSection()
{
    QVERIFY(!dateRow().isValid());
    qint64 id = 0;
    QVERIFY(reloads([&] { id = addAdasBirthday(); }));
    const QModelIndex row = dateRow();
    QVERIFY(row.isValid());
    QCOMPARE(m_view->model()->index(row.row() - 1).data().toString(), u"Birthdays and dates"_s);
    QVERIFY(m_view->model()->index(row.row() - 1).data(TodayModel::IsHeadingRole).toBool());
    QCOMPARE(row.data(TodayModel::NameRole).toString(), u"Ada Lovelace"_s);
    QCOMPARE(row.data(TodayModel::ReasonRole).toString(), u"birthday · turns 211"_s);
    QCOMPARE(row.data(TodayModel::WhenRole).toString(), text::dueWhen(-17, QDate(2026, 12, 10), QDate(2026, 11, 23)));
    QCOMPARE(row.data(TodayModel::SourceIdRole).toLongLong(), id);
    QCOMPARE(row.data(TodayModel::IsPracticeRole).toBool(), false);
    QCOMPARE(row.data(TodayModel::IsNudgeRole).toBool(), false);
    QCOMPARE(row.data(TodayModel::UrgencyRole).toInt(), int(TodayModel::Urgency::None)); // not due until the day
    QCOMPARE(m_view->model()->dueNowCount(), 2);
}

void TestTodayView::aDateIsDoneAndUndone()
{
    QVERIFY(reloads([this] { addAdasBirthday(); }));
    m_view->listView()->setFocus();
    m_view->listView()->setCurrentIndex(dateRow());
    QVERIFY(reloads([this] { QTest::keyClick(m_view->listView(), Qt::Key_D); })); // the same shortcut as every other row
    QVERIFY(!dateRow().isValid());
    QCOMPARE(m_stack->undoText(), u"Mark Ada Lovelace's date done"_s);
    QVERIFY(rowFor(u"Ada Lovelace"_s).isValid()); // her follow-up is still there
    QVERIFY(reloads([this] { m_stack->undo(); }));
    QVERIFY(dateRow().isValid());
    QVERIFY(reloads([this] { m_stack->redo(); }));
    QVERIFY(!dateRow().isValid());
    // Next year's birthday is not done.
    (*m_notebook)->setClock(Clock::fixed(QDate(2027, 12, 1)));
    QVERIFY(reloads([this] { m_view->model()->reload(); }));
    QVERIFY(dateRow().isValid());
    QCOMPARE(dateRow().data(TodayModel::ReasonRole).toString(), u"birthday · turns 212"_s);
}

void TestTodayView::aSnoozedDateComesBackOnItsDay()
{
    qint64 id = 0;
    QVERIFY(reloads([&] { id = addAdasBirthday(); }));
    m_view->listView()->setCurrentIndex(dateRow());
    QVERIFY(reloads([this] { m_view->snoozeSelectedUntil(QDate(2026, 11, 26)); }));
    QVERIFY(!dateRow().isValid());
    QCOMPARE(m_stack->undoText(), u"Snooze Ada Lovelace's date"_s);
    auto occurrence = (*m_notebook)->dateOccurrence(id, QDate(2026, 12, 10));
    QVERIFY(occurrence.ok() && occurrence->has_value());
    QCOMPARE((*occurrence)->snoozedUntil, QDate(2026, 11, 26));

    (*m_notebook)->setClock(Clock::fixed(QDate(2026, 11, 25)));
    QVERIFY(reloads([this] { m_view->model()->reload(); }));
    QVERIFY(!dateRow().isValid());
    (*m_notebook)->setClock(Clock::fixed(QDate(2026, 11, 26)));
    QVERIFY(reloads([this] { m_view->model()->reload(); }));
    QVERIFY(dateRow().isValid());

    // Undo puts back no snooze at all.
    (*m_notebook)->setClock(Clock::fixed(QDate(2026, 11, 23)));
    QVERIFY(reloads([this] { m_stack->undo(); }));
    QVERIFY(dateRow().isValid());
    QCOMPARE(*(*m_notebook)->dateOccurrence(id, QDate(2026, 12, 10)), std::nullopt);
}

// A long Today: the first load shows the start of each section before the whole list (what
// --exit-after-startup waits for); a later reload replaces the whole list in one reset, so the
// place the user scrolled to is not lost to a short first page.
void TestTodayView::aBigListShowsItsFirstRowsFirstOnlyOnce()
{
    const QDate today = (*m_notebook)->today();
    const int many = TodayModel::firstRowsOfEach + 50;
    for (int i = 0; i < many; ++i)
        QVERIFY((*m_notebook)->addReminder(m_ada, today.addDays(-10 - i), u"old promise %1"_s.arg(i)));
    TodayModel model(*m_notebook->notebook);
    QSignalSpy first(&model, &TodayModel::firstRowsLoaded);
    QSignalSpy loaded(&model, &TodayModel::loaded);
    QList<int> rowsAtFirst;
    connect(&model, &TodayModel::firstRowsLoaded, this, [&] { rowsAtFirst.append(model.rowCount()); });
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(first.count(), 1);
    QCOMPARE(rowsAtFirst.size(), 1);
    QVERIFY2(rowsAtFirst.first() <= TodayModel::firstRowsOfEach + 4, qPrintable(QString::number(rowsAtFirst.first())));
    const int whole = model.rowCount();
    QVERIFY(whole > many); // everything, with its headings
    QCOMPARE(model.dueNowCount(), many + 2);

    QSignalSpy reset(&model, &TodayModel::modelReset);
    QVERIFY((*m_notebook)->addReminder(m_grace, today.addDays(-1), u"one more"_s)); // reloads
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(first.count(), 2); // said once per reload, with the whole list this time
    QCOMPARE(model.rowCount(), whole + 1);
}

QTEST_MAIN(TestTodayView)
#include "tst_todayview.moc"
