#pragma once

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QUndoStack;

namespace tend {
class Notebook;
}

namespace tend::gui {

// Contact ▸ Ask…: a request of one person (or theirs of me) with why it matters, the concrete
// action and a deadline. Beside the fields, the five SMART criteria (practice::smartHints) as a
// checklist that follows the typing: hints that help, never a reason to refuse. Saving goes
// through an undoable AskCommand.
class AskDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AskDialog)
public:
    AskDialog(Notebook &notebook, QUndoStack *undoStack, qint64 contactId, const QString &contactName,
              QWidget *parent = nullptr);

    qint64 askId() const { return m_askId; }
    // The checklist as shown: one line per criterion, "✓ Specific" or "○ Time-bound — Add a deadline…".
    QStringList checklist() const;

    void accept() override;

private:
    void updateChecklist();
    QDate deadline() const;

    Notebook &m_notebook;
    QUndoStack *m_undoStack;
    qint64 m_contactId;
    QString m_contactName;
    QRadioButton *m_mine;
    QRadioButton *m_theirs;
    QLineEdit *m_text;
    QPlainTextEdit *m_why;
    QLineEdit *m_action;
    QCheckBox *m_hasDeadline;
    QDateEdit *m_deadline;
    QList<QLabel *> m_criteria;
    QLabel *m_problem;
    qint64 m_askId = 0;
};

} // namespace tend::gui
