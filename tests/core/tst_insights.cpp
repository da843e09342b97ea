#include "TestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

const QDate today(2026, 11, 23);

void log(Notebook &notebook, QList<qint64> people, QDate date, Direction direction = Direction::Mutual)
{
    Interaction interaction;
    interaction.kind = InteractionKind::Call;
    interaction.date = date;
    for (const qint64 id : people)
        interaction.participants.append(ContactRef{id, {}});
    interaction.direction = direction;
    auto logged = notebook.logInteraction(interaction, FollowUpChoice::none());
    QVERIFY2(logged.ok(), logged ? "" : qPrintable(logged.error().message));
}

Insights insightsOf(Notebook &notebook, QDate day = today)
{
    auto insights = notebook.insights(day);
    if (!insights)
        qFatal("insights failed: %s", qPrintable(insights.error().message));
    return *insights;
}

const MonthActivity &monthOf(const Insights &insights, int year, int month)
{
    for (const MonthActivity &activity : insights.months)
        if (activity.month == QDate(year, month, 1))
            return activity;
    qFatal("month %d-%d is not in the insights", year, month);
}

} // namespace

class TestInsights : public QObject
{
    Q_OBJECT
private slots:
    void emptyNotebookHasTwelveEmptyMonthsAndEveryRole()
    {
        test::TempNotebook nb;
        const Insights insights = insightsOf(*nb.notebook);
        QCOMPARE(insights.today, today);
        QCOMPARE(insights.roles.size(), allRoles().size());
        for (int index = 0; index < insights.roles.size(); ++index) {
            QCOMPARE(insights.roles[index].role, allRoles()[index]);
            QCOMPARE(insights.roles[index].active, 0);
            QCOMPARE(insights.roles[index].total, 0);
        }
        QCOMPARE(insights.months.size(), 12);
        QCOMPARE(insights.months.first().month, QDate(2025, 12, 1));
        QCOMPARE(insights.months.last().month, QDate(2026, 11, 1));
        for (const MonthActivity &month : insights.months) {
            QVERIFY(month.byRole.isEmpty());
            QCOMPARE(month.gave, 0);
            QCOMPARE(month.received, 0);
        }
        QCOMPARE(insights.recentGave, 0);
        QCOMPARE(insights.recentReceived, 0);
    }

