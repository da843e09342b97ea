#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace tend::gui {

// Calls `then` once, after the first frame of `window` is on screen: its native window was exposed
// and painted (Qt paints an exposed widget before the expose event returns). The window's views
// load what they show before they are first shown, so that frame shows the notebook.
// `tend --exit-after-startup` quits there, which is how start-up is measured (docs/performance.md).
void afterFirstFrame(QWidget &window, std::function<void()> then);

} // namespace tend::gui
