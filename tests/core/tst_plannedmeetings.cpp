#include "TestSupport.h"

#include "db/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

const QDate today(2026, 11, 23);

// Ada's keep-in-touch nudge as `due` lists it (within a year), or nothing.
std::optional<DueItem> nudgeOf(Notebook &notebook, qint64 contactId, QDate on)
{
    auto due = notebook.due(on, 365);
    if (!due) {
        QTest::qFail(qPrintable(due.error().message), __FILE__, __LINE__);
        return std::nullopt;
    }
    for (const DueItem &item : std::as_const(*due)) {
        if (item.kind == DueItem::Kind::KeepInTouch && item.contactId == contactId)
            return item;
    }
    return std::nullopt;
}

QDate nudgeDue(Notebook &notebook, qint64 contactId, QDate on)
{
    const auto nudge = nudgeOf(notebook, contactId, on);
    return nudge ? nudge->due : QDate();
}

Interaction withAda(qint64 ada, InteractionKind kind, QDate day)
{
    Interaction interaction;
    interaction.kind = kind;
    interaction.date = day;
    interaction.participants = {{ada, {}}};
    return interaction;
}

std::unique_ptr<Notebook> reopen(const QString &path, QDate on)
{
    auto opened = Notebook::open(path, {}, Clock::fixed(on));
    if (!opened) {
        QTest::qFail(qPrintable(opened.error().message), __FILE__, __LINE__);
        return {};
    }
    return std::move(opened).value();
}

} // namespace

// Issue 9 §4: a meeting planned ahead has not happened: keep-in-touch nudges count only the
// interactions dated today or earlier, and catch up when the planned day comes.
class TestPlannedMeetings : public QObject
{
    Q_OBJECT
private slots:
    void aMeetingPlannedAheadLeavesTheNudgeDue()
    {
        test::TempNotebook nb(today);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {}, 30);
        QVERIFY(nb->logInteraction(withAda(ada, InteractionKind::Coffee, today.addDays(-25)), FollowUpChoice::none()));
        QCOMPARE(nudgeDue(*nb.notebook, ada, today), today.addDays(5));

