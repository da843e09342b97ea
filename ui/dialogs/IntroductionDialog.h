#pragma once

#include "model/Contact.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QUndoStack;

namespace tend {
class Notebook;
}

namespace tend::gui {

class ContactPicker;

// Contact ▸ Introduce…: a double opt-in introduction of the current contact and someone the user
// picks, with why they should meet and who is asked first. Each party is asked before the two are
// put in touch; Today then shows the next step. Refusals (the same person twice, an archived
// contact) are said in the dialog, which stays open. Saving goes through an undoable command.
class IntroductionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntroductionDialog)
public:
    IntroductionDialog(Notebook &notebook, QUndoStack *undoStack, const ContactRef &contact, QWidget *parent = nullptr);

    qint64 introductionId() const { return m_introductionId; }
    QLineEdit *otherField() const { return m_otherField; }
    ContactPicker *picker() const { return m_picker; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

private:
    void showProblem(const QString &message);
    void updateOrderLabels();

    Notebook &m_notebook;
    QUndoStack *m_undoStack;
    ContactRef m_contact;
    ContactRef m_other;
    QLineEdit *m_otherField;
    ContactPicker *m_picker;
    QRadioButton *m_contactFirst;
    QRadioButton *m_otherFirst;
    QPlainTextEdit *m_why;
    QLabel *m_problem;
    qint64 m_introductionId = 0;
};

} // namespace tend::gui
