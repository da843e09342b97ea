#pragma once

#include "DueDigest.h"

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace tend {
class Notebook;
}

namespace tend::gui {

// The tray icon (where the platform has one): a tooltip with what is due, a small menu, and one
// digest notification when follow-ups become due while Tend runs — checked at start-up (silently),
// after local midnight and when the notebook changes from outside.
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)
public:
    TrayNotifier(Notebook &notebook, QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool isAvailable() const { return m_tray != nullptr; }
    QMenu *menu() const { return m_menu; }
    // Looks for newly due items and shows one digest for them.
    void check();

signals:
    void showWindowRequested();

private:
    QList<DueItem> dueNow() const;
    void updateToolTip(const QList<DueItem> &due);

    Notebook &m_notebook;
    DueDigest m_digest;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace tend::gui
