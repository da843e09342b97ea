#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QUndoStack;

namespace tend {
class Notebook;
}

namespace tend::gui {

// Contacts ▸ Manage tags…: every tag with its number of contacts; Rename gives one a new name, and
// renaming into an existing tag merges the two (the dialog says so, no contact loses a tag). Each
// rename is one undoable step.
class TagManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagManagerDialog)
public:
    TagManagerDialog(Notebook &notebook, QUndoStack *undoStack, QWidget *parent = nullptr);

    QListWidget *tagList() const { return m_tags; }
    QLineEdit *newNameField() const { return m_newName; }
    QLabel *outcomeLabel() const { return m_outcome; }
    // Renames the selected tag to what the field holds; false when nothing was renamed.
    bool renameSelected();

private:
    void reload();

    Notebook &m_notebook;
    QUndoStack *m_undoStack;
    QListWidget *m_tags;
    QLineEdit *m_newName;
    QLabel *m_outcome;
};

} // namespace tend::gui
