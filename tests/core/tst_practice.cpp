#include "TestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

const QDate monday(2026, 11, 2);

QList<DueItem> dueOf(Notebook &notebook, QDate today, DueItem::Kind kind, int within = 0)
{
    QList<DueItem> found;
    auto due = notebook.due(today, within);
    if (!due) {
        QTest::qFail(qPrintable(due.error().message), __FILE__, __LINE__);
        return found;
    }
    for (const DueItem &item : std::as_const(*due)) {
        if (item.kind == kind)
            found.append(item);
    }
    return found;
}

Ask askOf(qint64 contactId, const QString &text, QDate deadline, AskDirection direction = AskDirection::Mine)
{
    Ask ask;
    ask.contact.id = contactId;
    ask.text = text;
    ask.deadline = deadline;
    ask.direction = direction;
    return ask;
}

qint64 logCoffee(Notebook &notebook, qint64 contactId, QDate day, const QStringList &advice = {})
{
    Interaction coffee;
    coffee.kind = InteractionKind::Coffee;
    coffee.date = day;
    coffee.participants = {{contactId, {}}};
    coffee.advice = advice;
    auto logged = notebook.logInteraction(coffee, FollowUpChoice::none());
    if (!logged) {
        QTest::qFail(qPrintable(logged.error().message), __FILE__, __LINE__);
        return 0;
    }
    return logged->interactionId;
}

qint64 interactionCount(Notebook &notebook)
{
    auto size = notebook.size();
    return size ? size->interactions : -1;
}

} // namespace

// Issue 9: the mentorship practice through Notebook, with a fixed today.
class TestPractice : public QObject
{
    Q_OBJECT
private slots:
    void askDeadlineIsDueUntilTheAskIsClosed()
    {
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        auto id = nb->addAsk(askOf(ada, u"Review my talk proposal"_s, monday.addDays(5)));
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QVERIFY(dueOf(*nb.notebook, monday, DueItem::Kind::AskDeadline).isEmpty());
        const auto due = dueOf(*nb.notebook, monday, DueItem::Kind::AskDeadline, 7);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.constFirst().sourceId, std::optional<qint64>(*id));
        QCOMPARE(due.constFirst().due, monday.addDays(5));
        QCOMPARE(due.constFirst().contactName, u"Ada"_s);
        QVERIFY(due.constFirst().reason.contains(u"Review my talk proposal"_s));
        QCOMPARE(dueOf(*nb.notebook, monday.addDays(9), DueItem::Kind::AskDeadline).constFirst().overdueDays, 4);

        QVERIFY(nb->moveAsk(*id, AskState::Answered, u"Sent comments"_s).ok());
        QCOMPARE(dueOf(*nb.notebook, monday, DueItem::Kind::AskDeadline, 7).size(), 1); // answered: still active
        nb->setClock(Clock::fixed(monday.addDays(1)));
        QVERIFY(nb->moveAsk(*id, AskState::Done).ok());
        QVERIFY(dueOf(*nb.notebook, monday, DueItem::Kind::AskDeadline, 7).isEmpty());

