#pragma once

#include "views/RowButtons.h"

#include <QStyledItemDelegate>

namespace tend::gui {

// Draws a Today row: an urgency accent bar, the person and their roles, the reason and when it
// is due, and — on the hovered or selected row — its buttons: Done, Snooze, Log and Open for
// follow-ups, nudges and dates; for the practice's rows the step they stand for (Done, Answered,
// or Agreed and Declined for an introduction waiting on someone), Log and Open; Open for meetings.
// All text is drawn as plain text.
class TodayDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayDelegate)
public:
    enum class Action { Done, Snooze, Log, Open, Declined };

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
    struct ButtonSet
    {
        RowButtons buttons;
        QList<Action> actions; // one per button
    };
    const ButtonSet &buttonsFor(const QModelIndex &index) const;
    ButtonSet m_buttons;         // follow-ups, nudges, dates
    ButtonSet m_practiceButtons; // an ask's deadline, the next step of an introduction, a thank-you
    ButtonSet m_answerButtons;   // an answer owed
    ButtonSet m_chaseButtons;    // an introduction waiting for someone's answer
    ButtonSet m_meetingButtons;  // a planned meeting
};

} // namespace tend::gui
