#pragma once

#include "DueDigest.h"

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace tend {
class Notebook;
}

namespace tend::gui {

class TodayModel;

// The tray icon (where the platform has one): a tooltip with what is due, a small menu, and one
// digest notification when follow-ups become due while Tend runs. It reports what Today's rows hold
// (the items due now, as the navigation count), checked each time Today has loaded: the first time
// silently, then after every change, from the window or outside, and after local midnight.
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)
public:
    TrayNotifier(Notebook &notebook, const TodayModel &today, QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool isAvailable() const { return m_tray != nullptr; }
    QMenu *menu() const { return m_menu; }
    // Looks for newly due items in Today's rows and shows one digest for them.
    void check();

signals:
    void showWindowRequested();

private:
    QList<DueItem> dueNow() const;
    void updateToolTip(const QList<DueItem> &due);

    Notebook &m_notebook;
    const TodayModel &m_today;
    DueDigest m_digest;
    bool m_remembered = false;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace tend::gui
