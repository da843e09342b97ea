#include "views/SnoozeMenu.h"

namespace tend::gui {

SnoozeMenu::SnoozeMenu(QWidget *parent)
    : QMenu(tr("&Snooze"), parent)
{
    addAction(tr("&Tomorrow"), this, [this] { emit snoozeForDays(1); });
    addAction(tr("In &3 days"), this, [this] { emit snoozeForDays(3); });
    addAction(tr("&Next week"), this, [this] { emit snoozeForDays(7); });
    addSeparator();
    addAction(tr("&Pick a date…"), this, [this] { emit pickDateRequested(); });
}

} // namespace tend::gui
