#include "TestSupport.h"

#include "models/InsightsModel.h"
#include "views/InsightsView.h"
#include "views/RoleCard.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QStackedBarSeries>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

class TestInsightsView : public QObject
{
    Q_OBJECT
private slots:
    void callsOutTheMissingSponsorUntilOneIsSeen();
    void loadsOnlyWhileOnScreen();
    void chartsShowTwelveMonths();
    void chartsFollowThePalette();
};

static void log(Notebook &notebook, qint64 id, QDate date, Direction direction = Direction::Mutual)
{
    Interaction chat;
    chat.date = date;
    chat.participants = {{id, {}}};
    chat.direction = direction;
    QVERIFY(notebook.logInteraction(chat, FollowUpChoice::none()));
}

static QList<QBarSet *> barSets(QChartView *view)
{
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
    return series ? series->barSets() : QList<QBarSet *>{};
}

static QStringList categories(QChartView *view)
{
    const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Horizontal);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    return axis ? axis->categories() : QStringList{};
}

void TestInsightsView::callsOutTheMissingSponsorUntilOneIsSeen()
{
    test::TempNotebook notebook;
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada"_s, {Role::Mentor});
    const qint64 alan = test::addContact(*notebook.notebook, u"Alan"_s, {Role::Sponsor});
    log(*notebook.notebook, ada, QDate(2026, 11, 10));
    log(*notebook.notebook, alan, QDate(2026, 3, 1)); // long before the last 90 days

    InsightsView view(*notebook.notebook);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(view.model(), &InsightsModel::loaded);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!loaded.isEmpty() || loaded.wait(10000)); // computed on the notebook's worker
    QCOMPARE(view.model()->rowCount(), 12);
    QCOMPARE(view.model()->columnCount(), InsightsModel::ColumnCount);
    QCOMPARE(view.calloutsLabel()->textFormat(), Qt::PlainText);
    QCOMPARE(view.calloutsLabel()->text(),
             u"No active sponsor: nothing logged with your sponsor in the last 90 days."_s);
    QVERIFY(view.roleCard(Role::Sponsor)->isCalledOut());
    QCOMPARE(view.roleCard(Role::Sponsor)->countText(), u"0 active of 1"_s);
    QVERIFY(!view.roleCard(Role::Mentor)->isCalledOut());
    QCOMPARE(view.roleCard(Role::Mentor)->countText(), u"1 active of 1"_s);
    QVERIFY(!view.roleCard(Role::Coach)->isCalledOut()); // nobody, but not called out
    QCOMPARE(view.roleCard(Role::Coach)->countText(), u"nobody yet"_s);

    const int sponsorColumn = InsightsModel::column(Role::Sponsor);
    QCOMPARE(barSets(view.roleChart()).at(sponsorColumn)->at(11), 0.0);

    loaded.clear();
    log(*notebook.notebook, alan, QDate(2026, 11, 23), Direction::Received);
    QVERIFY(loaded.wait(10000));

    QVERIFY(!view.calloutsLabel()->text().contains(u"No active sponsor"_s));
    QVERIFY(!view.roleCard(Role::Sponsor)->isCalledOut());
    QCOMPARE(view.roleCard(Role::Sponsor)->countText(), u"1 active of 1"_s);
    QCOMPARE(view.model()->index(11, sponsorColumn).data().toInt(), 1);
    QCOMPARE(barSets(view.roleChart()).at(sponsorColumn)->at(11), 1.0);
    QCOMPARE(barSets(view.balanceChart()).at(1)->at(11), 2.0); // November: Ada (mutual) and Alan
}

