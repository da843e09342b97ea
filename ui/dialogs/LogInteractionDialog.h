#pragma once

#include "model/Contact.h"
#include "model/Interaction.h"

#include <QDialog>

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
// up. Focus starts in "With"; Enter saves (Ctrl+Enter inside the notes).
class LogInteractionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogInteractionDialog)
public:
    LogInteractionDialog(Notebook &notebook, QUndoStack *undoStack, QWidget *parent = nullptr);

    void addParticipant(const ContactRef &person);
    QList<ContactRef> participants() const { return m_participants; }
    // What was logged, after the dialog was accepted.
    const LoggedInteraction &logged() const { return m_logged; }

    QLineEdit *withField() const { return m_with; }
    ContactPicker *picker() const { return m_picker; }
    QLabel *problemLabel() const { return m_problem; }
    QLineEdit *summaryField() const { return m_summary; }
    QCheckBox *followUpBox() const { return m_followUp; }
    QSpinBox *followUpDaysBox() const { return m_followUpDays; }
    QComboBox *kindBox() const { return m_kind; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addNewContact(const QString &name);
    bool addTypedParticipant();
    void rebuildChips();
    void kindChanged();
    Interaction interaction() const;

    Notebook &m_notebook;
    QUndoStack *m_undoStack;
    QList<ContactRef> m_participants;
    LoggedInteraction m_logged;

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
    QCheckBox *m_followUp;
    QSpinBox *m_followUpDays;
    QLabel *m_followUpHint;
    QLabel *m_problem;
    QPushButton *m_save;
};

} // namespace tend::gui
