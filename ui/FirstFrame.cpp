#include "FirstFrame.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace tend::gui {
namespace {

class ExposeWatcher final : public QObject
{
public:
    ExposeWatcher(QWindow *window, std::function<void()> then) : QObject(window), m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = static_cast<QWindow *>(watched);
        if (event->type() == QEvent::Expose && window->isExposed() && !m_done) {
            m_done = true;
            // After this expose is handled (and painted), not in the middle of it.
            QTimer::singleShot(0, window, m_then);
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_then;
    bool m_done = false;
};

} // namespace

void afterFirstFrame(QWidget &window, std::function<void()> then)
{
    window.winId(); // creates the native window, so there is one to watch before show()
    new ExposeWatcher(window.windowHandle(), std::move(then));
}

} // namespace tend::gui
