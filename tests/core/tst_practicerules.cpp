#include "practice/AskRules.h"
#include "practice/AskTasks.h"
#include "practice/IntroductionFlow.h"
#include "practice/SmartCheck.h"

#include <QTest>

using namespace tend;
using namespace tend::practice;
using namespace Qt::StringLiterals;

namespace {

Introduction introduction(IntroState state)
{
    Introduction intro;
    intro.id = 4;
    intro.first = {1, u"Ada"_s};
    intro.second = {2, u"Grace"_s};
    intro.state = state;
    return intro;
}

const QList<IntroState> allIntroStates{IntroState::Proposed,    IntroState::AskedFirst,   IntroState::FirstAgreed,
                                       IntroState::AskedSecond, IntroState::SecondAgreed, IntroState::Introduced,
                                       IntroState::FollowedUp,  IntroState::Declined};
const QList<AskState> allAskStates{AskState::Open, AskState::Answered, AskState::Declined, AskState::Done,
                                   AskState::Withdrawn};

} // namespace

class TestPracticeRules : public QObject
{
    Q_OBJECT
private slots:
    void everyAskTransition()
    {
        // The whole table: from each state, exactly these moves are legal.
        const QMap<AskState, QList<AskState>> legal{
            {AskState::Open, {AskState::Answered, AskState::Declined, AskState::Done, AskState::Withdrawn}},
            {AskState::Answered, {AskState::Done, AskState::Withdrawn}},
            {AskState::Declined, {}},
            {AskState::Done, {}},
            {AskState::Withdrawn, {}},
        };
        for (AskState from : allAskStates) {
            for (AskState to : allAskStates) {
                const bool expected = legal.value(from).contains(to);
                QCOMPARE(canMove(from, to), expected);
                Ask ask;
                ask.id = 9;
                ask.state = from;
                const Status checked = checkMove(ask, to);
                QCOMPARE(bool(checked), expected);
                if (!expected) {
                    QCOMPARE(checked.error().code, Error::Code::Invalid);
                    QVERIFY2(checked.error().message.contains(u"Ask 9"_s), qPrintable(checked.error().message));
                }
            }
        }
    }

    void deadlinesMatterWhileOpenOrAnswered()
    {
        for (AskState state : allAskStates)
            QCOMPARE(isActive(state), state == AskState::Open || state == AskState::Answered);
    }

    void anOpenAskFromThemIsAnAnswerOwed()
    {
        Ask ask;
        ask.direction = AskDirection::Theirs;
        QVERIFY(owesAnswer(ask));
        ask.state = AskState::Answered;
        QVERIFY(!owesAnswer(ask));
        ask.state = AskState::Open;
        ask.direction = AskDirection::Mine;
        QVERIFY(!owesAnswer(ask));
    }

    void anAskIsATaskWhileItMakesSomethingDue_data()
    {
        QTest::addColumn<AskDirection>("direction");
        QTest::addColumn<bool>("withDeadline");
        QTest::addColumn<AskState>("state");
        QTest::addColumn<bool>("isTask");
        QTest::addColumn<ReminderState>("taskState");
        QTest::addColumn<QDate>("due");
        const QDate deadline(2026, 12, 20);
        const QDate asked(2026, 12, 1);
        const QDate changed(2026, 12, 5);
        // Mine: a task only with a deadline; open until it is closed.
        QTest::newRow("mine, open, deadline") << AskDirection::Mine << true << AskState::Open << true << ReminderState::Open << deadline;
        QTest::newRow("mine, answered, deadline") << AskDirection::Mine << true << AskState::Answered << true << ReminderState::Open << deadline;
        QTest::newRow("mine, done") << AskDirection::Mine << true << AskState::Done << true << ReminderState::Done << deadline;
        QTest::newRow("mine, withdrawn") << AskDirection::Mine << true << AskState::Withdrawn << true << ReminderState::Dismissed << deadline;
        QTest::newRow("mine, declined") << AskDirection::Mine << true << AskState::Declined << true << ReminderState::Dismissed << deadline;
        QTest::newRow("mine, open, no deadline") << AskDirection::Mine << false << AskState::Open << false << ReminderState::Open << QDate();
        QTest::newRow("mine, done, no deadline") << AskDirection::Mine << false << AskState::Done << false << ReminderState::Open << QDate();
        // Theirs: the answer I owe is a task, dated by the deadline or else the day they asked.
        QTest::newRow("theirs, open") << AskDirection::Theirs << false << AskState::Open << true << ReminderState::Open << changed;
        QTest::newRow("theirs, answered") << AskDirection::Theirs << false << AskState::Answered << true << ReminderState::Done << asked;
        QTest::newRow("theirs, answered, deadline") << AskDirection::Theirs << true << AskState::Answered << true << ReminderState::Open << deadline;
        QTest::newRow("theirs, declined") << AskDirection::Theirs << false << AskState::Declined << true << ReminderState::Dismissed << asked;
    }

