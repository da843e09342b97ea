#include "TestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

Recurrence every(int n, Recurrence::Unit unit, bool fromCompletion = false)
{
    Recurrence recurrence;
    recurrence.every = n;
    recurrence.unit = unit;
    recurrence.fromCompletion = fromCompletion;
    return recurrence;
}

QList<Reminder> openOf(Notebook &notebook, qint64 contactId)
{
    QList<Reminder> open;
    auto timeline = notebook.timeline(contactId);
    if (!timeline)
        return open;
    for (const TimelineEntry &entry : std::as_const(*timeline)) {
        if (!entry.isInteraction() && entry.reminder().state == ReminderState::Open)
            open.append(entry.reminder());
    }
    return open;
}

} // namespace

// Recurring reminders through the notebook: chains of occurrences, month ends, snoozes and undo.
class TestRecurringReminders : public QObject
{
    Q_OBJECT
private slots:
    // Ten monthly occurrences from 31 January keep their day where the month has it; each undo of
    // a completion puts back the exact state before it, without the occurrence it had scheduled.
    void tenMonthlyOccurrencesFromAMonthEndWithUndo()
    {
        test::TempNotebook nb(QDate(2024, 1, 31));
        const qint64 sponsor = test::addContact(*nb.notebook, u"Sam"_s, {Role::Sponsor});
        auto first = nb->addReminder(sponsor, QDate(2024, 1, 31), u"1:1 prep"_s, every(1, Recurrence::Unit::Months));
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));

        const QList<QDate> expected{QDate(2024, 1, 31), QDate(2024, 2, 29), QDate(2024, 3, 31), QDate(2024, 4, 30),
                                    QDate(2024, 5, 31), QDate(2024, 6, 30), QDate(2024, 7, 31), QDate(2024, 8, 31),
                                    QDate(2024, 9, 30), QDate(2024, 10, 31), QDate(2024, 11, 30)};
        qint64 id = *first;
        for (int i = 0; i < 10; ++i) {
            const Reminder before = *nb->reminder(id);
            QCOMPARE(before.due, expected.at(i));
            QCOMPARE(before.seriesIndex, i);
            nb->setClock(Clock::fixed(expected.at(i).addDays(3))); // done a few days late
            QVERIFY(nb->completeReminder(id).ok());
            auto next = nb->nextOccurrence(id);
            QVERIFY(next.ok() && next->has_value());
            QCOMPARE((*next)->due, expected.at(i + 1));
            QCOMPARE((*next)->reason, u"1:1 prep"_s);
            QCOMPARE((*next)->previousId, id);

            // Undo, then do it again: the same state, and one open occurrence at a time.
            QVERIFY(nb->restoreReminder(before).ok());
            const Reminder restored = *nb->reminder(id);
            QCOMPARE(restored.state, ReminderState::Open);
            QCOMPARE(restored.history.size(), before.history.size());
            QCOMPARE(openOf(*nb.notebook, sponsor).size(), 1);
            QCOMPARE(nb->nextOccurrence(id)->has_value(), false);
            QVERIFY(nb->completeReminder(id).ok());
            QCOMPARE(openOf(*nb.notebook, sponsor).size(), 1);
            id = (*nb->nextOccurrence(id))->id;
        }
        QCOMPARE(nb->reminder(id)->due, QDate(2024, 11, 30));
    }

    void fromCompletionCountsFromTheDayItWasDone()
    {
        test::TempNotebook nb(QDate(2026, 1, 10));
        const qint64 coach = test::addContact(*nb.notebook, u"Cory"_s, {Role::Coach});
        auto id = nb->addReminder(coach, QDate(2026, 1, 10), u"Career check-in"_s,
                                  every(3, Recurrence::Unit::Months, /*fromCompletion=*/true));
        QVERIFY(id.ok());
        nb->setClock(Clock::fixed(QDate(2026, 1, 31)));
        QVERIFY(nb->completeReminder(*id).ok());
        auto next = *nb->nextOccurrence(*id);
        QCOMPARE(next->due, QDate(2026, 4, 30));
        QVERIFY(next->recurrence->fromCompletion);
    }

    // A snooze moves this occurrence only: the next one still counts from the series.
    void aSnoozeMovesThisOccurrenceOnly()
    {
        test::TempNotebook nb(QDate(2026, 3, 2));
        const qint64 peer = test::addContact(*nb.notebook, u"Pia"_s, {Role::Peer});
        auto id = nb->addReminder(peer, QDate(2026, 3, 2), u"Weekly sync"_s, every(2, Recurrence::Unit::Weeks));
        QVERIFY(id.ok());
        QVERIFY(nb->snoozeReminder(*id, 5).ok());
        QCOMPARE(nb->reminder(*id)->due, QDate(2026, 3, 7));
        nb->setClock(Clock::fixed(QDate(2026, 3, 7)));
        QVERIFY(nb->completeReminder(*id).ok());
        QCOMPARE((*nb->nextOccurrence(*id))->due, QDate(2026, 3, 16));
    }

    void yearlyFromALeapDayFallsOnThe28th()
    {
        test::TempNotebook nb(QDate(2024, 2, 29));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        auto id = nb->addReminder(ada, QDate(2024, 2, 29), u"Leap check"_s, every(1, Recurrence::Unit::Years));
        QVERIFY(nb->completeReminder(*id).ok());
        const Reminder next = **nb->nextOccurrence(*id);
        QCOMPARE(next.due, QDate(2025, 2, 28));
        QVERIFY(nb->completeReminder(next.id).ok());
        QCOMPARE((*nb->nextOccurrence(next.id))->due, QDate(2026, 2, 28));
    }

    void reopeningTakesBackTheNextOccurrence()
    {
        test::TempNotebook nb(QDate(2026, 3, 2));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        auto id = nb->addReminder(ada, QDate(2026, 3, 2), u"Check"_s, every(90, Recurrence::Unit::Days));
        QVERIFY(nb->completeReminder(*id).ok());
        QCOMPARE(openOf(*nb.notebook, ada).size(), 1);
        QVERIFY(nb->reopenReminder(*id).ok());
        const QList<Reminder> open = openOf(*nb.notebook, ada);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().id, *id);
    }

    // Logging with the person closes the due occurrence and schedules the next; its undo takes both back.
    void loggingClosesAnOccurrenceAndItsUndoLeavesNoOrphan()
    {
        test::TempNotebook nb(QDate(2026, 3, 2));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        auto id = nb->addReminder(ada, QDate(2026, 3, 2), u"Monthly"_s, every(1, Recurrence::Unit::Months));
        Interaction call;
        call.kind = InteractionKind::Call;
        call.date = QDate(2026, 3, 2);
        call.participants = {{ada, {}}};
        auto logged = nb->logInteraction(call, FollowUpChoice::none());
        QVERIFY(logged.ok());
        QCOMPARE(logged->closedFollowUps.size(), 1);
        QCOMPARE((*nb->nextOccurrence(*id))->due, QDate(2026, 4, 2));
        auto snapshot = nb->unlogInteraction(*logged);
        QVERIFY(snapshot.ok());
        QCOMPARE(openOf(*nb.notebook, ada).size(), 1);
        QCOMPARE(openOf(*nb.notebook, ada).constFirst().id, *id);
        QVERIFY(nb->restoreInteraction(*snapshot).ok()); // redo
        QCOMPARE(openOf(*nb.notebook, ada).size(), 1);
        QCOMPARE(openOf(*nb.notebook, ada).constFirst().due, QDate(2026, 4, 2));
    }

    void aOneOffReminderDoesNotRepeat()
    {
        test::TempNotebook nb(QDate(2026, 3, 2));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        auto id = nb->addReminder(ada, QDate(2026, 3, 2), u"Once"_s);
        QVERIFY(nb->completeReminder(*id).ok());
        QCOMPARE(nb->nextOccurrence(*id)->has_value(), false);
        QCOMPARE(openOf(*nb.notebook, ada).size(), 0);
    }

    void anInteractionKeepsItsDurationAndRating()
    {
        test::TempNotebook nb(QDate(2026, 3, 2));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        Interaction coffee;
        coffee.date = QDate(2026, 3, 2);
        coffee.participants = {{ada, {}}};
        coffee.durationMinutes = 45;
        coffee.rating = 4;
        auto logged = nb->logInteraction(coffee, FollowUpChoice::none());
        QVERIFY(logged.ok());
        auto stored = nb->interaction(logged->interactionId);
        QCOMPARE(stored->durationMinutes, 45);
        QCOMPARE(stored->rating, 4);
        stored->rating = std::nullopt;
        QVERIFY(nb->updateInteraction(*stored).ok());
        QCOMPARE(nb->interaction(logged->interactionId)->rating, std::nullopt);

        coffee.rating = 6;
        QCOMPARE(nb->logInteraction(coffee).error().code, Error::Code::Invalid);
        coffee.rating = 3;
        coffee.durationMinutes = 0;
        QCOMPARE(nb->logInteraction(coffee).error().code, Error::Code::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestRecurringReminders)
#include "tst_recurringreminders.moc"
