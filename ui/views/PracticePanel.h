#pragma once

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QListWidget;
class QUndoStack;

namespace tend {
class Notebook;
}

namespace tend::gui {

class NotebookCommand;

// A contact's asks still open, the introductions made for them, those they made for the user, and
// the advice they gave, one row each. A row takes its next steps from its context menu; Enter or
// a double-click takes the first ("Mark done", "Acted on…", "Reported back", the introduction's
// next step). Every step is an undoable command.
class PracticePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticePanel)
public:
    PracticePanel(Notebook &notebook, QUndoStack *undoStack, QWidget *parent = nullptr);

    void showContact(qint64 contactId);
    QListWidget *list() const { return m_list; }
    // The rows as the user reads them, one a line; empty when there is nothing to show.
    QString text() const;
    // The labels of the steps row `row` offers, first the one Enter takes.
    QStringList stepsOf(int row) const;
    // Takes step `step` of row `row`; a step that asks what came of acting on advice takes
    // `outcome` instead of asking (the window asks). False when nothing happened.
    bool takeStep(int row, int step, const QString &outcome = {});

signals:
    void statusMessage(const QString &message);

private:
    struct Step
    {
        QString label;
        bool asksForOutcome = false;
        std::function<NotebookCommand *(const QString &outcome)> command;
    };
    void addRow(const QString &text, std::vector<Step> steps);
    void addAsks();
    void addIntroductionsMade();
    void addIntroductionsReceived();
    void addAdvice();
    void takeStepInteractively(int row, int step);
    void showContextMenu(const QPoint &position);

    Notebook &m_notebook;
    QUndoStack *m_undoStack;
    qint64 m_contactId = 0;
    QLabel *m_title;
    QListWidget *m_list;
    std::vector<std::vector<Step>> m_steps; // per row
};

} // namespace tend::gui
