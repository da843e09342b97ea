#include "TestSupport.h"

#include "models/HelpedModel.h"
#include "views/HelpedView.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

class TestHelpedView : public QObject
{
    Q_OBJECT
private slots:
    void mostRecentGiveFirstAndPeriodSwitch();
    void manyPeopleArriveInBatchesInOrder();
};

static void log(Notebook &notebook, qint64 id, QDate date, Direction direction)
{
    Interaction chat;
    chat.date = date;
    chat.participants = {{id, {}}};
    chat.direction = direction;
    QVERIFY(notebook.logInteraction(chat, FollowUpChoice::none()));
}

void TestHelpedView::mostRecentGiveFirstAndPeriodSwitch()
{
    test::TempNotebook notebook;
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada"_s);
    const qint64 grace = test::addContact(*notebook.notebook, u"Grace"_s);
    const qint64 alan = test::addContact(*notebook.notebook, u"Alan"_s);
    log(*notebook.notebook, ada, QDate(2026, 11, 1), Direction::Gave);
    log(*notebook.notebook, grace, QDate(2026, 11, 20), Direction::Gave);
    log(*notebook.notebook, grace, QDate(2026, 11, 21), Direction::Received);
    log(*notebook.notebook, alan, QDate(2026, 7, 1), Direction::Mutual);

    HelpedView view(*notebook.notebook);
    HelpedModel *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(model, &HelpedModel::loaded);
    QCOMPARE(model->rowCount(), 0); // not on screen: nothing asked of the database
    QVERIFY(!model->isLoading());
    view.show(); // the query runs on the notebook's worker; its rows land in batches
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, HelpedModel::NameColumn).data().toString(), u"Grace"_s);
    QCOMPARE(model->index(0, HelpedModel::GaveColumn).data().toInt(), 1);
    QCOMPARE(model->index(0, HelpedModel::ReceivedColumn).data().toInt(), 1);
    QCOMPARE(model->index(1, HelpedModel::NameColumn).data().toString(), u"Ada"_s);

    bool summaryShown = false;
    for (QLabel *label : view.findChildren<QLabel *>())
        summaryShown = summaryShown
                       || label->text() == u"In the last 30 days you gave 2 times and received once, across 2 people. A healthy balance."_s;
    QVERIFY(summaryShown);

    loaded.clear();
    view.setPeriod(365);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(2, HelpedModel::NameColumn).data().toString(), u"Alan"_s);
}

// A long list arrives in batches and keeps the order Notebook::helped gives.
void TestHelpedView::manyPeopleArriveInBatchesInOrder()
{
    test::TempNotebook notebook;
    const int people = HelpedModel::batchSize * 2 + 17;
    auto written = notebook->writeInBulk(people, [&](BulkWriter &writer) -> Status {
        for (int i = 0; i < people; ++i) {
            Contact contact;
            contact.name = u"Person %1"_s.arg(i);
            auto id = writer.addContact(contact);
            if (!id)
                return id.error();
            Interaction chat;
            chat.date = QDate(2026, 11, 23).addDays(-(i % 25));
            chat.direction = Direction::Gave;
            chat.participants = {{*id, {}}};
            if (auto logged = writer.addInteraction(chat); !logged)
                return logged.error();
        }
        return {};
    });
    QVERIFY(written.ok());
    HelpedModel model(*notebook.notebook);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &HelpedModel::loaded);
    QSignalSpy inserted(&model, &HelpedModel::rowsInserted);
    model.setPaused(false);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), people);
    QCOMPARE(inserted.size(), 2); // the first batch resets the model, two more are appended
    auto expected = notebook->helped(notebook->today(), 30);
    QVERIFY(expected.ok());
    for (int row = 0; row < people; ++row)
        QCOMPARE(model.contactId(row), expected->at(row).contactId);
}

QTEST_MAIN(TestHelpedView)
#include "tst_helpedview.moc"