        auto planned = nb->planMeeting(withAda(ada, InteractionKind::Meeting, today.addDays(20)));
        QVERIFY2(planned, planned ? "" : qPrintable(planned.error().message));
        QCOMPARE(nudgeDue(*nb.notebook, ada, today), today.addDays(5));
        QCOMPARE(nudgeOf(*nb.notebook, ada, today)->reason,
                 u"keep in touch (every 30 days; last contact %1)"_s.arg(today.addDays(-25).toString(Qt::ISODate)));
        // Moved further ahead, or logged as an interaction dated ahead: still planned.
        Interaction later = *nb->interaction(*planned);
        later.date = today.addDays(40);
        QVERIFY(nb->updateInteraction(later));
        QCOMPARE(nudgeDue(*nb.notebook, ada, today), today.addDays(5));
    }

    // "Last contact" on the contact page, in the contact list and on the command line is the last
    // interaction held, not the one planned; someone with only a planned one has none yet.
    void theLastContactIsTheLastOneHeld()
    {
        test::TempNotebook nb(today);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 bo = test::addContact(*nb.notebook, u"Bo"_s);
        QVERIFY(nb->logInteraction(withAda(ada, InteractionKind::Coffee, today.addDays(-25)), FollowUpChoice::none()));
        QVERIFY(nb->planMeeting(withAda(ada, InteractionKind::Meeting, today.addDays(20))));
        QVERIFY(nb->planMeeting(withAda(bo, InteractionKind::Call, today.addDays(2))));

        QCOMPARE(nb->contact(ada)->lastInteraction, today.addDays(-25));
        QVERIFY(!nb->contact(bo)->lastInteraction.isValid());
        auto listed = nb->contacts(ContactQuery{});
        QVERIFY(listed);
        QCOMPARE(listed->rows.size(), 2);
        for (const ContactSummary &row : std::as_const(listed->rows))
            QCOMPARE(row.lastInteraction, row.id == ada ? today.addDays(-25) : QDate());
        QCOMPARE(nb->completeContact(u"Ad"_s)->first().lastInteraction, today.addDays(-25));

        // On the planned day it has happened.
        auto later = reopen(nb.path, today.addDays(20));
        QCOMPARE(later->contact(ada)->lastInteraction, today.addDays(20));
        QCOMPARE(later->contact(bo)->lastInteraction, today.addDays(2));
    }

    void theDayOfThePlannedMeetingCountsItOnOpen()
    {
        test::TempNotebook nb(today);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {}, 30);
        QVERIFY(nb->logInteraction(withAda(ada, InteractionKind::Coffee, today.addDays(-25)), FollowUpChoice::none()));
        QVERIFY(nb->planMeeting(withAda(ada, InteractionKind::Meeting, today.addDays(3))));
        QCOMPARE(nudgeDue(*nb.notebook, ada, today), today.addDays(5));

        // The day before: not yet.
        auto dayBefore = reopen(nb.path, today.addDays(2));
        QCOMPARE(nudgeDue(*dayBefore, ada, today.addDays(2)), today.addDays(5));
        dayBefore.reset();
        // The day itself (the meeting is assumed held; logging it is holdMeeting).
        auto onTheDay = reopen(nb.path, today.addDays(3));
        QCOMPARE(nudgeDue(*onTheDay, ada, today.addDays(3)), today.addDays(33));
        QCOMPARE(nudgeOf(*onTheDay, ada, today.addDays(3))->reason,
                 u"keep in touch (every 30 days; last contact %1)"_s.arg(today.addDays(3).toString(Qt::ISODate)));
        // A clock set back makes it planned again.
        onTheDay->setClock(Clock::fixed(today));
        QCOMPARE(nudgeDue(*onTheDay, ada, today), today.addDays(5));
    }

    void theWindowsDayChangeCatchesUp()
    {
        test::TempNotebook nb(today);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {}, 30);
        const qint64 grace = test::addContact(*nb.notebook, u"Grace"_s, {}, 30);
        QVERIFY(nb->logInteraction(withAda(ada, InteractionKind::Coffee, today.addDays(-25)), FollowUpChoice::none()));
        Interaction both = withAda(ada, InteractionKind::Meeting, today.addDays(1));
        both.participants.append(ContactRef{grace, {}});
        QVERIFY(nb->planMeeting(both));
        const QDate graceBefore = nudgeDue(*nb.notebook, grace, today);

        nb.notebook->setClock(Clock::fixed(today.addDays(1)));
        QCOMPARE(nudgeDue(*nb.notebook, ada, today.addDays(1)), today.addDays(31));
        QCOMPARE(nudgeDue(*nb.notebook, grace, today.addDays(1)), today.addDays(31));
        QVERIFY(graceBefore != today.addDays(31));
    }

    void holdingItTodayCounts()
    {
        test::TempNotebook nb(today);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {}, 30);
        QVERIFY(nb->logInteraction(withAda(ada, InteractionKind::Coffee, today.addDays(-25)), FollowUpChoice::none()));
        auto planned = nb->planMeeting(withAda(ada, InteractionKind::Meeting, today.addDays(10)));
        QVERIFY(planned);
        Interaction record;
        record.summary = u"Went well"_s;
        auto held = nb->holdMeeting(*planned, record, FollowUpChoice::none());
        QVERIFY2(held, held ? "" : qPrintable(held.error().message));
        QCOMPARE(nudgeDue(*nb.notebook, ada, today), today.addDays(30));
    }

    void aNewNotebookOrAnUpgradedOneCatchesUpOnce()
    {
        test::TempNotebook nb(today);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {}, 30);
        QVERIFY(nb->logInteraction(withAda(ada, InteractionKind::Coffee, today.addDays(-25)), FollowUpChoice::none()));
        QVERIFY(nb->planMeeting(withAda(ada, InteractionKind::Meeting, today.addDays(10))));
        // As an earlier version computed it: from the planned day, with no day recorded.
        const QSqlDatabase db = nb.database().connection();
        QVERIFY(sql::exec(db, u"UPDATE contact SET nudge_due_on = ? WHERE id = ?"_s, {sql::day(today.addDays(40)), ada}));
        QVERIFY(sql::exec(db, u"DELETE FROM setting WHERE key = 'nudges-computed-for'"_s));

        auto upgraded = reopen(nb.path, today);
        QCOMPARE(nudgeDue(*upgraded, ada, today), today.addDays(5));
        upgraded.reset();
        // Once caught up, an open on the same day reads and writes nothing.
        const QByteArray before = test::fileDigest(nb.path);
        reopen(nb.path, today).reset();
        QCOMPARE(test::fileDigest(nb.path), before);
    }

    void helpedAndInsightsLeaveThePlannedMeetingOut()
    {
        test::TempNotebook nb(today);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {Role::Mentor});
        Interaction planned = withAda(ada, InteractionKind::Meeting, today.addDays(2));
        planned.direction = Direction::Gave;
        QVERIFY(nb->planMeeting(planned));
        QVERIFY(nb->helped(today)->isEmpty());
        const Insights insights = *nb->insights(today);
        QCOMPARE(insights.recentGave, 0);
        for (const RoleActivity &role : insights.roles)
            QCOMPARE(role.active, 0);
        // On its day it counts.
        QCOMPARE(nb->helped(today.addDays(2))->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPlannedMeetings)
#include "tst_plannedmeetings.moc"
