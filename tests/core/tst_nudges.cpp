#include "TestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

QList<DueItem> nudges(Notebook &notebook, QDate today, int within = 0)
{
    QList<DueItem> found;
    auto due = notebook.due(today, within);
    if (!due) {
        QTest::qFail(qPrintable(due.error().message), __FILE__, __LINE__);
        return found;
    }
    for (const DueItem &item : std::as_const(*due)) {
        if (item.kind == DueItem::Kind::KeepInTouch)
            found.append(item);
    }
    return found;
}

void logWith(Notebook &notebook, qint64 contactId, QDate day)
{
    Interaction call;
    call.kind = InteractionKind::Call;
    call.date = day;
    call.participants = {{contactId, {}}};
    QVERIFY(notebook.logInteraction(call, FollowUpChoice::none()).ok());
}

} // namespace

// The keep-in-touch rule has one home (rules::effectiveCadence + rules::keepInTouchDue, stored by
// store/NudgeSchedule); `tend due`, Today and "Losing touch" all read it.
class TestNudges : public QObject
{
    Q_OBJECT
private slots:
    // Issue 14: an old snooze outlived the rule. A changed cadence and a new interaction reset it.
    void anOldSnoozeDoesNotOutliveTheRule()
    {
        test::TempNotebook nb(QDate(2025, 1, 1));
        const qint64 pat = test::addContact(*nb.notebook, u"Pat"_s, {Role::Peer});
        nb->setClock(Clock::fixed(QDate(2025, 4, 15)));
        QVERIFY(nb->completeNudge(pat).ok()); // been in touch today: next in 90 days
        QCOMPARE(nb->contact(pat)->nudgeDue, QDate(2025, 7, 14));
        auto pat15 = nb->contact(pat);
        pat15->cadenceDays = 7;
        QVERIFY(nb->updateContact(*pat15).ok());
        QCOMPARE(nb->contact(pat)->nudgeDue, QDate(2025, 4, 22)); // 7 days after being in touch
        nb->setClock(Clock::fixed(QDate(2025, 5, 1)));
        logWith(*nb.notebook, pat, QDate(2025, 5, 1));

        const QList<DueItem> due = nudges(*nb.notebook, QDate(2025, 5, 20));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().contactName, u"Pat"_s);
        QCOMPARE(due.first().due, QDate(2025, 5, 8));
        QCOMPARE(due.first().overdueDays, 12);
        QCOMPARE(due.first().cadenceDays, 7);
        QCOMPARE(due.first().reason, u"keep in touch (every 7 days; last contact 2025-05-01)"_s);
    }

    void aNewInteractionClearsASnooze()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {Role::Mentor}); // 30 days
        QVERIFY(nb->snoozeNudge(ada, QDate(2026, 12, 1)).ok());
        QCOMPARE(nb->contact(ada)->nudgeDue, QDate(2026, 12, 1));
        QCOMPARE(nudges(*nb.notebook, QDate(2026, 11, 30)).size(), 0);
        // The snooze explains the date while it holds.
        QVERIFY(nudges(*nb.notebook, QDate(2026, 12, 1)).first().reason.contains(u"snoozed until 2026-12-01"_s));
        logWith(*nb.notebook, ada, QDate(2026, 3, 1));
        QCOMPARE(nb->contact(ada)->nudgeSnoozedUntil, QDate());
        QCOMPARE(nb->contact(ada)->nudgeDue, QDate(2026, 3, 31));
    }

    void aRoleCadenceChangeReschedulesItsPeople()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        const qint64 coach = test::addContact(*nb.notebook, u"Coach"_s, {Role::Coach}); // 14 days
        const qint64 own = test::addContact(*nb.notebook, u"Own"_s, {Role::Coach}, 60);
        QVERIFY(nb->snoozeNudge(coach, QDate(2026, 6, 1)).ok());
        QVERIFY(nb->setRoleCadence(Role::Coach, 7).ok());
        QCOMPARE(nb->contact(coach)->nudgeCadenceDays, 7);
        QCOMPARE(nb->contact(coach)->nudgeSnoozedUntil, QDate()); // set under the old cadence
        QCOMPARE(nb->contact(coach)->nudgeDue, QDate(2026, 3, 8));
        QCOMPARE(nb->contact(own)->nudgeCadenceDays, 60); // their own cadence wins
        QVERIFY(nb->setRoleCadence(Role::Coach, std::nullopt).ok());
        QCOMPARE(nb->contact(coach)->nudgeDue, QDate());
        QVERIFY(nudges(*nb.notebook, QDate(2027, 1, 1)).size() == 1); // only "Own"
    }

    void undoPutsTheNudgeBack()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {Role::Mentor});
        QVERIFY(nb->snoozeNudge(ada, QDate(2026, 3, 20)).ok());
        auto before = nb->nudgeState(ada);
        QVERIFY(before.ok());
        QVERIFY(nb->completeNudge(ada).ok());
        QCOMPARE(nb->contact(ada)->keptInTouchOn, QDate(2026, 3, 1));
        QVERIFY(nb->restoreNudge(ada, *before).ok());
        QCOMPARE(nb->contact(ada)->keptInTouchOn, QDate());
        QCOMPARE(nb->contact(ada)->nudgeSnoozedUntil, QDate(2026, 3, 20));
        QCOMPARE(nb->contact(ada)->nudgeDue, QDate(2026, 3, 31));
        const qint64 none = test::addContact(*nb.notebook, u"No cadence"_s);
        auto refused = nb->completeNudge(none);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Conflict); // a state, not a bad command line
    }

    // Today's first screen (Notebook::due with firstOfEach): of each part of the list, exactly the
    // start of what the whole list holds, in its order.
    void theFirstOfEachAreTheStartOfEachPart()
    {
        test::TempNotebook nb(QDate(2026, 11, 23));
        QVERIFY(test::addDemo(*nb.notebook, 400, 4000));
        const auto part = [](const DueItem &item) {
            return item.kind == DueItem::Kind::FollowUp ? 0 : item.kind == DueItem::Kind::KeepInTouch ? 1 : 2;
        };
        const auto parts = [&part](const QList<DueItem> &items) {
            QList<QList<qint64>> byPart(3);
            for (const DueItem &item : items)
                byPart[part(item)].append(item.reminderId ? *item.reminderId : -item.contactId);
            return byPart;
        };
        auto all = nb->due(QDate(2026, 11, 23), 7);
        auto first = nb->due(QDate(2026, 11, 23), 7, 20);
        QVERIFY(all.ok() && first.ok());
        const QList<QList<qint64>> whole = parts(*all), start = parts(*first);
        QVERIFY2(whole[0].size() > 20 && whole[1].size() > 20, "the demo has more than 20 of each to cut");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(start[i], whole[i].mid(0, 20));
        QCOMPARE(nb->due(QDate(2026, 11, 23), 7, 100000)->size(), all->size());
    }

    // For every contact of a demo network: the "Losing touch" order and `tend due` agree on who is
    // due, on which day, and in which order; snoozes count in both.
    void losingTouchAndDueAgree()
    {
        test::TempNotebook nb(QDate(2026, 11, 23));
        QVERIFY(test::addDemo(*nb.notebook, 400, 4000));
        // A few snoozed nudges, which the old "losing touch" SQL ignored.
        ContactQuery order;
        order.sort = ContactQuery::Sort::LosingTouch;
        auto listed = nb->contacts(order);
        QVERIFY(listed.ok());
        for (int i = 0; i < 10; ++i)
            QVERIFY(nb->snoozeNudge(listed->rows.at(i * 3).id, QDate(2026, 12, 5)).ok());
        listed = nb->contacts(order);
        QVERIFY(listed.ok());
        QCOMPARE(listed->rows.size(), *nb->contactCount({}));

        for (const int within : {0, 7, 30}) {
            const QDate horizon = QDate(2026, 11, 23).addDays(within);
            QList<qint64> expected;
            for (const ContactSummary &row : std::as_const(listed->rows)) {
                auto contact = nb->contact(row.id);
                QVERIFY(contact.ok());
                auto cadence = nb->effectiveCadence(*contact);
                QVERIFY(cadence.ok());
                QCOMPARE(row.nudgeCadenceDays, *cadence);
                QCOMPARE(row.nudgeDue, contact->nudgeDue);
                const bool followUpInView = row.nextFollowUp.isValid() && row.nextFollowUp <= horizon;
                if (row.nudgeDue.isValid() && row.nudgeDue <= horizon && !followUpInView)
                    expected.append(row.id);
            }
            QList<qint64> due;
            for (const DueItem &item : nudges(*nb.notebook, QDate(2026, 11, 23), within)) {
                due.append(item.contactId);
                QVERIFY(item.reason.contains(u"every %1 day"_s.arg(item.cadenceDays)));
            }
            QVERIFY(!due.isEmpty());
            QCOMPARE(due, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestNudges)
#include "tst_nudges.moc"
