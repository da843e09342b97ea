#include "TestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

const QDate today(2026, 11, 23);

qint64 interactionCount(Notebook &notebook)
{
    auto size = notebook.size();
    return size ? size->interactions : -1;
}

} // namespace

// The exact undo of the practice's steps: what a step logged goes with it.
class TestPracticeUndo : public QObject
{
    Q_OBJECT
private slots:
    void undoingAnIntroductionStepRemovesWhatItLogged()
    {
        test::TempNotebook nb(today);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 linus = test::addContact(*nb.notebook, u"Linus"_s);
        const qint64 id = *nb->addIntroduction(ada, linus, u"Compilers"_s);
        QVERIFY(nb->advanceIntroduction(id));
        const Introduction before = *nb->introduction(id);
        const qint64 interactions = interactionCount(*nb.notebook);
        const auto after = nb->advanceIntroduction(id, true);
        QVERIFY(after);
        QCOMPARE(after->state, IntroState::Declined);
        QCOMPARE(interactionCount(*nb.notebook), interactions + 1);

        QVERIFY(nb->restoreIntroduction(before));
        const Introduction restored = *nb->introduction(id);
        QCOMPARE(restored.state, before.state);
        QCOMPARE(restored.declinedBy, before.declinedBy);
        QCOMPARE(restored.history.size(), before.history.size());
        QCOMPARE(restored.history.constLast().interactionId, before.history.constLast().interactionId);
        QCOMPARE(interactionCount(*nb.notebook), interactions);
        // And it goes on from there.
        QCOMPARE(nb->advanceIntroduction(id)->state, IntroState::FirstAgreed);
    }

    void undoingAddingAnIntroduction()
    {
        test::TempNotebook nb(today);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 linus = test::addContact(*nb.notebook, u"Linus"_s);
        const qint64 id = *nb->addIntroduction(ada, linus, u"Compilers"_s);
        const auto removed = nb->deleteIntroduction(id);
        QVERIFY(removed);
        QCOMPARE(nb->introduction(id).error().code, Error::Code::NotFound);
        QVERIFY(nb->restoreIntroduction(*removed));
        QCOMPARE(nb->introduction(id)->why, u"Compilers"_s);
    }

    void undoingAReportBackRemovesTheReport()
    {
        test::TempNotebook nb(today);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        Interaction coffee;
        coffee.kind = InteractionKind::Coffee;
        coffee.date = today.addDays(-3);
        coffee.participants = {{ada, {}}};
        coffee.advice = {u"Write the abstract first"_s};
        QVERIFY(nb->logInteraction(coffee, FollowUpChoice::none()));
        const AdviceItem open = nb->adviceItems()->constFirst();
        QVERIFY(nb->markAdviceActedOn(open.id, u"Accepted"_s));
        const AdviceItem acted = *nb->advice(open.id);
        const qint64 interactions = interactionCount(*nb.notebook);
        const auto report = nb->reportAdviceBack(open.id, u"Thanks"_s);
        QVERIFY(report);
        QCOMPARE(interactionCount(*nb.notebook), interactions + 1);

        QVERIFY(nb->restoreAdvice(acted));
        QCOMPARE(nb->advice(open.id)->state, AdviceState::ActedOn);
        QCOMPARE(nb->advice(open.id)->reportInteractionId, std::nullopt);
        QCOMPARE(nb->interaction(*report).error().code, Error::Code::NotFound);
        QCOMPARE(interactionCount(*nb.notebook), interactions);
        QVERIFY(nb->restoreAdvice(open));
        QCOMPARE(nb->advice(open.id)->state, AdviceState::Open);
        QCOMPARE(nb->advice(open.id)->outcome, QString());
    }

    void anAsksDeadlineMovesButNotIntoThePast()
    {
        test::TempNotebook nb(today);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        Ask ask;
        ask.contact.id = ada;
        ask.text = u"Review my talk"_s;
        ask.deadline = today.addDays(3);
        const qint64 id = *nb->addAsk(ask);
        const Ask before = *nb->ask(id);
        QVERIFY(nb->setAskDeadline(id, today.addDays(10)));
        QCOMPARE(nb->ask(id)->deadline, today.addDays(10));
        QCOMPARE(nb->setAskDeadline(id, today.addDays(-1)).error().code, Error::Code::Invalid);
        QCOMPARE(nb->ask(id)->deadline, today.addDays(10));
        QVERIFY(nb->restoreAsk(before));
        QCOMPARE(nb->ask(id)->deadline, today.addDays(3));
        QVERIFY(nb->moveAsk(id, AskState::Withdrawn));
        QCOMPARE(nb->setAskDeadline(id, today.addDays(5)).error().code, Error::Code::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestPracticeUndo)
#include "tst_practiceundo.moc"
