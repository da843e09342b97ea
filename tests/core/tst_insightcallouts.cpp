#include "model/InsightCallouts.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

// Insights with every role present and active unless changed, and a balanced give and take.
Insights healthy()
{
    Insights insights;
    insights.today = QDate(2026, 11, 23);
    for (const Role role : allRoles())
        insights.roles.append({role, 1, 2});
    insights.recentGave = 4;
    insights.recentReceived = 4;
    return insights;
}

void setRole(Insights &insights, Role role, int active, int total)
{
    for (RoleActivity &activity : insights.roles)
        if (activity.role == role)
            activity = {role, active, total};
}

} // namespace

class TestInsightCallouts : public QObject
{
    Q_OBJECT
private slots:
    void nothingStandsOutWhenSponsorsAndMentorsAreActiveAndBalanced()
    {
        QCOMPARE(insightCallouts(healthy()), QStringList());
    }

    void adviceActedOnButNeverReportedBackIsCalledOut()
    {
        Insights insights = healthy();
        insights.adviceNotReportedBack = 2;
        QCOMPARE(insightCallouts(insights),
                 QStringList{u"Advice acted on but never reported back: 2. Tell them how it helped."_s});
        insights.adviceNotReportedBack = 0;
        QCOMPARE(insightCallouts(insights), QStringList());
    }

    void otherRolesAreNotCalledOut()
    {
        Insights insights = healthy();
        setRole(insights, Role::Coach, 0, 3);
        setRole(insights, Role::Therapist, 0, 0);
        setRole(insights, Role::Peer, 0, 5);
        QCOMPARE(insightCallouts(insights), QStringList());
    }

    void noActiveSponsorOrMentor_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no sponsor at all") << Role::Sponsor << 0
                                           << u"No active sponsor: nobody in your notebook is a sponsor yet."_s;
        QTest::newRow("one quiet sponsor") << Role::Sponsor << 1
                                           << u"No active sponsor: nothing logged with your sponsor in the last 90 days."_s;
        QTest::newRow("three quiet sponsors")
            << Role::Sponsor << 3 << u"No active sponsor: nothing logged with any of your 3 sponsors in the last 90 days."_s;
        QTest::newRow("no mentor at all") << Role::Mentor << 0
                                          << u"No active mentor: nobody in your notebook is a mentor yet."_s;
        QTest::newRow("two quiet mentors")
            << Role::Mentor << 2 << u"No active mentor: nothing logged with any of your 2 mentors in the last 90 days."_s;
    }
    void noActiveSponsorOrMentor()
    {
        QFETCH(Role, role);
        QFETCH(int, total);
        QFETCH(QString, expected);
        Insights insights = healthy();
        setRole(insights, role, 0, total);
        QCOMPARE(insightCallouts(insights), QStringList{expected});
    }

    void sponsorComesBeforeMentorBeforeBalance()
    {
        Insights insights = healthy();
        setRole(insights, Role::Mentor, 0, 1);
        setRole(insights, Role::Sponsor, 0, 0);
        insights.recentGave = 0;
        insights.recentReceived = 5;
        const QStringList callouts = insightCallouts(insights);
        QCOMPARE(callouts.size(), 3);
        QVERIFY(callouts[0].startsWith(u"No active sponsor"_s));
        QVERIFY(callouts[1].startsWith(u"No active mentor"_s));
        QCOMPARE(callouts[2], u"You have received 5 times and not given once in 90 days."_s);
    }

    void lopsidedBalance_data()
    {
        QTest::addColumn<int>("gave");
        QTest::addColumn<int>("received");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << 0 << 0 << QString();
        QTest::newRow("too few to be a pattern") << 0 << 2 << QString();
        QTest::newRow("exactly twice is fine") << 2 << 4 << QString();
        QTest::newRow("even") << 6 << 6 << QString();
        QTest::newRow("received 3, gave 0") << 0 << 3 << u"You have received 3 times and not given once in 90 days."_s;
        QTest::newRow("received 3, gave 1") << 1 << 3 << u"You have received 3 times and given once in 90 days."_s;
        QTest::newRow("received 7, gave 2") << 2 << 7 << u"You have received 7 times and given 2 times in 90 days."_s;
        QTest::newRow("gave 7, received 3") << 7 << 3 << u"You have given 7 times and received 3 times in 90 days."_s;
        QTest::newRow("gave 4, received 0") << 4 << 0 << u"You have given 4 times and not received once in 90 days."_s;
    }
    void lopsidedBalance()
    {
        QFETCH(int, gave);
        QFETCH(int, received);
        QFETCH(QString, expected);
        Insights insights = healthy();
        insights.recentGave = gave;
        insights.recentReceived = received;
        QCOMPARE(insightCallouts(insights), expected.isEmpty() ? QStringList() : QStringList{expected});
    }

    void onlySponsorsAndMentorsLackAnActiveContact()
    {
        QVERIFY(lacksActiveContact({Role::Sponsor, 0, 3}));
        QVERIFY(lacksActiveContact({Role::Mentor, 0, 0}));
        QVERIFY(!lacksActiveContact({Role::Sponsor, 1, 3}));
        QVERIFY(!lacksActiveContact({Role::Coach, 0, 2}));
        QVERIFY(!lacksActiveContact({Role::Peer, 0, 0}));
    }

    void anEmptyNotebookAsksForASponsorAndAMentor()
    {
        Insights empty;
        for (const Role role : allRoles())
            empty.roles.append({role, 0, 0});
        QCOMPARE(insightCallouts(empty), (QStringList{u"No active sponsor: nobody in your notebook is a sponsor yet."_s,
                                                      u"No active mentor: nobody in your notebook is a mentor yet."_s}));
    }
};

QTEST_MAIN(TestInsightCallouts)
#include "tst_insightcallouts.moc"
