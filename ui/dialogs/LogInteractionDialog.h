#pragma once

#include "model/Contact.h"
#include "model/Interaction.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QUndoStack;

namespace tend {
class Notebook;
}

namespace tend::gui {

class ContactPicker;

// Log a coffee chat (or call, intro…): who, when, who helped whom, what about, and when to follow
// up. Focus starts in "With"; Enter saves (Ctrl+Enter inside the notes). Logging closes the
// participants' due follow-ups; a checked "Mark … done" box names them, and unchecking it keeps
// them open. The same dialog edits a logged interaction. Esc or Cancel with unsaved text asks first.
class LogInteractionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogInteractionDialog)
public:
    LogInteractionDialog(Notebook &notebook, QUndoStack *undoStack, QWidget *parent = nullptr);
    // Edits `existing` (as Notebook::interaction returns it): no follow-up to schedule or close.
    LogInteractionDialog(Notebook &notebook, QUndoStack *undoStack, const Interaction &existing,
                         QWidget *parent = nullptr);

    void addParticipant(const ContactRef &person);
    QList<ContactRef> participants() const { return m_participants; }
    // Today's "Log" on a follow-up: logging closes that one too, even before it is due.
    void closeFollowUp(qint64 reminderId);
    bool isEditing() const { return m_existing.has_value(); }
    // What was logged, after the dialog was accepted.
    const LoggedInteraction &logged() const { return m_logged; }
    // The follow-ups saving would close while the box is checked.
    const QList<Reminder> &followUpsToClose() const { return m_closing; }
    // Whether closing now would lose something typed (or, when editing, changed).
    bool hasUnsavedWork() const;

    QLineEdit *withField() const { return m_with; }
    ContactPicker *picker() const { return m_picker; }
    QLabel *problemLabel() const { return m_problem; }
    QLineEdit *summaryField() const { return m_summary; }
    QLineEdit *agendaField() const { return m_agenda; }
    QPlainTextEdit *notesField() const { return m_notes; }
    QPlainTextEdit *adviceField() const { return m_advice; }
    QCheckBox *followUpBox() const { return m_followUp; }
    QSpinBox *followUpDaysBox() const { return m_followUpDays; }
    // "once", or how the follow-up then recurs (each item's data is a Recurrence's text, "1m").
    QComboBox *followUpRepeatBox() const { return m_followUpRepeat; }
    QSpinBox *minutesBox() const { return m_minutes; }
    QSpinBox *ratingBox() const { return m_rating; }
    QCheckBox *closeFollowUpsBox() const { return m_closeFollowUps; }
    QComboBox *kindBox() const { return m_kind; }
    QDateEdit *dateField() const { return m_date; }

    void accept() override;
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addNewContact(const QString &name);
    bool addTypedParticipant();
    void rebuildChips();
    void kindChanged();
    void updateFollowUpsToClose();
    void saveEdit();
    Interaction interaction() const;

    Notebook &m_notebook;
    QUndoStack *m_undoStack;
    QList<ContactRef> m_participants;
    LoggedInteraction m_logged;
    std::optional<Interaction> m_existing;
    QList<qint64> m_namedFollowUps;
    QList<Reminder> m_closing;

    QComboBox *m_kind;
    QDateEdit *m_date;
    QWidget *m_chips;
    QHBoxLayout *m_chipLayout;
    QLineEdit *m_with;
    ContactPicker *m_picker;
    QRadioButton *m_gave;
    QRadioButton *m_received;
    QRadioButton *m_mutual;
    QLineEdit *m_summary;
    QLineEdit *m_agenda;
    QPlainTextEdit *m_notes;
    QPlainTextEdit *m_advice; // items of advice received, one a line (new logs only)
    QSpinBox *m_minutes; // 0: not given
    QSpinBox *m_rating;  // 0: not given
    QCheckBox *m_followUp;
    QSpinBox *m_followUpDays;
    QComboBox *m_followUpRepeat;
    QLabel *m_followUpHint;
    QCheckBox *m_closeFollowUps;
    QLabel *m_problem;
    QPushButton *m_save;
};

} // namespace tend::gui
