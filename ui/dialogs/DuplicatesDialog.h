#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace tend {
class Notebook;
}

namespace tend::gui {

class DuplicatesModel;

// Contact ▸ Find Duplicates…: the pairs of contacts that may be one person, with why (plain
// text). Merge… asks the window to open the merge dialog for the selected pair; Not Duplicates
// dismisses it through an undoable command. The list follows every change to the notebook.
class DuplicatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesDialog)
public:
    DuplicatesDialog(Notebook &notebook, QUndoStack *undoStack, QWidget *parent = nullptr);

    DuplicatesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString statusText() const;
    void selectRow(int row);
    // The buttons' actions, on the selected pair.
    void mergeSelected();
    void dismissSelected();

signals:
    void mergeRequested(qint64 keepId, qint64 otherId);

private:
    void updateState();
    int selectedRow() const;

    Notebook &m_notebook;
    QUndoStack *m_undoStack;
    DuplicatesModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_merge;
    QPushButton *m_dismiss;
};

} // namespace tend::gui
