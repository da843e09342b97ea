#pragma once

#include "views/RowButtons.h"

#include <QStyledItemDelegate>

namespace tend::gui {

// Draws a Today row: an urgency accent bar, the person and their roles, the reason and when it
// is due, and — on the hovered or selected row — Done, Snooze, Log and Open buttons (Log and
// Open for the practice's rows, whose state changes where they come from; Open for meetings).
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
    const RowButtons &buttonsFor(const QModelIndex &index) const;
    Action actionFor(const QModelIndex &index, int button) const;
    RowButtons m_buttons;
    RowButtons m_practiceButtons; // an ask, introduction or thank-you: Log and Open
    RowButtons m_meetingButtons;  // a planned meeting: Open
};

} // namespace tend::gui
