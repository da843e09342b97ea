#include "TestSupport.h"

#include "db/Sql.h"
#include "io/DemoGenerator.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

qint64 count(const test::TempNotebook &notebook, const QString &statement)
{
    auto value = sql::scalar(notebook.database().connection(), statement);
    return value ? *value : -1;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT
private slots:
    void generatesARealisticNetwork()
    {
        test::TempNotebook nb(QDate(2026, 11, 23));
        QSignalSpy changed(nb.notebook.get(), &Notebook::changed);
        DemoOptions options;
        options.contacts = 120;
        options.interactions = 2000;
        auto summary = generateDemo(*nb.notebook, options);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->contacts, 120);
        QCOMPARE(summary->interactions, 2000);
        QCOMPARE(changed.size(), 1);

        const test::TempNotebook &notebook = nb;
        QCOMPARE(count(notebook, u"SELECT count(*) FROM contact"_s), 120);
        QCOMPARE(count(notebook, u"SELECT count(*) FROM interaction"_s), 2000);
        QCOMPARE(count(notebook, u"SELECT count(*) FROM reminder"_s), summary->reminders);
        QCOMPARE(count(notebook, u"SELECT count(DISTINCT role) FROM contact_role"_s), 5);
        QVERIFY(count(notebook, u"SELECT count(*) FROM (SELECT contact_id FROM contact_role GROUP BY contact_id HAVING count(*) > 1)"_s) > 0);
        QCOMPARE(count(notebook, u"SELECT count(DISTINCT kind) FROM interaction"_s), 10);
        QCOMPARE(count(notebook, u"SELECT count(DISTINCT direction) FROM interaction"_s), 3);
        QCOMPARE(count(notebook, u"SELECT count(DISTINCT state) FROM reminder"_s), 3);
        QVERIFY(count(notebook, u"SELECT count(*) FROM reminder_event WHERE action = 'snoozed'"_s) > 0);
        QVERIFY(count(notebook, u"SELECT count(*) FROM reminder WHERE state = 'open' AND due_on = '2026-11-23'"_s) > 0);
        QVERIFY(count(notebook, u"SELECT count(*) FROM reminder WHERE state = 'open' AND due_on < '2026-11-23'"_s) > 0);
        QVERIFY(count(notebook, u"SELECT count(*) FROM reminder WHERE state = 'open' AND due_on > '2026-11-23'"_s) > 0);
        // History spans years and never runs past today.
        QVERIFY(count(notebook, u"SELECT count(*) FROM interaction WHERE occurred_on < '2023-06-01'"_s) > 0);
        QCOMPARE(count(notebook, u"SELECT count(*) FROM interaction WHERE occurred_on > '2026-11-23'"_s), 0);
        // The triggers kept the denormalised columns in step.
        QCOMPARE(count(notebook, u"SELECT count(*) FROM contact c WHERE c.last_interaction_on IS NOT"
                                  " (SELECT max(i.occurred_on) FROM interaction_participant p JOIN interaction i"
                                  " ON i.id = p.interaction_id WHERE p.contact_id = c.id)"_s), 0);
        auto problems = nb->integrityProblems();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }

    void sameSeedSameNetwork()
    {
        DemoOptions options;
        options.contacts = 30;
        options.interactions = 200;
        options.seed = 42;
        test::TempNotebook first;
        test::TempNotebook second;
        QVERIFY(generateDemo(*first.notebook, options).ok());
        QVERIFY(generateDemo(*second.notebook, options).ok());
        ContactQuery all;
        all.includeArchived = true;
        auto a = first->contacts(all);
        auto b = second->contacts(all);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->rows.size(), 30);
        for (qsizetype i = 0; i < a->rows.size(); ++i) {
            QCOMPARE(a->rows.at(i).name, b->rows.at(i).name);
            QCOMPARE(a->rows.at(i).lastInteraction, b->rows.at(i).lastInteraction);
        }
    }

    void cancelAddsNothing()
    {
        test::TempNotebook nb;
        int calls = 0;
        int lastDone = -1;
        bool monotonic = true;
        DemoOptions options;
        options.contacts = 200;
        options.interactions = 1000;
        auto summary = generateDemo(*nb.notebook, options, [&](int done, int total) {
            ++calls;
            monotonic = monotonic && done > lastDone && done <= total && total == 1200;
            lastDone = done;
            return done < total / 2;
        });
        QVERIFY(!summary.ok());
        QVERIFY(monotonic);
        QVERIFY(calls > 10 && calls < 120); // about every 1%
        QCOMPARE(summary.error().code, Error::Code::Cancelled);
        QCOMPARE(count(nb, u"SELECT count(*) FROM contact"_s), 0);
        QCOMPARE(count(nb, u"SELECT count(*) FROM interaction"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
