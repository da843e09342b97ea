#include "commands/NotebookCommand.h"

#include "dialogs/ErrorDialog.h"

#include <QApplication>
#include <QUndoStack>

namespace tend::gui {

NotebookCommand::NotebookCommand(Notebook &notebook, const QString &text)
    : QUndoCommand(text), m_notebook(notebook)
{
}

bool NotebookCommand::execute(QUndoStack *stack, NotebookCommand *command, QWidget *parent)
{
    const Status applied = command->apply();
    if (!applied) {
        ErrorDialog::show(parent,
                          QApplication::translate("tend::gui::NotebookCommand", "Could not carry out “%1”.")
                              .arg(command->text()),
                          applied.error());
        delete command;
        return false;
    }
    command->m_applied = true; // QUndoStack::push calls redo(), which must not apply it twice
    stack->push(command);
    return true;
}

void NotebookCommand::pushDone(QUndoStack *stack, NotebookCommand *command)
{
    command->m_applied = true;
    stack->push(command);
}

void NotebookCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    report(apply(), false);
}

void NotebookCommand::undo()
{
    report(revert(), true);
}

void NotebookCommand::report(const Status &status, bool undoing)
{
    m_succeeded = status.ok();
    if (status)
        return;
    const QString what = undoing ? QApplication::translate("tend::gui::NotebookCommand", "Could not undo “%1”.")
                                 : QApplication::translate("tend::gui::NotebookCommand", "Could not redo “%1”.");
    ErrorDialog::show(QApplication::activeWindow(), what.arg(text()), status.error());
}

} // namespace tend::gui
