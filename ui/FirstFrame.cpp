#include "FirstFrame.h"

#include "MainWindow.h"
#include "models/TodayModel.h"
#include "views/TodayView.h"

#include <QEvent>
#include <QTimer>
#include <QWindow>

namespace tend::gui {
namespace {

class FirstFrameWatcher final : public QObject
{
public:
    FirstFrameWatcher(MainWindow &window, std::function<void()> then)
        : QObject(&window), m_window(window), m_then(std::move(then))
    {
        window.windowHandle()->installEventFilter(this);
        const TodayModel *today = window.todayView()->model();
        m_loaded = today->hasFirstRows();
        if (!m_loaded) {
            connect(today, &TodayModel::firstRowsLoaded, this, [this] {
                m_loaded = true;
                if (m_exposed) {
                    m_window.repaint(); // the frame with Today's rows, now rather than at the next update
                    finish();
                }
            }, Qt::SingleShotConnection);
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = static_cast<QWindow *>(watched);
        if (event->type() == QEvent::Expose && window->isExposed() && !m_exposed) {
            m_exposed = true;
            window->removeEventFilter(this);
            if (m_loaded)
                finish();
        }
        return false;
    }

private:
    void finish()
    {
        // After this expose or paint is handled, not in the middle of it.
        QTimer::singleShot(0, &m_window, m_then);
        deleteLater();
    }

    MainWindow &m_window;
    std::function<void()> m_then;
    bool m_exposed = false;
    bool m_loaded = false;
};

} // namespace

void afterFirstFrame(MainWindow &window, std::function<void()> then)
{
    window.winId(); // creates the native window, so there is one to watch before show()
    new FirstFrameWatcher(window, std::move(then));
}

} // namespace tend::gui
