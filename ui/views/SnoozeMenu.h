#pragma once

#include <QMenu>

namespace tend::gui {

// "Tomorrow / In 3 days / Next week / Pick a date…", the snooze choices everywhere in Tend.
class SnoozeMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnoozeMenu)
public:
    explicit SnoozeMenu(QWidget *parent = nullptr);

signals:
    void snoozeForDays(int days);
    void pickDateRequested();
};

} // namespace tend::gui
