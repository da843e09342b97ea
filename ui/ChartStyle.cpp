#include "ChartStyle.h"

#include "Colors.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::gui::charts {
namespace {

constexpr int fallbackHue = 210; // a calm blue, for palettes whose highlight is grey
// Series hues stay out of 345°–15°, the reds, so no bar reads as the "overdue" accent.
constexpr int firstHue = 15;
constexpr int hueArc = 330;

// Halfway between two colours: grid lines that show without shouting.
QColor blend(const QColor &a, const QColor &b, double towardsB)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * towardsB),
                            float(a.greenF() + (b.greenF() - a.greenF()) * towardsB),
                            float(a.blueF() + (b.blueF() - a.blueF()) * towardsB));
}

} // namespace

void applyPalette(QChartView *view, const QPalette &palette)
{
    QChart *chart = view->chart();
    const QColor background = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    const QColor grid = blend(background, text, 0.15);
    const QColor axisLine = blend(background, text, 0.35);
    const QFont font = view->font();
    QFont titleFont = font;
    titleFont.setBold(true);

    chart->setTheme(colors::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setTitleBrush(text);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(font);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(font);
        axis->setLinePenColor(axisLine);
        axis->setGridLineColor(grid);
        axis->setShadesVisible(false);
    }
    view->setBackgroundBrush(background);
}

QColor seriesColor(const QPalette &palette, int index, int count)
{
    const int highlightHue = palette.color(QPalette::Highlight).hslHue();
    const int baseHue = highlightHue < 0 || palette.color(QPalette::Highlight).hslSaturation() < 40 ? fallbackHue
                                                                                                   : highlightHue;
    const int start = ((baseHue - firstHue) % 360 + 360) % 360 % hueArc;
    const int hue = firstHue + (start + index * hueArc / std::max(1, count)) % hueArc;
    return colors::isDark(palette) ? QColor::fromHsl(hue, 120, 150) : QColor::fromHsl(hue, 110, 135);
}

void setCountRange(QValueAxis *axis, int largest)
{
    // Steps of 1, 2, 5, 10, 20, 50… with at most five of them.
    int step = 1;
    for (int magnitude = 1; step * 5 < largest; magnitude *= 10) {
        for (const int factor : {1, 2, 5}) {
            step = factor * magnitude;
            if (step * 5 >= largest)
                break;
        }
    }
    const int top = std::max(4, (largest + step - 1) / step * step);
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    axis->setLabelFormat(u"%d"_s);
}

} // namespace tend::gui::charts
