#pragma once

#include "views/RowButtons.h"

#include <QStyledItemDelegate>

namespace tend::gui {

// Draws a Today row: an urgency accent bar, the person and their roles, the reason and when it
// is due, and — on the hovered or selected row — Done, Snooze, Log and Open buttons.
// All text is drawn as plain text.
class TodayDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayDelegate)
public:
    enum class Action { Done, Snooze, Log, Open };

    explicit TodayDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

signals:
    // `anchor` is where a menu for the action should open, in global coordinates.
    void actionRequested(const QModelIndex &index, tend::gui::TodayDelegate::Action action, const QPoint &anchor);

private:
    int buttonTop(const QStyleOptionViewItem &option) const;
    RowButtons m_buttons;
};

} // namespace tend::gui
