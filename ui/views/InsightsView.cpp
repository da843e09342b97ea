#include "views/InsightsView.h"

#include "ChartStyle.h"
#include "model/InsightCallouts.h"
#include "models/InsightsModel.h"
#include "views/RoleCard.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {

constexpr int chartMinimumHeight = 230;

// QGraphicsView hints at its scene's size, which follows the view: once the window has been tall,
// the page would stay that tall and scroll. A chart asks for its minimum and takes what is left.
class CompactChartView final : public QChartView
{
public:
    using QChartView::QChartView;
    QSize sizeHint() const override { return minimumSizeHint().expandedTo(QSize(480, chartMinimumHeight)); }
};

// "Dec", "Jan"…: short enough for a narrow window; the headings carry the years.
QStringList monthLabels(const Insights &insights)
{
    const QLocale locale;
    QStringList labels;
    for (const MonthActivity &activity : insights.months)
        labels.append(locale.standaloneMonthName(activity.month.month(), QLocale::ShortFormat));
    return labels;
}

QString fullMonth(QDate month)
{
    return QLocale().toString(month, u"MMMM yyyy"_s);
}

// "December 2025 – November 2026"
QString monthRange(const Insights &insights)
{
    if (insights.months.isEmpty())
        return {};
    return QString(fullMonth(insights.months.first().month) + u" – "_s + fullMonth(insights.months.last().month));
}

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

