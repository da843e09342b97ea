#pragma once

#include <QToolButton>

namespace tend::gui {

class SyncController;

// The status bar's word on sync: when it last went through, that it is running, or what is wrong.
// A click syncs now, or opens the conflicts when there are some. Hidden while sync is off.
class SyncIndicator final : public QToolButton
{
    Q_OBJECT
public:
    explicit SyncIndicator(SyncController &controller, QWidget *parent = nullptr);

signals:
    void conflictsRequested();

private:
    void update();

    SyncController &m_controller;
};

} // namespace tend::gui
