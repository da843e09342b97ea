#pragma once

#include <QList>
#include <QRect>
#include <QString>
#include <QStyleOptionViewItem>

class QPainter;

namespace tend::gui {

// Push buttons drawn by an item delegate inside a row and hit-tested by it: native-looking
// actions on every row without creating a widget per row.
class RowButtons final
{
public:
    explicit RowButtons(QStringList labels) : m_labels(std::move(labels)) {}

    // The buttons' rectangles, right-aligned on the line that starts at `top` inside `row`.
    QList<QRect> layout(const QStyleOptionViewItem &option, const QRect &row, int top) const;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QRect &row, int top, int pressed = -1) const;
    // The button under `position`, or -1.
    int hitTest(const QStyleOptionViewItem &option, const QRect &row, int top, const QPoint &position) const;
    static int height(const QStyleOptionViewItem &option);
    int totalWidth(const QStyleOptionViewItem &option) const;

private:
    QStringList m_labels;
};

} // namespace tend::gui
