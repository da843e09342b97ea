#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QSpinBox;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace tend {
class Notebook;
}

namespace tend::gui {

// Contact ▸ Remind me…: a follow-up of one's own for one person, on a day, for a reason — what
// `tend remind` adds. Saving pushes an undoable command; Esc with a reason typed asks first.
class ReminderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderDialog)
public:
    ReminderDialog(Notebook &notebook, QUndoStack *undoStack, qint64 contactId, const QString &contactName,
                   QWidget *parent = nullptr);

    QDateEdit *dateField() const { return m_date; }
    QLineEdit *reasonField() const { return m_reason; }
    // The reminder added, after the dialog was accepted.
    qint64 reminderId() const { return m_reminderId; }
    QDate due() const;
    // How it repeats: "Once", or every N days, weeks, months or years.
    QComboBox *repeatBox() const { return m_repeat; }
    QSpinBox *everyBox() const { return m_every; }
    QCheckBox *fromCompletionBox() const { return m_fromCompletion; }

    void accept() override;
    void reject() override;

private:
    Notebook &m_notebook;
    QUndoStack *m_undoStack;
    qint64 m_contactId;
    QString m_contactName;
    qint64 m_reminderId = 0;
    QDateEdit *m_date;
    QLineEdit *m_reason;
    QComboBox *m_repeat;
    QSpinBox *m_every;
    QCheckBox *m_fromCompletion;
    QLabel *m_problem;
};

} // namespace tend::gui
