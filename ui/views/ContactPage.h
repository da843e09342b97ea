#pragma once

#include "model/Contact.h"
#include "views/TimelineDelegate.h"

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QPushButton;
class QUndoStack;

namespace tend {
class Notebook;
}

namespace tend::gui {

class LogInteractionDialog;
class PracticePanel;
class TimelineModel;

// One person: who they are, the give/receive balance and their timeline, newest first.
class ContactPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPage)
public:
    ContactPage(Notebook &notebook, QUndoStack *undoStack, QWidget *parent = nullptr);

    void showContact(qint64 contactId);
    qint64 contactId() const { return m_contact.id; }
    bool isArchived() const { return m_contact.archived; }
    QString emptyTimelineText() const;
    const Contact &contact() const { return m_contact; }
    TimelineModel *timelineModel() const { return m_timeline; }
    QListView *timelineView() const { return m_timelineView; }
    QLabel *nameLabel() const { return m_name; }
    QLabel *metLine() const { return m_metLine; }
    QLabel *datesLine() const { return m_datesLine; }
    // The contact's photo beside the name, a small rounded square; hidden when they have none.
    QLabel *photoLabel() const { return m_photo; }
    // The person's open asks, introductions and advice, as the page shows them beside the timeline.
    QString practiceText() const;
    PracticePanel *practicePanel() const { return m_practice; }

    void deleteContact();
    void toggleArchived();
    // Double-click, Enter or "Edit…" on an interaction of the timeline: the log dialog in edit
    // mode, already open (window-modal); none on a follow-up.
    LogInteractionDialog *editCurrentInteraction();

signals:
    void logInteractionRequested(qint64 contactId);
    void editContactRequested(qint64 contactId);
    void contactGone();
    void statusMessage(const QString &message);

private:
    void reload();
    void onTimelineAction(const QModelIndex &index, TimelineDelegate::Action action, const QPoint &anchor);
    void completeCurrentReminder();
    void snoozeCurrentReminder(const QPoint &anchor);
    void deleteCurrentInteraction();
    void showContextMenu(const QPoint &position);
    QLabel *makeLabel();
    void showPhoto();

    Notebook &m_notebook;
    QUndoStack *m_undoStack;
    Contact m_contact;
    TimelineModel *m_timeline;
    QLabel *m_photo;
    QLabel *m_name;
    QLabel *m_rolesLine;
    QLabel *m_contactLine;
    QLabel *m_metLine;
    QLabel *m_datesLine; // important dates, with ages
    QLabel *m_balance;
    QLabel *m_notes;
    PracticePanel *m_practice;
    QPushButton *m_archiveButton;
    QListView *m_timelineView;
    QLabel *m_emptyTimeline = nullptr; // what to do, while nothing is logged
};

} // namespace tend::gui
