#include "Colors.h"

namespace tend::gui::colors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor overdue(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf2, 0x6d, 0x6d) : QColor(0xc6, 0x28, 0x28);
}

QColor dueToday(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf5, 0xb9, 0x42) : QColor(0xd9, 0x8a, 0x00);
}

QColor muted(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor((text.red() * 6 + base.red() * 4) / 10, (text.green() * 6 + base.green() * 4) / 10,
                  (text.blue() * 6 + base.blue() * 4) / 10);
}

} // namespace tend::gui::colors
