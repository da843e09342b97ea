#include "TestSupport.h"

#include "store/ContactRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

// The first page of every order of the contact list is an index walk (docs/architecture.md):
// SQLite's EXPLAIN QUERY PLAN shows the index of the sort and no temporary B-tree for ORDER BY.
class TestContactPlans : public QObject
{
    Q_OBJECT
private slots:
    void everySortWalksItsIndex_data()
    {
        QTest::addColumn<ContactQuery::Sort>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("secondPage");
        QTest::addColumn<QString>("index");
        const std::initializer_list<std::tuple<const char *, ContactQuery::Sort, const char *>> sorts{
            {"name", ContactQuery::Sort::Name, "contact_name_key"},
            {"organisation", ContactQuery::Sort::Organisation, "contact_organisation"},
            {"last interaction", ContactQuery::Sort::LastInteraction, "contact_last_interaction"},
            {"next follow-up", ContactQuery::Sort::NextFollowUp, "contact_next_follow_up"},
            {"losing touch", ContactQuery::Sort::LosingTouch, "contact_nudge_due"}};
        for (const auto &[label, sort, index] : sorts) {
            for (const bool descending : {false, true}) {
                for (const bool secondPage : {false, true}) {
                    QTest::addRow("%s %s%s", label, descending ? "desc" : "asc", secondPage ? ", after a cursor" : "")
                        << sort << descending << secondPage << QString::fromLatin1(index);
                }
            }
        }
    }

    void everySortWalksItsIndex()
    {
        QFETCH(ContactQuery::Sort, sort);
        QFETCH(bool, descending);
        QFETCH(bool, secondPage);
        QFETCH(QString, index);
        test::TempNotebook nb;
        for (int i = 0; i < 40; ++i)
            test::addContact(*nb.notebook, u"Person %1"_s.arg(i), {i % 2 ? Role::Mentor : Role::Peer});
        ContactQuery query;
        query.sort = sort;
        query.descending = descending;
        query.limit = 200; // ContactTableModel::defaultPageSize
        if (secondPage) {
            query.limit = 10;
            auto first = nb->contacts(query);
            QVERIFY(first.ok() && first->next);
            query.after = first->next;
        }
        const ContactRepository repository(nb.database().connection());
        auto plan = repository.queryPlan(query);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        const QString text = plan->join(u" | "_s);
        qInfo("%s", qPrintable(text));
        // The first page walks the index from its start; a later page seeks into it.
        const QString walk = secondPage ? QString(u"SEARCH c USING INDEX "_s + index + u" ("_s)
                                        : QString(u"SCAN c USING INDEX "_s + index);
        QVERIFY2(plan->first().startsWith(walk) && (secondPage || plan->first() == walk), qPrintable(text));
        QVERIFY2(!text.contains(u"TEMP B-TREE"_s), qPrintable(text));
        // The roles and e-mails of each row are looked up by key; no table is scanned.
        for (const QString &step : std::as_const(*plan)) {
            if (step.startsWith(u"SCAN "_s))
                QVERIFY2(step == walk || step.startsWith(u"SCAN (subquery"_s), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestContactPlans)
#include "tst_contactplans.moc"
