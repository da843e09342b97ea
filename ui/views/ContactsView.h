#pragma once

#include "model/Vocabulary.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace tend {
class Notebook;
}

namespace tend::gui {

class ContactTableModel;

// The contact list: search as you type, role filters, "Losing touch", archived on request.
// Enter or double-click opens a contact; several can be archived at once.
class ContactsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsView)
public:
    ContactsView(Notebook &notebook, QUndoStack *undoStack, QWidget *parent = nullptr);

    ContactTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    // "12 of 250 contacts shown" under the list while a filter is on; "250 contacts" without.
    QString shownText() const;
    QToolButton *roleButton(Role role) const { return m_roleButtons.value(role); }
    QToolButton *losingTouchButton() const { return m_losingTouch; }
    void focusSearch();
    QList<qint64> selectedContactIds() const;
    void archiveSelected();
    // Tags or untags every selected contact, in one undoable step.
    void tagSelected(const QString &tag);
    void untagSelected(const QString &tag);
    QComboBox *tagFilter() const { return m_tagFilter; }
    QComboBox *metViaFilter() const { return m_metViaFilter; }
    // "Archive", "Unarchive" or "Archive 3 contacts", for the selection.
    QString archiveActionText() const;

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    void openContactRequested(qint64 contactId);
    void newContactRequested();
    void statusMessage(const QString &message);

private:
    void applyFilter();
    void updateShown();
    void fitColumns();
    void openCurrent();
    void showContextMenu(const QPoint &position);
    void reloadTagFilter();
    QString selectionLabel() const;

    Notebook &m_notebook;
    QUndoStack *m_undoStack;
    ContactTableModel *m_model;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QMap<Role, QToolButton *> m_roleButtons;
    QToolButton *m_losingTouch;
    QCheckBox *m_showArchived;
    QComboBox *m_tagFilter;    // "Any tag", then each tag
    QComboBox *m_metViaFilter; // "Met anywhere", then each way
    QTableView *m_table;
    QLabel *m_shown;
    struct EveryoneCount
    {
        bool includeArchived = false;
        int count = 0;
    };
    std::optional<EveryoneCount> m_everyone; // what "of N contacts" says, until the notebook changes
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace tend::gui