    void anAskIsATaskWhileItMakesSomethingDue()
    {
        QFETCH(AskDirection, direction);
        QFETCH(bool, withDeadline);
        QFETCH(AskState, state);
        QFETCH(bool, isTask);
        Ask ask;
        ask.direction = direction;
        ask.text = u"Review my promotion packet"_s;
        ask.state = state;
        ask.stateChangedOn = QDate(2026, 12, 5);
        if (withDeadline)
            ask.deadline = QDate(2026, 12, 20);
        const auto task = taskOf(ask, QDate(2026, 12, 1));
        QCOMPARE(task.has_value(), isTask);
        if (!task)
            return;
        QTEST(task->state, "taskState");
        QTEST(task->due, "due");
        QVERIFY2(task->reason.endsWith(ask.text), qPrintable(task->reason));
    }

    void aTaskClosedOnTheServerMovesTheAsk()
    {
        Ask mine;
        mine.direction = AskDirection::Mine;
        QCOMPARE(stepForTask(mine, ReminderState::Done), AskState::Done);
        QCOMPARE(stepForTask(mine, ReminderState::Dismissed), AskState::Withdrawn);
        QCOMPARE(stepForTask(mine, ReminderState::Open), std::nullopt);
        Ask theirs;
        theirs.direction = AskDirection::Theirs;
        QCOMPARE(stepForTask(theirs, ReminderState::Done), AskState::Answered);
        QCOMPARE(stepForTask(theirs, ReminderState::Dismissed), AskState::Declined);
        theirs.state = AskState::Answered;
        QCOMPARE(stepForTask(theirs, ReminderState::Done), AskState::Done);
        QCOMPARE(stepForTask(theirs, ReminderState::Dismissed), AskState::Withdrawn);
        // A closed ask is final: a task reopened or closed again there changes nothing.
        for (AskState closed : {AskState::Done, AskState::Declined, AskState::Withdrawn}) {
            mine.state = closed;
            for (ReminderState task : {ReminderState::Open, ReminderState::Done, ReminderState::Dismissed})
                QCOMPARE(stepForTask(mine, task), std::nullopt);
        }
    }

    void theIntroductionRunsThroughEveryStep()
    {
        Introduction intro = introduction(IntroState::Proposed);
        const QList<IntroState> path{IntroState::AskedFirst, IntroState::FirstAgreed, IntroState::AskedSecond,
                                     IntroState::SecondAgreed, IntroState::Introduced, IntroState::FollowedUp};
        const QList<QList<qint64>> loggedWith{{1}, {1}, {2}, {2}, {1, 2}, {1, 2}};
        for (int i = 0; i < path.size(); ++i) {
            const auto plan = planNextStep(intro, false);
            QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
            QCOMPARE(plan->to, path.at(i));
            QCOMPARE(plan->logWith, loggedWith.at(i));
            QVERIFY(!plan->summary.isEmpty());
            intro.state = plan->to;
        }
        const auto finished = planNextStep(intro, false);
        QVERIFY(!finished);
        QCOMPARE(finished.error().code, Error::Code::Invalid);
        QVERIFY(finished.error().message.contains(u"no further step"_s));
    }

    void remindersFollowTheState()
    {
        const auto reminders = [](IntroState state) {
            Introduction intro = introduction(state);
            intro.stateChangedOn = QDate(2026, 11, 2);
            return remindersFor(intro, 7);
        };
        using Kind = IntroReminder::Kind;
        const auto askFirst = reminders(IntroState::Proposed);
        QCOMPARE(askFirst.size(), 1);
        QCOMPARE(askFirst.constFirst().kind, Kind::NextStep);
        QCOMPARE(askFirst.constFirst().contactId, 1);
        QCOMPARE(askFirst.constFirst().due, QDate(2026, 11, 2));
        const auto chaseFirst = reminders(IntroState::AskedFirst);
        QCOMPARE(chaseFirst.size(), 1);
        QCOMPARE(chaseFirst.constFirst().kind, Kind::Chase);
        QCOMPARE(chaseFirst.constFirst().contactId, 1);
        QCOMPARE(chaseFirst.constFirst().due, QDate(2026, 11, 9));
        const auto askSecond = reminders(IntroState::FirstAgreed);
        QCOMPARE(askSecond.size(), 1);
        QCOMPARE(askSecond.constFirst().kind, Kind::NextStep);
        QCOMPARE(askSecond.constFirst().contactId, 2);
        const auto chaseSecond = reminders(IntroState::AskedSecond);
        QCOMPARE(chaseSecond.size(), 1);
        QCOMPARE(chaseSecond.constFirst().contactId, 2);
        const auto introduce = reminders(IntroState::SecondAgreed);
        QCOMPARE(introduce.size(), 1);
        QCOMPARE(introduce.constFirst().kind, Kind::NextStep);
        const auto howDidItGo = reminders(IntroState::Introduced);
        QCOMPARE(howDidItGo.size(), 2);
        for (const IntroReminder &reminder : howDidItGo) {
            QCOMPARE(reminder.kind, Kind::HowDidItGo);
            QCOMPARE(reminder.due, QDate(2026, 11, 16));
        }
        QCOMPARE(howDidItGo.at(0).contactId, 1);
        QCOMPARE(howDidItGo.at(1).contactId, 2);
        QVERIFY(reminders(IntroState::FollowedUp).isEmpty());
        QVERIFY(reminders(IntroState::Declined).isEmpty());
    }