        auto stored = nb->ask(*id);
        QVERIFY(stored);
        QCOMPARE(stored->state, AskState::Done);
        QCOMPARE(stored->stateChangedOn, monday.addDays(1));
        QCOMPARE(stored->history.size(), 2);
        QCOMPARE(stored->history.at(0).from, AskState::Open);
        QCOMPARE(stored->history.at(0).to, AskState::Answered);
        QCOMPARE(stored->history.at(0).note, u"Sent comments"_s);
        QCOMPARE(stored->history.at(1).on, monday.addDays(1));
    }

    void anAskIsPutBackExactly()
    {
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 id = *nb->addAsk(askOf(ada, u"Review my CV"_s, monday.addDays(3)));
        const Ask before = *nb->ask(id);
        QVERIFY(nb->moveAsk(id, AskState::Answered, u"Soon"_s).ok());
        QVERIFY(nb->restoreAsk(before).ok()); // the undo of the move
        auto back = nb->ask(id);
        QCOMPARE(back->state, AskState::Open);
        QVERIFY(back->history.isEmpty());
        QVERIFY(nb->moveAsk(id, AskState::Answered, u"Soon"_s).ok());
        auto removed = nb->deleteAsk(id);
        QVERIFY(removed);
        QCOMPARE(removed->history.size(), 1);
        QCOMPARE(nb->ask(id).error().code, Error::Code::NotFound);
        QVERIFY(dueOf(*nb.notebook, monday, DueItem::Kind::AskDeadline, 7).isEmpty());
        QVERIFY(nb->restoreAsk(*removed).ok());
        auto restored = nb->ask(id);
        QCOMPARE(restored->state, AskState::Answered);
        QCOMPARE(restored->history.constFirst().note, u"Soon"_s);
        QCOMPARE(restored->text, u"Review my CV"_s);
        QCOMPARE(dueOf(*nb.notebook, monday, DueItem::Kind::AskDeadline, 7).size(), 1);
    }

    void theirOpenAskIsAnAnswerOwed()
    {
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        auto id = nb->addAsk(askOf(ada, u"Mentor my intern"_s, {}, AskDirection::Theirs));
        QVERIFY(id);
        const auto owed = dueOf(*nb.notebook, monday, DueItem::Kind::AnswerOwed);
        QCOMPARE(owed.size(), 1);
        QCOMPARE(owed.constFirst().due, monday);
        QVERIFY(owed.constFirst().reason.startsWith(u"You owe Ada an answer"_s));
        QVERIFY(dueOf(*nb.notebook, monday, DueItem::Kind::AskDeadline).isEmpty());
        QVERIFY(nb->moveAsk(*id, AskState::Declined).ok());
        QVERIFY(dueOf(*nb.notebook, monday, DueItem::Kind::AnswerOwed).isEmpty());
    }

    void everyAskTransition_data()
    {
        QTest::addColumn<AskState>("from");
        QTest::addColumn<AskState>("to");
        QTest::addColumn<bool>("allowed");
        const QList<AskState> states{AskState::Open, AskState::Answered, AskState::Declined, AskState::Done,
                                     AskState::Withdrawn};
        for (AskState from : states) {
            for (AskState to : states) {
                const bool allowed = (from == AskState::Open && to != AskState::Open)
                    || (from == AskState::Answered && (to == AskState::Done || to == AskState::Withdrawn));
                QTest::addRow("%s-%s", qPrintable(toKey(from)), qPrintable(toKey(to))) << from << to << allowed;
            }
        }
    }

    void everyAskTransition()
    {
        QFETCH(AskState, from);
        QFETCH(AskState, to);
        QFETCH(bool, allowed);
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        auto id = nb->addAsk(askOf(ada, u"Read my draft"_s, monday.addDays(3)));
        QVERIFY(id);
        if (from == AskState::Answered || from == AskState::Declined || from == AskState::Done
            || from == AskState::Withdrawn)
            QVERIFY(nb->moveAsk(*id, from).ok());
        const QByteArray before = test::fileDigest(nb.path);
        const Status moved = nb->moveAsk(*id, to);
        QCOMPARE(moved.ok(), allowed);
        if (!allowed) {
            QCOMPARE(moved.error().code, Error::Code::Invalid);
            QVERIFY(moved.error().message.contains(QString::number(*id)));
            QCOMPARE(test::fileDigest(nb.path), before);
        } else {
            QCOMPARE(nb->ask(*id)->state, to);
        }
    }

    void badAsksAreRefusedAndChangeNothing()
    {
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const QByteArray before = test::fileDigest(nb.path);
        auto past = nb->addAsk(askOf(ada, u"Review my CV"_s, monday.addDays(-1)));
        QVERIFY(!past);
        QCOMPARE(past.error().code, Error::Code::Invalid);
        QVERIFY(past.error().message.contains(u"2026-11-01"_s));
        auto empty = nb->addAsk(askOf(ada, u"   "_s, monday.addDays(1)));
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, Error::Code::Invalid);
        QVERIFY(empty.error().message.contains(u"empty"_s));
        auto nobody = nb->addAsk(askOf(999, u"Hello"_s, monday));
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().code, Error::Code::NotFound);
        QCOMPARE(test::fileDigest(nb.path), before);
        QVERIFY(nb->asks()->isEmpty());
        QVERIFY(nb->addAsk(askOf(ada, u"Today is fine"_s, monday)).ok());
    }

    void asksAreListedByStateAndContact()
    {
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 bo = test::addContact(*nb.notebook, u"Bo"_s);
        const qint64 first = *nb->addAsk(askOf(ada, u"One"_s, monday.addDays(2)));
        const qint64 second = *nb->addAsk(askOf(bo, u"Two"_s, monday.addDays(1)));
        QVERIFY(nb->moveAsk(first, AskState::Withdrawn).ok());
        QCOMPARE(nb->asks()->size(), 2);
        QCOMPARE(nb->asks()->constFirst().id, second); // earliest deadline first
        PracticeFilter open;
        open.openOnly = true;
        QCOMPARE(nb->asks(open)->size(), 1);
        PracticeFilter ofAda;
        ofAda.contactId = ada;
        QCOMPARE(nb->asks(ofAda)->size(), 1);
        QCOMPARE(nb->asks(ofAda)->constFirst().contact.name, u"Ada"_s);
    }

    void anIntroductionRunsThroughEveryStep()
    {
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 bo = test::addContact(*nb.notebook, u"Bo"_s);
        auto id = nb->addIntroduction(ada, bo, u"Both build compilers"_s);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QCOMPARE(nb->introduction(*id)->state, IntroState::Proposed);
        QCOMPARE(interactionCount(*nb.notebook), 0);

        QCOMPARE(nb->advanceIntroduction(*id)->state, IntroState::AskedFirst);
        QCOMPARE(interactionCount(*nb.notebook), 1);
        // Silent for 7 days: chase Ada.
        QVERIFY(dueOf(*nb.notebook, monday.addDays(6), DueItem::Kind::IntroChase).isEmpty());
        auto chase = dueOf(*nb.notebook, monday.addDays(7), DueItem::Kind::IntroChase);
        QCOMPARE(chase.size(), 1);
        QCOMPARE(chase.constFirst().contactId, ada);
        QCOMPARE(chase.constFirst().reason, u"Chase Ada about the introduction to Bo"_s);

        nb->setClock(Clock::fixed(monday.addDays(3)));
        QCOMPARE(nb->advanceIntroduction(*id)->state, IntroState::FirstAgreed);
        QVERIFY(dueOf(*nb.notebook, monday.addDays(30), DueItem::Kind::IntroChase).isEmpty());
        QCOMPARE(nb->advanceIntroduction(*id)->state, IntroState::AskedSecond);
        chase = dueOf(*nb.notebook, monday.addDays(10), DueItem::Kind::IntroChase);
        QCOMPARE(chase.size(), 1);
        QCOMPARE(chase.constFirst().contactId, bo);
        QCOMPARE(nb->advanceIntroduction(*id)->state, IntroState::SecondAgreed);
        QCOMPARE(nb->advanceIntroduction(*id)->state, IntroState::Introduced);
        QVERIFY(dueOf(*nb.notebook, monday.addDays(30), DueItem::Kind::IntroChase).isEmpty());
        QVERIFY(dueOf(*nb.notebook, monday.addDays(16), DueItem::Kind::IntroFollowUp).isEmpty());
        const auto howDidItGo = dueOf(*nb.notebook, monday.addDays(17), DueItem::Kind::IntroFollowUp);
        QCOMPARE(howDidItGo.size(), 2);
        QCOMPARE(nb->advanceIntroduction(*id)->state, IntroState::FollowedUp);
        QVERIFY(dueOf(*nb.notebook, monday.addDays(30), DueItem::Kind::IntroFollowUp).isEmpty());

        // Each step logged an intro, given: one each for the asks and answers, both for the last two.
        QCOMPARE(interactionCount(*nb.notebook), 6);
        auto timeline = nb->timeline(bo);
        QVERIFY(timeline);
        int gaveToBo = 0;
        for (const TimelineEntry &entry : std::as_const(*timeline)) {
            if (entry.isInteraction() && entry.interaction().kind == InteractionKind::Intro
                && entry.interaction().direction == Direction::Gave)
                ++gaveToBo;
        }
        QCOMPARE(gaveToBo, 4);
        const auto stored = nb->introduction(*id);
        QCOMPARE(stored->history.size(), 6);
        QVERIFY(stored->history.constLast().interactionId);

        const QByteArray before = test::fileDigest(nb.path);
        auto further = nb->advanceIntroduction(*id);
        QVERIFY(!further);
        QCOMPARE(further.error().code, Error::Code::Invalid);
        QCOMPARE(test::fileDigest(nb.path), before);
    }

    void eitherPartyDeclinesAndADeclinedIntroductionStops()
    {
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 bo = test::addContact(*nb.notebook, u"Bo"_s);
        const qint64 id = *nb->addIntroduction(bo, ada, {}); // Bo asked first, by choice
        const QByteArray fresh = test::fileDigest(nb.path);
        auto tooEarly = nb->advanceIntroduction(id, true);
        QVERIFY(!tooEarly);
        QCOMPARE(tooEarly.error().code, Error::Code::Invalid);
        QCOMPARE(test::fileDigest(nb.path), fresh);
        QVERIFY(nb->advanceIntroduction(id).ok());
        auto declined = nb->advanceIntroduction(id, true);
        QVERIFY(declined);
        QCOMPARE(declined->state, IntroState::Declined);
        QCOMPARE(declined->declinedBy, std::optional<qint64>(bo));
        QVERIFY(dueOf(*nb.notebook, monday.addDays(30), DueItem::Kind::IntroChase).isEmpty());
        const QByteArray before = test::fileDigest(nb.path);
        auto after = nb->advanceIntroduction(id);
        QVERIFY(!after);
        QCOMPARE(after.error().code, Error::Code::Invalid);
        QVERIFY(after.error().message.contains(u"declined by Bo"_s));
        QCOMPARE(test::fileDigest(nb.path), before);

        const qint64 second = *nb->addIntroduction(ada, bo, {});
        QVERIFY(nb->advanceIntroduction(second).ok());
        QVERIFY(nb->advanceIntroduction(second).ok());
        QVERIFY(nb->advanceIntroduction(second).ok());
        QCOMPARE(nb->advanceIntroduction(second, true)->declinedBy, std::optional<qint64>(bo));
    }

    void introducingOneselfOrTheArchivedIsRefused()
    {
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 bo = test::addContact(*nb.notebook, u"Bo"_s);
        QVERIFY(nb->setArchived({bo}, true).ok());
        const QByteArray before = test::fileDigest(nb.path);
        auto self = nb->addIntroduction(ada, ada, {});
        QVERIFY(!self);
        QCOMPARE(self.error().code, Error::Code::Invalid);
        auto archived = nb->addIntroduction(ada, bo, {});
        QVERIFY(!archived);
        QCOMPARE(archived.error().code, Error::Code::Invalid);
        QVERIFY(archived.error().message.contains(u"Bo"_s));
        QCOMPARE(test::fileDigest(nb.path), before);
    }

    void theChaseWaitIsASetting()
    {
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 bo = test::addContact(*nb.notebook, u"Bo"_s);
        QCOMPARE(*nb->introChaseDays(), 7);
        QVERIFY(nb->setIntroChaseDays(3).ok());
        QCOMPARE(*nb->introChaseDays(), 3);
        QVERIFY(!nb->setIntroChaseDays(0));
        const qint64 id = *nb->addIntroduction(ada, bo, {});
        QVERIFY(nb->advanceIntroduction(id).ok());
        QVERIFY(dueOf(*nb.notebook, monday.addDays(2), DueItem::Kind::IntroChase).isEmpty());
        QCOMPARE(dueOf(*nb.notebook, monday.addDays(3), DueItem::Kind::IntroChase).size(), 1);
    }

    void adviceIsActedOnThenReportedBack()
    {
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 coffee = logCoffee(*nb.notebook, ada, monday, {u"Shorten the abstract"_s, u"Ask Bo"_s});
        auto items = nb->adviceItems();
        QVERIFY(items);
        QCOMPARE(items->size(), 2);
        const AdviceItem first = items->constFirst();
        QCOMPARE(first.text, u"Shorten the abstract"_s);
        QCOMPARE(first.from.name, u"Ada"_s);
        QCOMPARE(first.interactionId, coffee);
        QCOMPARE(first.state, AdviceState::Open);
        QVERIFY(dueOf(*nb.notebook, monday.addDays(30), DueItem::Kind::ThankYou).isEmpty());

        const QByteArray fresh = test::fileDigest(nb.path);
        QCOMPARE(nb->reportAdviceBack(first.id).error().code, Error::Code::Invalid); // not acted on yet
        QCOMPARE(nb->markAdviceActedOn(first.id, u" "_s).error().code, Error::Code::Invalid);
        QCOMPARE(test::fileDigest(nb.path), fresh);

        nb->setClock(Clock::fixed(monday.addDays(4)));
        QVERIFY(nb->markAdviceActedOn(first.id, u"The talk was accepted"_s).ok());
        QCOMPARE(nb->markAdviceActedOn(first.id, u"Again"_s).error().code, Error::Code::Invalid);
        const auto thanks = dueOf(*nb.notebook, monday.addDays(4), DueItem::Kind::ThankYou);
        QCOMPARE(thanks.size(), 1);
        QCOMPARE(thanks.constFirst().contactId, ada);
        QCOMPARE(thanks.constFirst().sourceId, std::optional<qint64>(first.id));
        QCOMPARE(thanks.constFirst().reason, u"Tell Ada how their advice helped: Shorten the abstract"_s);

        const qint64 countBefore = interactionCount(*nb.notebook);
        auto report = nb->reportAdviceBack(first.id);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(interactionCount(*nb.notebook), countBefore + 1);
        auto logged = nb->interaction(*report);
        QCOMPARE(logged->direction, Direction::Gave);
        QCOMPARE(logged->date, monday.addDays(4));
        QCOMPARE(logged->participants.constFirst().id, ada);
        QCOMPARE(logged->notes, u"The talk was accepted"_s);
        auto closed = nb->advice(first.id);
        QCOMPARE(closed->state, AdviceState::ReportedBack);
        QCOMPARE(closed->reportInteractionId, std::optional<qint64>(*report));
        QCOMPARE(closed->actedOn, monday.addDays(4));
        QVERIFY(dueOf(*nb.notebook, monday.addDays(30), DueItem::Kind::ThankYou).isEmpty());
        QCOMPARE(nb->reportAdviceBack(first.id).error().code, Error::Code::Invalid);
        PracticeFilter open;
        open.openOnly = true;
        QCOMPARE(nb->adviceItems(open)->size(), 1);
    }

    void insightsCountAdviceActedOnButNotReportedBack()
    {
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        logCoffee(*nb.notebook, ada, monday, {u"One"_s, u"Two"_s, u"Three"_s});
        const QList<AdviceItem> items = *nb->adviceItems();
        QCOMPARE(nb->insights(monday)->adviceNotReportedBack, 0);
        QVERIFY(nb->markAdviceActedOn(items.at(0).id, u"Worked"_s).ok());
        QVERIFY(nb->markAdviceActedOn(items.at(1).id, u"Worked too"_s).ok());
        QCOMPARE(nb->insights(monday)->adviceNotReportedBack, 2);
        QVERIFY(nb->reportAdviceBack(items.at(0).id).ok());
        QCOMPARE(nb->insights(monday)->adviceNotReportedBack, 1);
        QVERIFY(nb->setArchived({ada}, true).ok());
        QCOMPARE(nb->insights(monday)->adviceNotReportedBack, 0);
    }

    void undoingALogTakesItsAdviceAndRedoPutsItBack()
    {
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        Interaction coffee;
        coffee.kind = InteractionKind::Coffee;
        coffee.date = monday;
        coffee.participants = {{ada, {}}};
        coffee.advice = {u"One"_s, u"Two"_s};
        auto logged = nb->logInteraction(coffee, FollowUpChoice::none());
        QVERIFY(logged);
        const QList<AdviceItem> before = *nb->adviceItems();
        QVERIFY(nb->markAdviceActedOn(before.at(1).id, u"Helped"_s).ok());
        auto snapshot = nb->unlogInteraction(*logged);
        QVERIFY(snapshot);
        QVERIFY(nb->adviceItems()->isEmpty());
        QVERIFY(nb->restoreInteraction(*snapshot).ok());
        const QList<AdviceItem> after = *nb->adviceItems();
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.at(0).id, before.at(0).id);
        QCOMPARE(after.at(0).text, u"One"_s);
        QCOMPARE(after.at(1).state, AdviceState::ActedOn);
        QCOMPARE(after.at(1).outcome, u"Helped"_s);
    }

    void adviceNeedsAnInteractionAndAText()
    {
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 coffee = logCoffee(*nb.notebook, ada, monday);
        const QByteArray before = test::fileDigest(nb.path);
        auto nowhere = nb->addAdvice(coffee + 100, u"Sleep more"_s);
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().code, Error::Code::Invalid);
        QVERIFY(nowhere.error().message.contains(QString::number(coffee + 100)));
        QCOMPARE(nb->addAdvice(coffee, u""_s).error().code, Error::Code::Invalid);
        // A log with an empty item of advice is refused as a whole.
        Interaction call;
        call.kind = InteractionKind::Call;
        call.date = monday;
        call.participants = {{ada, {}}};
        call.advice = {u"Fine"_s, u"  "_s};
        QCOMPARE(nb->logInteraction(call).error().code, Error::Code::Invalid);
        QCOMPARE(test::fileDigest(nb.path), before);
        QVERIFY(nb->addAdvice(coffee, u"Sleep more"_s).ok());
    }

    void aPlannedMeetingWarnsWithoutAnAgendaAndBecomesTheRecord()
    {
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {Role::Mentor});
        logCoffee(*nb.notebook, ada, monday.addDays(-10));
        Interaction meeting;
        meeting.kind = InteractionKind::Meeting;
        meeting.date = monday.addDays(1);
        meeting.participants = {{ada, {}}};
        auto planned = nb->planMeeting(meeting);
        QVERIFY2(planned, planned ? "" : qPrintable(planned.error().message));
        const auto warning = dueOf(*nb.notebook, monday, DueItem::Kind::MeetingAgenda);
        QCOMPARE(warning.size(), 1);
        QCOMPARE(warning.constFirst().reason, u"Meeting with Ada tomorrow has no agenda"_s);
        QCOMPARE(warning.constFirst().sourceId, std::optional<qint64>(*planned));
        QCOMPARE(nb->plannedInteractions()->size(), 1);
        // Not counted as having happened.
        auto helped = nb->helped(monday);
        QVERIFY(helped);
        QCOMPARE(helped->size(), 1);
        QCOMPARE(helped->constFirst().gaveCount, 1);
        QCOMPARE(helped->constFirst().lastGave, monday.addDays(-10));

        QVERIFY(nb->setAgenda(*planned, u"1. The promotion case"_s).ok());
        QVERIFY(dueOf(*nb.notebook, monday, DueItem::Kind::MeetingAgenda).isEmpty());

        Interaction record;
        record.kind = InteractionKind::Meeting;
        record.summary = u"Went through the case"_s;
        record.advice = {u"Ask for the sponsor's review"_s};
        const qint64 countBefore = interactionCount(*nb.notebook);
        auto held = nb->holdMeeting(*planned, record);
        QVERIFY2(held, held ? "" : qPrintable(held.error().message));
        QCOMPARE(held->interactionId, *planned);
        QCOMPARE(interactionCount(*nb.notebook), countBefore);
        auto stored = nb->interaction(*planned);
        QCOMPARE(stored->date, monday);
        QCOMPARE(stored->agenda, u"1. The promotion case"_s);
        QCOMPARE(stored->summary, u"Went through the case"_s);
        QCOMPARE(stored->participants.constFirst().id, ada);
        QCOMPARE(nb->adviceItems()->size(), 1);
        QVERIFY(nb->plannedInteractions()->isEmpty());
        QCOMPARE(nb->contact(ada)->lastInteraction, monday);
        const QByteArray before = test::fileDigest(nb.path);
        QCOMPARE(nb->holdMeeting(*planned, record).error().code, Error::Code::Invalid); // held already
        QCOMPARE(test::fileDigest(nb.path), before);
    }

    void aPlannedMeetingIsDatedAfterToday()
    {
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        Interaction meeting;
        meeting.kind = InteractionKind::Call;
        meeting.date = monday;
        meeting.participants = {{ada, {}}};
        const QByteArray before = test::fileDigest(nb.path);
        QCOMPARE(nb->planMeeting(meeting).error().code, Error::Code::Invalid);
        QCOMPARE(test::fileDigest(nb.path), before);
    }

    void archivedContactsHaveNothingDue()
    {
        test::TempNotebook nb(monday);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        QVERIFY(nb->addAsk(askOf(ada, u"Lunch?"_s, monday)).ok());
        QCOMPARE(dueOf(*nb.notebook, monday, DueItem::Kind::AskDeadline).size(), 1);
        QVERIFY(nb->setArchived({ada}, true).ok());
        QVERIFY(dueOf(*nb.notebook, monday, DueItem::Kind::AskDeadline).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPractice)
#include "tst_practice.moc"
