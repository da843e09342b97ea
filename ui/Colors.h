#pragma once

#include <QColor>
#include <QPalette>

// The only colours Tend adds to the system palette: urgency accents, tuned for light and dark.
namespace tend::gui::colors {

bool isDark(const QPalette &palette);
QColor overdue(const QPalette &palette);  // red accent
QColor dueToday(const QPalette &palette); // amber accent
QColor muted(const QPalette &palette);    // secondary text, derived from the palette

} // namespace tend::gui::colors
