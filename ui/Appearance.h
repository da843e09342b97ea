#pragma once

#include <QPalette>
#include <QProxyStyle>

namespace tend::gui::appearance {

enum class ColorScheme { Unknown, Light, Dark };

// What the desktop prefers: TEND_COLOR_SCHEME (light/dark) if set, else the XDG desktop portal's
// org.freedesktop.appearance color-scheme (GNOME, KDE and others answer it), else Unknown.
// Qt 6.4 does not read that setting itself.
ColorScheme desktopColorScheme();

// Follows `scheme`: a dark desktop gets a dark palette (Fusion) unless the platform theme already
// gave one. Dark palettes also get RingedStyle, so that unchecked radio buttons and check boxes keep
// a visible ring.
void follow(ColorScheme scheme);

QPalette darkPalette();

// Draws a ring around radio and check indicators where the style's own outline would vanish into
// a dark window (Fusion derives it from the window colour, darker still).
class RingedStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace tend::gui::appearance
