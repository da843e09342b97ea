#include "TestSupport.h"

#include "models/HelpedModel.h"
#include "views/HelpedView.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

class TestHelpedView : public QObject
{
    Q_OBJECT
private slots:
    void mostRecentGiveFirstAndPeriodSwitch();
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

    view.setPeriod(365);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(2, HelpedModel::NameColumn).data().toString(), u"Alan"_s);
}

QTEST_MAIN(TestHelpedView)
#include "tst_helpedview.moc"
