#include "schedule/CadenceRule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

std::optional<int> roleDays(Role role)
{
    switch (role) {
    case Role::Mentor: return 30;
    case Role::Peer: return 90;
    case Role::Coach: return 14;
    default: return std::nullopt;
    }
}

} // namespace

// The one order of precedence of keep-in-touch cadences: own, else tags, else roles.
class TestCadenceRule : public QObject
{
    Q_OBJECT
private slots:
    void theContactsOwnCadenceWins()
    {
        const CadenceRule rule = rules::cadenceRule(45, {{u"inner circle"_s, 21}}, {Role::Coach}, roleDays);
        QCOMPARE(rule.source, CadenceRule::Source::Own);
        QCOMPARE(rule.days, 45);
        QCOMPARE(rule.explanation(), u"every 45 days (own cadence)"_s);
    }

    void theShortestTagCadenceBeatsEveryRole()
    {
        const CadenceRule rule = rules::cadenceRule(std::nullopt, {{u"PyLadies"_s, 60}, {u"inner circle"_s, 21}},
                                                    {Role::Coach}, roleDays);
        QCOMPARE(rule.source, CadenceRule::Source::Tag);
        QCOMPARE(rule.days, 21); // longer than the coach's 14, but a tag comes first
        QCOMPARE(rule.name, u"inner circle"_s);
        QCOMPARE(rule.explanation(), u"every 21 days (tag: inner circle)"_s);
    }

    void aTagSetToNoneMeansNoNudgesUnlessAnotherTagSetsDays()
    {
        const CadenceRule none = rules::cadenceRule(std::nullopt, {{u"alumni"_s, std::nullopt}}, {Role::Mentor}, roleDays);
        QCOMPARE(none.source, CadenceRule::Source::Tag);
        QCOMPARE(none.days, std::nullopt);
        QCOMPARE(none.explanation(), u"no nudges (tag: alumni)"_s);

        const CadenceRule days = rules::cadenceRule(std::nullopt, {{u"alumni"_s, std::nullopt}, {u"team"_s, 40}},
                                                    {Role::Mentor}, roleDays);
        QCOMPARE(days.days, 40);
        QCOMPARE(days.name, u"team"_s);
    }

    void withoutTagsTheShortestRoleApplies()
    {
        const CadenceRule rule = rules::cadenceRule(std::nullopt, {}, {Role::Peer, Role::Mentor, Role::Therapist}, roleDays);
        QCOMPARE(rule.source, CadenceRule::Source::Role);
        QCOMPARE(rule.days, 30);
        QCOMPARE(rule.explanation(), u"every 30 days (role: mentor)"_s);
    }

    void noRuleNoNudges()
    {
        const CadenceRule rule = rules::cadenceRule(std::nullopt, {}, {Role::Therapist}, roleDays);
        QCOMPARE(rule.source, CadenceRule::Source::None);
        QCOMPARE(rule.days, std::nullopt);
        QCOMPARE(rule.explanation(), u"no keep-in-touch cadence"_s);
    }

    // Due at the cadence, overdue at 1.5 × the cadence from the same start.
    void overdueAtTheFactorTimesTheCadence_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("cadence");
        QTest::addColumn<double>("factor");
        QTest::addColumn<QDate>("overdueOn");
        QTest::addRow("30 days × 1.5") << QDate(2026, 3, 1) << 30 << 1.5 << QDate(2026, 3, 16);
        QTest::addRow("21 days × 1.5 rounds up") << QDate(2026, 3, 1) << 21 << 1.5 << QDate(2026, 3, 12);
        QTest::addRow("over a leap day") << QDate(2024, 2, 20) << 20 << 1.5 << QDate(2024, 3, 1);
        QTest::addRow("factor 1: the day after") << QDate(2026, 12, 31) << 30 << 1.0 << QDate(2027, 1, 1);
        QTest::addRow("factor 2") << QDate(2026, 1, 31) << 28 << 2.0 << QDate(2026, 2, 28);
    }

    void overdueAtTheFactorTimesTheCadence()
    {
        QFETCH(QDate, due);
        QFETCH(int, cadence);
        QFETCH(double, factor);
        QFETCH(QDate, overdueOn);
        QCOMPARE(rules::overdueOn(due, cadence, factor), overdueOn);
    }
};

QTEST_GUILESS_MAIN(TestCadenceRule)
#include "tst_cadencerule.moc"
