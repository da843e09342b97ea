#pragma once

#include "util/Result.h"

#include <QUndoCommand>

class QUndoStack;
class QWidget;

namespace tend {
class Notebook;
}

namespace tend::gui {

// A user action on the notebook that can be undone. Subclasses implement apply() and revert();
// execute() applies the action once and pushes it only when it succeeded, so the undo stack never
// holds an action that did not happen.
class NotebookCommand : public QUndoCommand
{
public:
    explicit NotebookCommand(Notebook &notebook, const QString &text);

    // Applies `command`; on success pushes it onto `stack` (which takes it) and returns true; on
    // failure explains the error in a dialog over `parent`, deletes the command and returns false.
    static bool execute(QUndoStack *stack, NotebookCommand *command, QWidget *parent);
    // Pushes `command` for an action that already happened elsewhere (an import on a worker
    // thread): the push does not apply it again.
    static void pushDone(QUndoStack *stack, NotebookCommand *command);

    void redo() final;
    void undo() final;
    // Whether the last redo or undo was carried out (a failure was explained in a dialog).
    bool succeeded() const { return m_succeeded; }

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    Notebook &notebook() const { return m_notebook; }

private:
    void report(const Status &status, bool undoing);

    Notebook &m_notebook;
    bool m_applied = false;
    bool m_succeeded = true;
};

} // namespace tend::gui