    void eitherPartyCanDeclineAtTheirStep()
    {
        const auto first = planNextStep(introduction(IntroState::AskedFirst), true);
        QCOMPARE(first->to, IntroState::Declined);
        QCOMPARE(first->declinedBy, std::optional<qint64>(1));
        const auto second = planNextStep(introduction(IntroState::AskedSecond), true);
        QCOMPARE(second->to, IntroState::Declined);
        QCOMPARE(second->declinedBy, std::optional<qint64>(2));
    }

    void onlySomeoneAskedCanDecline()
    {
        for (IntroState state : allIntroStates) {
            const bool waiting = state == IntroState::AskedFirst || state == IntroState::AskedSecond;
            const auto plan = planNextStep(introduction(state), true);
            QCOMPARE(bool(plan), waiting);
            if (!waiting)
                QCOMPARE(plan.error().code, Error::Code::Invalid);
        }
    }

    void aDeclinedIntroductionCannotAdvance()
    {
        Introduction intro = introduction(IntroState::Declined);
        intro.declinedBy = 2;
        const auto plan = planNextStep(intro, false);
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(u"declined by Grace"_s), qPrintable(plan.error().message));
    }

    void selfAndArchivedIntroductionsAreRefused()
    {
        Contact ada;
        ada.id = 1;
        ada.name = u"Ada"_s;
        Contact grace;
        grace.id = 2;
        grace.name = u"Grace"_s;
        QVERIFY(checkParties(ada, grace));
        QVERIFY(!checkParties(ada, ada));
        QVERIFY(checkParties(ada, ada).error().message.contains(u"themselves"_s));
        grace.archived = true;
        QVERIFY(!checkParties(ada, grace));
        QVERIFY(checkParties(ada, grace).error().message.contains(u"Grace is archived"_s));
    }

    void smartHintsFollowTheTyping()
    {
        const QDate today(2026, 12, 1);
        auto metCriteria = [](const QList<SmartHint> &hints) {
            QStringList met;
            for (const SmartHint &hint : hints) {
                if (hint.met)
                    met.append(hint.label);
            }
            return met.join(u',');
        };
        QCOMPARE(metCriteria(smartHints({}, {}, {}, {}, today)), u"Real"_s);
        QCOMPARE(metCriteria(smartHints(u"Could you review my talk proposal?"_s, {}, {}, {}, today)),
                 u"Specific,Action-oriented,Real"_s);
        QCOMPARE(metCriteria(smartHints(u"My talk proposal"_s, u"The CFP closes soon"_s,
                                        u"Read the abstract and say what is unclear"_s, today.addDays(10), today)),
                 u"Specific,Meaningful,Action-oriented,Real,Time-bound"_s);
        const QString rambling(specificRequestLength + 1, u'x');
        QVERIFY(!smartHints(rambling, {}, {}, {}, today).first().met);
        QVERIFY(!smartHints(u"Review it"_s, {}, {}, today.addDays(-1), today).at(3).met);
        QVERIFY(!smartHints(u"Review it"_s, {}, {}, today.addYears(2), today).at(3).met);
    }

    void actionVerbsAmongTheFirstWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("imperative") << u"Introduce me to the platform team"_s << true;
        QTest::newRow("polite") << u"Could you please read my draft"_s << true;
        QTest::newRow("German") << u"Kannst du bitte meinen Lebenslauf lesen"_s << true;
        QTest::newRow("noun phrase") << u"My promotion case and the timeline"_s << false;
        QTest::newRow("verb too late") << u"The slides for the offsite next week, review"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void actionVerbsAmongTheFirstWords()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(startsWithActionVerb(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestPracticeRules)
#include "tst_practicerules.moc"
