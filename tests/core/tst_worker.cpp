#include "TestSupport.h"

#include "io/DemoGenerator.h"
#include "work/Worker.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace tend;

// The worker path that backups, reports, search, and later import and sync use (core/work).
class TestWorker : public QObject
{
    Q_OBJECT
private slots:
    void batchesArriveInOrderOnTheOwnersThread()
    {
        test::TempNotebook nb;
        for (int i = 0; i < 30; ++i)
            test::addContact(*nb.notebook, u"Person %1"_s.arg(i, 2, 10, QChar(u'0')));
        QThread *const owner = QThread::currentThread();
        auto task = nb->worker().run<QList<ContactSummary>>([owner](work::Job<QList<ContactSummary>> &job) -> Status {
            if (QThread::currentThread() == owner)
                return Error::invalid(u"ran on the owner's thread"_s);
            ContactQuery query;
            query.limit = 7;
            for (;;) {
                auto page = job.notebook().contacts(query); // its own connection, on this thread
                if (!page)
                    return page.error();
                job.deliver(page->rows);
                if (!page->next)
                    return {};
                query.after = page->next;
            }
        });
        QStringList names;
        int batches = 0;
        bool onOwner = true;
        Status outcome = Error::invalid(u"not finished"_s);
        bool finished = false;
        QObject context;
        work::watch<QList<ContactSummary>>(
            task, &context,
            [&](const QList<ContactSummary> &batch) {
                onOwner = onOwner && QThread::currentThread() == owner;
                ++batches;
                for (const ContactSummary &row : batch)
                    names.append(row.name);
            },
            [&](const Status &result) {
                outcome = result;
                finished = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        QVERIFY(onOwner);
        QCOMPARE(batches, 5);
        QCOMPARE(names.size(), 30);
        QCOMPARE(names.first(), u"Person 00"_s);
        QCOMPARE(names.last(), u"Person 29"_s);
        QVERIFY(std::is_sorted(names.cbegin(), names.cend()));
    }

    void errorsReachTheOwner()
    {
        test::TempNotebook nb;
        auto task = nb->worker().run<int>([](work::Job<int> &job) -> Status {
            auto missing = job.notebook().contact(4242);
            if (!missing)
                return missing.error();
            return {};
        });
        const Status outcome = task.wait();
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, Error::Code::NotFound);
    }

    // A bulk write on a worker: progress on the way, cancel rolls everything back, and the owner's
    // notebook hears of a finished write once, not once per row.
    void aBackgroundBulkWriteReportsProgressAndCancels()
    {
        test::TempNotebook nb;
        QSignalSpy changed(nb.notebook.get(), &Notebook::changed);
        const auto startDemo = [&](int contacts, std::shared_ptr<std::atomic<int>> reports) {
            return nb->worker().run<DemoSummary>([contacts, reports](work::Job<DemoSummary> &job) -> Status {
                DemoOptions options;
                options.contacts = contacts;
                options.interactions = contacts * 10;
                const auto report = job.progressFunction();
                auto summary = generateDemo(job.notebook(), options, [&](qint64 done, qint64 total) {
                    ++*reports;
                    return report(done, total);
                });
                if (!summary)
                    return summary.error();
                job.deliver(*summary);
                return {};
            });
        };

        auto reports = std::make_shared<std::atomic<int>>(0);
        auto cancelled = startDemo(3000, reports);
        QTRY_VERIFY_WITH_TIMEOUT(*reports > 5, 20000);
        cancelled.cancel();
        const Status stopped = cancelled.wait();
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, Error::Code::Cancelled);
        QCOMPARE(*nb->contactCount({}), 0);

        auto finished = startDemo(60, std::make_shared<std::atomic<int>>(0));
        int progressSeen = 0;
        bool done = false;
        QObject context;
        work::watch<DemoSummary>(
            finished, &context, [](const DemoSummary &) {}, [&](const Status &) { done = true; },
            [&](int, int) { ++progressSeen; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(finished.outcome().ok());
        QVERIFY(progressSeen > 0);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000); // the owner looked once, after the job
        QCOMPARE(changed.first().first().value<Notebook::Changes>(), Notebook::Changes(Notebook::Change::Everything));
        ContactQuery everyone;
        everyone.includeArchived = true;
        QCOMPARE(*nb->contactCount(everyone), 60);
    }

    // Closing the notebook waits for its jobs: no connection to the file is left behind.
    void destroyingTheNotebookWaitsForItsJobs()
    {
        test::TempNotebook nb;
        auto started = std::make_shared<std::atomic<bool>>(false);
        auto finished = std::make_shared<std::atomic<bool>>(false);
        auto task = nb->worker().run<int>([started, finished](work::Job<int> &job) -> Status {
            *started = true;
            while (!job.isCancelled())
                QThread::msleep(5);
            *finished = true;
            return Error::cancelled(u"stopped"_s);
        });
        QTRY_VERIFY_WITH_TIMEOUT(*started, 10000);
        nb.notebook.reset();
        QVERIFY(*finished);
        QCOMPARE(task.outcome().error().code, Error::Code::Cancelled);
    }

    // A job in the middle of a long statement does not make a closing window wait for it:
    // cancelAll interrupts the statement (sqlite3_interrupt), which fails as cancelled.
    void cancelAllInterruptsARunningStatement()
    {
        test::TempNotebook nb(QDate(2026, 11, 23));
        QVERIFY(test::addDemo(*nb.notebook, 500, 20000));
        auto started = std::make_shared<std::atomic<bool>>(false);
        auto task = nb->worker().run<int>([started](work::Job<int> &job) -> Status {
            *started = true;
            // Many seconds of reading, and no look at isCancelled(): only an interrupt stops it.
            for (int i = 0; i < 5000; ++i) {
                if (auto helped = job.notebook().helped(QDate(2026, 11, 23), 3650); !helped)
                    return helped.error();
            }
            return {};
        });
        QTRY_VERIFY_WITH_TIMEOUT(*started, 10000);
        QThread::msleep(50); // inside the statement by now
        QElapsedTimer timer;
        timer.start();
        nb->worker().cancelAll();
        nb->worker().waitForAll();
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(task.outcome().error().code, Error::Code::Cancelled);
        // The connection the owner uses is not touched, and the next job runs as usual.
        QVERIFY(nb->contactCount({}).ok());
        auto next = nb->worker().run<int>([](work::Job<int> &job) -> Status {
            return job.notebook().contactCount({}) ? Status() : Status(Error::invalid(u"no count"_s));
        });
        QVERIFY(next.wait().ok());
    }
};

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