void TestInsightsView::loadsOnlyWhileOnScreen()
{
    test::TempNotebook notebook;
    const qint64 alan = test::addContact(*notebook.notebook, u"Alan"_s, {Role::Sponsor});
    InsightsView view(*notebook.notebook);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(view.model(), &InsightsModel::loaded);
    QCOMPARE(view.model()->rowCount(), 0); // never shown: nothing asked of the database
    QVERIFY(view.calloutsLabel()->text().isEmpty());
    QVERIFY(!view.model()->isLoading());

    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!loaded.isEmpty() || loaded.wait(10000));
    QCOMPARE(view.model()->rowCount(), 12);
    QVERIFY(view.calloutsLabel()->text().startsWith(u"No active sponsor"_s));

    view.hide();
    loaded.clear();
    log(*notebook.notebook, alan, QDate(2026, 11, 20));
    QVERIFY(!view.model()->isLoading()); // stale while hidden: nothing runs…
    QVERIFY(view.roleCard(Role::Sponsor)->isCalledOut());
    QVERIFY(loaded.isEmpty());
    view.show();
    QVERIFY(loaded.wait(10000)); // …and it reloads once on screen
    QCOMPARE(loaded.size(), 1);
    QVERIFY(!view.roleCard(Role::Sponsor)->isCalledOut());
    QCOMPARE(view.roleCard(Role::Sponsor)->countText(), u"1 active of 1"_s);
}

void TestInsightsView::chartsShowTwelveMonths()
{
    test::TempNotebook notebook;
    InsightsView view(*notebook.notebook);
    QSignalSpy loaded(view.model(), &InsightsModel::loaded);
    view.resize(900, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!loaded.isEmpty() || loaded.wait(10000));

    for (QChartView *chart : {view.roleChart(), view.balanceChart()}) {
        QVERIFY(!chart->accessibleName().isEmpty());
        QVERIFY(!chart->accessibleDescription().isEmpty());
        QCOMPARE(chart->focusPolicy(), Qt::StrongFocus);
        const QStringList months = categories(chart);
        QCOMPARE(months.size(), 12);
        QCOMPARE(QSet<QString>(months.cbegin(), months.cend()).size(), 12);
        for (QBarSet *set : barSets(chart))
            QCOMPARE(set->count(), 12);
    }
    QVERIFY(qobject_cast<QStackedBarSeries *>(view.roleChart()->chart()->series().value(0)));
    QCOMPARE(barSets(view.roleChart()).size(), allRoles().size());
    QCOMPARE(barSets(view.balanceChart()).size(), 2);
    QCOMPARE(view.roleChart()->chart()->legend()->isVisible(), true);
    // An empty notebook asks for a sponsor and a mentor.
    QVERIFY(view.calloutsLabel()->text().startsWith(u"No active sponsor"_s));
    QVERIFY(view.calloutsLabel()->text().contains(u"\nNo active mentor"_s));

    // Tab moves between the charts.
    view.roleChart()->setFocus();
    QTRY_VERIFY(view.roleChart()->hasFocus());
    QTest::keyClick(view.roleChart(), Qt::Key_Tab);
    QTRY_VERIFY(view.balanceChart()->hasFocus());
}

void TestInsightsView::chartsFollowThePalette()
{
    test::TempNotebook notebook;
    InsightsView view(*notebook.notebook);
    const auto backgroundMatches = [&view] {
        const QColor window = view.palette().color(QPalette::Window);
        for (QChartView *chart : {view.roleChart(), view.balanceChart()})
            if (chart->chart()->backgroundBrush().color() != window)
                return false;
        return true;
    };
    QVERIFY(backgroundMatches());

    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    view.setPalette(dark);
    QVERIFY(backgroundMatches());
    QCOMPARE(view.roleChart()->chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(view.roleChart()->chart()->legend()->labelColor(), QColor(0xe6, 0xe6, 0xe6));
    const QList<QBarSet *> roles = barSets(view.roleChart());
    QCOMPARE(QSet<QRgb>({roles[0]->color().rgb(), roles[1]->color().rgb(), roles[2]->color().rgb(),
                         roles[3]->color().rgb(), roles[4]->color().rgb()})
                 .size(),
             5);
}

QTEST_MAIN(TestInsightsView)
#include "tst_insightsview.moc"