InsightsView::InsightsView(Notebook &notebook, QWidget *parent)
    : QWidget(parent), m_model(new InsightsModel(notebook, this)), m_callouts(new QLabel(this)),
      m_roleChart(createChart(tr("Interactions per month by role"))), m_roleSeries(new QStackedBarSeries(this)),
      m_roleMonths(new QBarCategoryAxis(this)), m_roleCounts(new QValueAxis(this)),
      m_balanceChart(createChart(tr("Gave and received per month"))), m_balanceSeries(new QBarSeries(this)),
      m_gave(new QBarSet(tr("Gave"), this)), m_received(new QBarSet(tr("Received"), this)),
      m_balanceMonths(new QBarCategoryAxis(this)), m_balanceCounts(new QValueAxis(this))
{
    auto *title = new QLabel(tr("Insights"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    title->setFont(titleFont);

    m_callouts->setTextFormat(Qt::PlainText);
    m_callouts->setWordWrap(true);
    m_callouts->setAccessibleName(tr("What stands out"));
    m_callouts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_callouts->setFocusPolicy(Qt::TabFocus);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(8);
    for (const Role role : allRoles()) {
        auto *card = new RoleCard(role, this);
        m_cards.insert(role, card);
        cards->addWidget(card, 1);
    }
    auto *activeNote = new QLabel(tr("Active: an interaction in the last %Ln day(s). Archived contacts are left out.",
                                     nullptr, Insights::activeDays),
                                  this);
    activeNote->setTextFormat(Qt::PlainText);
    activeNote->setWordWrap(true);
    activeNote->setForegroundRole(QPalette::PlaceholderText);

    for (const Role role : allRoles()) {
        auto *set = new QBarSet(displayName(role), this);
        m_roleSets.append(set);
        m_roleSeries->append(set);
    }
    m_roleChart->chart()->addSeries(m_roleSeries);
    attachAxes(m_roleChart, m_roleMonths, m_roleCounts);
    m_balanceSeries->append(m_gave);
    m_balanceSeries->append(m_received);
    m_balanceChart->chart()->addSeries(m_balanceSeries);
    attachAxes(m_balanceChart, m_balanceMonths, m_balanceCounts);
    connect(m_roleSeries, &QAbstractBarSeries::hovered, this, &InsightsView::showBarToolTip);
    connect(m_balanceSeries, &QAbstractBarSeries::hovered, this, &InsightsView::showBarToolTip);

    auto *content = new QWidget;
    m_roleHeading = heading(content);
    m_balanceHeading = heading(content);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(title);
    layout->addWidget(m_callouts);
    layout->addSpacing(6);
    layout->addLayout(cards);
    layout->addWidget(activeNote);
    layout->addSpacing(10);
    layout->addWidget(m_roleHeading);
    layout->addWidget(m_roleChart, 3);
    layout->addSpacing(6);
    layout->addWidget(m_balanceHeading);
    layout->addWidget(m_balanceChart, 2);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setFocusProxy(m_roleChart);
    setTabOrder(m_callouts, m_roleChart);
    setTabOrder(m_roleChart, m_balanceChart);

    connect(m_model, &InsightsModel::modelReset, this, &InsightsView::refresh);
    applyStyle();
    refresh();
}

QChartView *InsightsView::createChart(const QString &name)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new CompactChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumHeight(chartMinimumHeight);
    view->setFocusPolicy(Qt::StrongFocus);
    view->setAccessibleName(name);
    return view;
}

void InsightsView::attachAxes(QChartView *view, QBarCategoryAxis *months, QValueAxis *counts)
{
    QChart *chart = view->chart();
    chart->addAxis(months, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(months);
        series->attachAxis(counts);
    }
    months->setGridLineVisible(false);
}

void InsightsView::refresh()
{
    const Insights &insights = m_model->insights();
    const QStringList callouts = m_model->callouts();
    if (insights.months.isEmpty()) // not loaded yet, or the load failed (MainWindow says so)
        m_callouts->clear();
    else if (callouts.isEmpty())
        m_callouts->setText(tr("Nothing stands out: sponsors and mentors are active, and give and take are in "
                               "balance over the last %Ln day(s).",
                               nullptr, Insights::activeDays));
    else
        m_callouts->setText(callouts.join(u'\n'));

    for (const RoleActivity &activity : insights.roles)
        if (RoleCard *card = m_cards.value(activity.role))
            card->setActivity(activity, lacksActiveContact(activity));

    const QString range = monthRange(insights);
    m_roleHeading->setText(tr("Interactions per month by role · %1").arg(range));
    m_balanceHeading->setText(tr("Gave and received per month · %1").arg(range));

    const QStringList labels = monthLabels(insights);
    const QList<Role> roles = allRoles();
    int tallestStack = 0;
    int tallestBar = 0;
    QStringList roleSummary;
    QStringList balanceSummary;
    for (QBarSet *set : m_roleSets)
        set->remove(0, set->count());
    m_gave->remove(0, m_gave->count());
    m_received->remove(0, m_received->count());
    for (const MonthActivity &month : insights.months) {
        int stack = 0;
        QStringList parts;
        for (int index = 0; index < roles.size(); ++index) {
            const int count = month.interactions(roles[index]);
            m_roleSets[index]->append(count);
            stack += count;
            if (count > 0)
                parts.append(u"%1 %2"_s.arg(displayName(roles[index])).arg(count));
        }
        m_gave->append(month.gave);
        m_received->append(month.received);
        tallestStack = std::max(tallestStack, stack);
        tallestBar = std::max({tallestBar, month.gave, month.received});
        roleSummary.append(tr("%1: %2").arg(fullMonth(month.month), parts.isEmpty() ? tr("none") : parts.join(u", "_s)));
        balanceSummary.append(tr("%1: gave %2, received %3").arg(fullMonth(month.month)).arg(month.gave).arg(month.received));
    }
    for (QBarCategoryAxis *axis : {m_roleMonths, m_balanceMonths}) {
        axis->clear();
        axis->append(labels);
    }
    charts::setCountRange(m_roleCounts, tallestStack);
    charts::setCountRange(m_balanceCounts, tallestBar);
    m_roleChart->setAccessibleDescription(roleSummary.join(u"; "_s));
    m_balanceChart->setAccessibleDescription(balanceSummary.join(u"; "_s));
}

void InsightsView::applyStyle()
{
    const QPalette colours = palette();
    charts::applyPalette(m_roleChart, colours);
    charts::applyPalette(m_balanceChart, colours);
    for (int index = 0; index < m_roleSets.size(); ++index) {
        m_roleSets[index]->setColor(charts::seriesColor(colours, index, int(m_roleSets.size())));
        m_roleSets[index]->setBorderColor(colours.color(QPalette::Window));
    }
    m_gave->setColor(charts::seriesColor(colours, 0, 2));
    m_received->setColor(charts::seriesColor(colours, 1, 2));
    for (QBarSet *set : {m_gave, m_received})
        set->setBorderColor(Qt::transparent);
}

void InsightsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyStyle();
}

void InsightsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setPaused(false);
}

void InsightsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setPaused(true);
}

void InsightsView::showBarToolTip(bool hovering, int month, QBarSet *set)
{
    if (!hovering || month < 0 || month >= m_model->insights().months.size()) {
        QToolTip::hideText();
        return;
    }
    const QDate first = m_model->insights().months[month].month;
    QToolTip::showText(QCursor::pos(), tr("%1 · %2: %3").arg(set->label(), fullMonth(first)).arg(int(set->at(month))));
}

} // namespace tend::gui
