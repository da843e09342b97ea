#pragma once

#include "model/Contact.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace tend {
class Notebook;
}

namespace tend::gui {

// New or edit contact, with each problem shown beside its field; Save stays disabled while
// anything is wrong.
class ContactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDialog)
public:
    ContactDialog(Notebook &notebook, const Contact &contact, QWidget *parent = nullptr);

    // The contact as entered (id and derived fields copied from the original).
    Contact contact() const;
    bool isValid() const;
    // The existing contact the user chose to open instead of saving a duplicate; 0 when none.
    // The dialog is accepted then, but contact() must not be saved.
    qint64 existingContactChosen() const { return m_existingChosen; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *emailsField() const { return m_emails; }
    QPushButton *saveButton() const { return m_save; }
    QString problemShownFor(const QString &field) const;

private:
    void validate();
    void save();
    bool identityChanged(const Contact &entered) const;
    void updateCadenceHint();
    QLabel *problemLabel();

    Notebook &m_notebook;
    Contact m_original;
    QLineEdit *m_name;
    QMap<Role, QCheckBox *> m_roles;
    QLineEdit *m_emails;
    QLineEdit *m_phones;
    QLineEdit *m_organisation;
    QLineEdit *m_title;
    QComboBox *m_metVia;
    QLineEdit *m_metViaDetail;
    QCheckBox *m_ownCadence;
    QSpinBox *m_cadence;
    QLabel *m_cadenceHint;
    QPlainTextEdit *m_notes;
    QMap<QString, QLabel *> m_problems; // field → message beside it
    QPushButton *m_save;
    qint64 m_existingChosen = 0;
};

} // namespace tend::gui
