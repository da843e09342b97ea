#pragma once

#include <QDir>
#include <QObject>

namespace tend::gui {

class MainWindow;

// For scripts/screenshots.sh: when TEND_SCREENSHOT_DIR is set, walks through Today, Contacts,
// a contact page, the log dialog, Helped lately, the edit dialog and Insights, saves a PNG of the
// screen for each, and quits.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)
public:
    ScreenshotTour(MainWindow &window, const QString &folder, QObject *parent = nullptr);
    void start();

    // A dark desktop's palette (Fusion style), to look at the views as a dark-theme user sees them.

private:
    void step();
    void save(const QString &name);

    MainWindow &m_window;
    QDir m_folder;
    int m_step = 0;
    QWidget *m_dialog = nullptr;
};

} // namespace tend::gui
