#pragma once

#include <QListView>

namespace tend::gui {

// A list whose headings are rows that cannot be selected (Today's "Overdue", "Due today"…).
// Home, End, Page Up and Page Down land on the nearest item instead of stopping at a heading.
class HeadedListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadedListView)
public:
    using QListView::QListView;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

private:
    QModelIndex nearestEnabled(int row, int step) const;
};

} // namespace tend::gui
