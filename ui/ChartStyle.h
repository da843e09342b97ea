#pragma once

#include <QColor>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QValueAxis;
QT_END_NAMESPACE

// Qt Charts dressed in the system palette: the window's background and text, quiet grid lines,
// series colours spread around the palette's highlight hue. Works for light and dark palettes.
namespace tend::gui::charts {

// The light or dark chart theme to match `palette`, then its colours and the widget's font on
// the background, title, axes and legend. Call again after a palette change; it resets the
// series colours, so set them afterwards.
void applyPalette(QChartView *view, const QPalette &palette);

// The colour of series `index` of `count`: hues evenly spaced from the highlight's (skipping the
// reds), soft enough to sit calmly next to text, distinct enough to tell apart.
QColor seriesColor(const QPalette &palette, int index, int count);

// A 0-based count axis ending on a round number at or above `largest` (at least 4, so an empty
// chart still has a scale), with whole-number ticks.
void setCountRange(QValueAxis *axis, int largest);

} // namespace tend::gui::charts
