#pragma once

#include <QStyledItemDelegate>

namespace tend::gui {

// A navigation entry: the view's name, and its count right-aligned in the secondary colour.
class NavigationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationDelegate)
public:
    static constexpr int CountRole = Qt::UserRole + 1; // int; nothing is drawn when 0 or unset

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tend::gui
