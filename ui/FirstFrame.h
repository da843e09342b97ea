#pragma once

#include <QObject>

#include <functional>

namespace tend::gui {

class MainWindow;

// Calls `then` once, after the first frame of `window` that shows the notebook is on screen: its
// native window was exposed and painted (Qt paints an exposed widget before the expose event
// returns) and Today's first rows, read on the notebook's worker, are in (what its screen shows:
// TodayModel::firstRowsLoaded); when they come last, the window is painted again with them first. The other pages show what they read as it arrives.
// `tend --exit-after-startup` quits there, which is how start-up is measured (docs/performance.md).
void afterFirstFrame(MainWindow &window, std::function<void()> then);

} // namespace tend::gui
