#pragma once

#include "model/SyncState.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tend {
class Notebook;
}

namespace tend::gui {

class SyncController;

// Sync settings: the account (found with RFC 6764 discovery; the password goes to the desktop
// keyring), what is shared per role, said plainly, and when the window syncs. Connecting runs
// on the worker; turning a role off asks first, because its contacts then leave the server.
class SyncSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SyncSettingsDialog(Notebook &notebook, SyncController &controller, QWidget *parent = nullptr);

    void accept() override;

private:
    void connectAccount();
    void showAccount();
    bool confirmRolesTurnedOff();

    Notebook &m_notebook;
    SyncController &m_controller;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_addressBook;
    QLineEdit *m_taskList;
    QPushButton *m_connect;
    QLabel *m_accountState;
    QHash<Role, QCheckBox *> m_shareContacts;
    QHash<Role, QCheckBox *> m_shareNotes;
    QList<SyncRoleSharing> m_sharing; // as stored when the dialog opened
    QCheckBox *m_onStart;
    QSpinBox *m_interval;
};

} // namespace tend::gui
