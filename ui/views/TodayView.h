#pragma once

#include "views/TodayDelegate.h"

#include <QDate>
#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace tend {
class Notebook;
struct DueItem;
}

namespace tend::gui {

class NotebookCommand;
class TodayModel;

// The start page: what is overdue, due today, lapsed keep-in-touch cadences and the week ahead.
// Done / Snooze / Log / Open work with the mouse (row buttons, context menu) and the keyboard
// (D, S, L, Enter on the selected row). On the practice's rows Done takes the step the row stands
// for (an ask done or answered, the next step of an introduction, advice reported back) and X
// says the person declined; each is undoable.
class TodayView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayView)
public:
    TodayView(Notebook &notebook, QUndoStack *undoStack, QWidget *parent = nullptr);

    TodayModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }

    // The actions on the selected row (also used by tests).
    void completeSelected();
    void snoozeSelected(int days);
    void snoozeSelectedUntil(QDate date);
    void dismissSelected();
    // An introduction's party said no, or an ask someone made of the user is declined.
    void declineSelected();

signals:
    void openContactRequested(qint64 contactId);
    // contactId 0: nobody in particular; followUpId: the follow-up whose "Log" it was, or 0.
    void logInteractionRequested(qint64 contactId, qint64 followUpId);
    void statusMessage(const QString &message);

private:
    const DueItem *selectedItem() const;
    // The undoable step a practice row stands for (null when it has none, or it could not be read).
    NotebookCommand *practiceStep(const DueItem &item, bool declined);
    static bool canDecline(const DueItem &item);
    void onDelegateAction(const QModelIndex &index, TodayDelegate::Action action, const QPoint &anchor);
    void showSnoozeMenu(const QPoint &globalPosition);
    void showContextMenu(const QPoint &position);
    void pickSnoozeDate();
    void updatePage();
    void restoreSelection();

    Notebook &m_notebook;
    QUndoStack *m_undoStack;
    TodayModel *m_model;
    QLabel *m_title;
    QStackedWidget *m_pages;
    QListView *m_list;
    TodayDelegate *m_delegate;
    QAction *m_doneAction;
    QAction *m_snoozeAction;
    QAction *m_logAction;
    QAction *m_openAction;
    QAction *m_dismissAction;
    QAction *m_declineAction;
    int m_rowBeforeReload = -1;
};

} // namespace tend::gui