    void monthsRunFromTheFirstOfElevenMonthsAgoToToday_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("late november") << today << QDate(2025, 12, 1) << QDate(2026, 11, 1);
        QTest::newRow("new year's day") << QDate(2026, 1, 1) << QDate(2025, 2, 1) << QDate(2026, 1, 1);
        QTest::newRow("leap day") << QDate(2024, 2, 29) << QDate(2023, 3, 1) << QDate(2024, 2, 1);
        QTest::newRow("end of december") << QDate(2026, 12, 31) << QDate(2026, 1, 1) << QDate(2026, 12, 1);
    }
    void monthsRunFromTheFirstOfElevenMonthsAgoToToday()
    {
        QFETCH(QDate, day);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        test::TempNotebook nb(day);
        const Insights insights = insightsOf(*nb.notebook, day);
        QCOMPARE(insights.months.size(), 12);
        QCOMPARE(insights.months.first().month, first);
        QCOMPARE(insights.months.last().month, last);
        for (int index = 1; index < insights.months.size(); ++index)
            QCOMPARE(insights.months[index].month, insights.months[index - 1].month.addMonths(1));
    }

    void windowEdgesAndMonthBoundaries()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {Role::Peer});
        log(*nb.notebook, {ada}, QDate(2025, 11, 30), Direction::Gave);     // the day before the window
        log(*nb.notebook, {ada}, QDate(2025, 12, 1), Direction::Gave);      // its first day
        log(*nb.notebook, {ada}, QDate(2026, 10, 31), Direction::Received); // last of October
        log(*nb.notebook, {ada}, QDate(2026, 11, 1), Direction::Received);  // first of November
        log(*nb.notebook, {ada}, today, Direction::Gave);                   // today counts
        log(*nb.notebook, {ada}, today.addDays(1), Direction::Gave);        // tomorrow does not

        const Insights insights = insightsOf(*nb.notebook);
        QCOMPARE(monthOf(insights, 2025, 12).interactions(Role::Peer), 1);
        QCOMPARE(monthOf(insights, 2025, 12).gave, 1);
        QCOMPARE(monthOf(insights, 2026, 10).interactions(Role::Peer), 1);
        QCOMPARE(monthOf(insights, 2026, 10).received, 1);
        QCOMPARE(monthOf(insights, 2026, 11).interactions(Role::Peer), 2);
        QCOMPARE(monthOf(insights, 2026, 11).gave, 1);
        QCOMPARE(monthOf(insights, 2026, 11).received, 1);
        int peerTotal = 0;
        for (const MonthActivity &month : insights.months)
            peerTotal += month.interactions(Role::Peer);
        QCOMPARE(peerTotal, 4);
        QCOMPARE(insights.recentGave, 1);
        QCOMPARE(insights.recentReceived, 2);
    }

    void activeMeansAnInteractionInTheLastNinetyDays()
    {
        test::TempNotebook nb;
        const qint64 edge = test::addContact(*nb.notebook, u"On the edge"_s, {Role::Mentor});
        const qint64 justOut = test::addContact(*nb.notebook, u"Just out"_s, {Role::Mentor});
        const qint64 never = test::addContact(*nb.notebook, u"Never met"_s, {Role::Mentor});
        const qint64 aheadOnly = test::addContact(*nb.notebook, u"Only ahead"_s, {Role::Coach});
        const qint64 aheadAndRecent = test::addContact(*nb.notebook, u"Ahead and recent"_s, {Role::Coach});
        Q_UNUSED(never);
        log(*nb.notebook, {edge}, today.addDays(-90));    // the window's first day
        log(*nb.notebook, {justOut}, today.addDays(-91));
        log(*nb.notebook, {aheadOnly}, today.addDays(10)); // planned, not happened
        log(*nb.notebook, {aheadAndRecent}, today.addDays(10));
        log(*nb.notebook, {aheadAndRecent}, today.addDays(-5));

        const Insights insights = insightsOf(*nb.notebook);
        QCOMPARE(insights.role(Role::Mentor).active, 1);
        QCOMPARE(insights.role(Role::Mentor).total, 3);
        QCOMPARE(insights.role(Role::Coach).active, 1);
        QCOMPARE(insights.role(Role::Coach).total, 2);
        QCOMPARE(insights.role(Role::Sponsor).total, 0);
        // Mutual interactions count on both sides.
        QCOMPARE(insights.recentGave, 2);
        QCOMPARE(insights.recentReceived, 2);
    }

    void archivedContactsLeaveTheRoleCountsButNotTheHistory()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {Role::Sponsor});
        const qint64 grace = test::addContact(*nb.notebook, u"Grace"_s, {Role::Sponsor});
        log(*nb.notebook, {ada}, today.addDays(-3), Direction::Received);
        log(*nb.notebook, {grace}, today.addDays(-4), Direction::Received);
        QVERIFY(nb->setArchived({ada}, true));

        const Insights insights = insightsOf(*nb.notebook);
        QCOMPARE(insights.role(Role::Sponsor).total, 1);
        QCOMPARE(insights.role(Role::Sponsor).active, 1);
        QCOMPARE(monthOf(insights, 2026, 11).interactions(Role::Sponsor), 2);
        QCOMPARE(monthOf(insights, 2026, 11).received, 2);

        QVERIFY(nb->setArchived({grace}, true));
        const Insights allArchived = insightsOf(*nb.notebook);
        QCOMPARE(allArchived.role(Role::Sponsor).total, 0);
        QCOMPARE(allArchived.role(Role::Sponsor).active, 0);
    }

    void anInteractionCountsOncePerRoleItTouches()
    {
        test::TempNotebook nb;
        const qint64 both = test::addContact(*nb.notebook, u"Mentor and sponsor"_s, {Role::Mentor, Role::Sponsor});
        const qint64 mentor = test::addContact(*nb.notebook, u"Mentor"_s, {Role::Mentor});
        const qint64 peer = test::addContact(*nb.notebook, u"Peer"_s, {Role::Peer});
        const qint64 nobody = test::addContact(*nb.notebook, u"No role"_s);
        log(*nb.notebook, {both}, QDate(2026, 9, 2), Direction::Gave);            // mentor + sponsor
        log(*nb.notebook, {both, mentor}, QDate(2026, 9, 3), Direction::Gave);    // two mentors: once
        log(*nb.notebook, {mentor, peer}, QDate(2026, 9, 4), Direction::Received); // mentor + peer
        log(*nb.notebook, {nobody}, QDate(2026, 9, 5), Direction::Received);      // no role

        const Insights insights = insightsOf(*nb.notebook);
        QCOMPARE(insights.role(Role::Mentor).total, 2);
        QCOMPARE(insights.role(Role::Mentor).active, 2);
        QCOMPARE(insights.role(Role::Sponsor).total, 1);
        QCOMPARE(insights.role(Role::Sponsor).active, 1);
        QCOMPARE(insights.role(Role::Peer).active, 1);
        const MonthActivity &september = monthOf(insights, 2026, 9);
        QCOMPARE(september.interactions(Role::Mentor), 3);
        QCOMPARE(september.interactions(Role::Sponsor), 2);
        QCOMPARE(september.interactions(Role::Peer), 1);
        QCOMPARE(september.interactions(Role::Coach), 0);
        // Directions count interactions, not participants, and include those with nobody of a role.
        QCOMPARE(september.gave, 2);
        QCOMPARE(september.received, 2);
    }

    void mutualCountsAsGivenAndReceived()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {Role::Peer});
        log(*nb.notebook, {ada}, QDate(2026, 6, 10), Direction::Mutual);
        log(*nb.notebook, {ada}, QDate(2026, 6, 11), Direction::Mutual);
        log(*nb.notebook, {ada}, QDate(2026, 6, 12), Direction::Gave);
        log(*nb.notebook, {ada}, QDate(2026, 11, 2), Direction::Mutual);

        const Insights insights = insightsOf(*nb.notebook);
        QCOMPARE(monthOf(insights, 2026, 6).gave, 3);
        QCOMPARE(monthOf(insights, 2026, 6).received, 2);
        QCOMPARE(monthOf(insights, 2026, 6).interactions(Role::Peer), 3);
        QCOMPARE(insights.recentGave, 1);
        QCOMPARE(insights.recentReceived, 1);

        const auto helped = nb->helped(today, 365);
        QVERIFY(helped);
        QCOMPARE(helped->first().gaveCount, 4);
        QCOMPARE(helped->first().receivedCount, 3);
    }

    void anInvalidDayIsRefused()
    {
        test::TempNotebook nb;
        const auto insights = nb->insights(QDate());
        QVERIFY(!insights);
        QCOMPARE(insights.error().code, Error::Code::Invalid);
    }
};

QTEST_MAIN(TestInsights)
#include "tst_insights.moc"
