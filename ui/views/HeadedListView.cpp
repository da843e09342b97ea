#include "views/HeadedListView.h"

namespace tend::gui {

QModelIndex HeadedListView::nearestEnabled(int row, int step) const
{
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    for (int at = row; at >= 0 && at < rows; at += step) {
        const QModelIndex index = model()->index(at, modelColumn(), rootIndex());
        if (index.flags() & Qt::ItemIsEnabled)
            return index;
    }
    return {};
}

QModelIndex HeadedListView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    switch (cursorAction) {
    case MoveHome:
        return nearestEnabled(0, +1);
    case MoveEnd:
        return nearestEnabled(rows - 1, -1);
    case MovePageUp:
    case MovePageDown: {
        const QModelIndex moved = QListView::moveCursor(cursorAction, modifiers);
        if (!moved.isValid() || (moved.flags() & Qt::ItemIsEnabled))
            return moved;
        const int step = cursorAction == MovePageDown ? +1 : -1;
        const QModelIndex ahead = nearestEnabled(moved.row(), step);
        return ahead.isValid() ? ahead : nearestEnabled(moved.row(), -step);
    }
    default:
        return QListView::moveCursor(cursorAction, modifiers);
    }
}

} // namespace tend::gui
