#pragma once

#include "model/Vocabulary.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChartView;
class QLabel;
class QStackedBarSeries;
class QValueAxis;

namespace tend {
class Notebook;
}

namespace tend::gui {

class InsightsModel;
class RoleCard;

// "Insights": what stands out, active contacts per role, and twelve months of interactions by role
// (stacked bars) and of giving and receiving (bars side by side). Colours follow the palette.
// The figures load while the page is on screen (see InsightsModel).
class InsightsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsView)
public:
    explicit InsightsView(Notebook &notebook, QWidget *parent = nullptr);

    InsightsModel *model() const { return m_model; }
    QLabel *calloutsLabel() const { return m_callouts; }
    RoleCard *roleCard(Role role) const { return m_cards.value(role); }
    QChartView *roleChart() const { return m_roleChart; }
    QChartView *balanceChart() const { return m_balanceChart; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QChartView *createChart(const QString &name);
    void attachAxes(QChartView *view, QBarCategoryAxis *months, QValueAxis *counts);
    void refresh();
    void applyStyle();
    void showBarToolTip(bool hovering, int month, QBarSet *set);

    InsightsModel *m_model;
    QLabel *m_callouts;
    QHash<Role, RoleCard *> m_cards;
    QLabel *m_roleHeading = nullptr;
    QLabel *m_balanceHeading = nullptr;
    QChartView *m_roleChart;
    QStackedBarSeries *m_roleSeries;
    QList<QBarSet *> m_roleSets; // in allRoles() order
    QBarCategoryAxis *m_roleMonths;
    QValueAxis *m_roleCounts;
    QChartView *m_balanceChart;
    QBarSeries *m_balanceSeries;
    QBarSet *m_gave;
    QBarSet *m_received;
    QBarCategoryAxis *m_balanceMonths;
    QValueAxis *m_balanceCounts;
};

} // namespace tend::gui
