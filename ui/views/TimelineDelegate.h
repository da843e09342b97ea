#pragma once

#include "views/RowButtons.h"

#include <QStyledItemDelegate>

namespace tend::gui {

// Draws a timeline entry: date, title, summary and detail lines (agenda, notes, others present),
// with Done and Snooze buttons on open reminders. Plain text only.
class TimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineDelegate)
public:
    enum class Action { Done, Snooze };
    explicit TimelineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

signals:
    void actionRequested(const QModelIndex &index, tend::gui::TimelineDelegate::Action action, const QPoint &anchor);

private:
    int dateColumnWidth(const QStyleOptionViewItem &option) const;
    QRect detailsRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    RowButtons m_buttons;
};

} // namespace tend::gui
