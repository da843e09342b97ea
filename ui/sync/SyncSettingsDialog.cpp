#include "sync/SyncSettingsDialog.h"

#include "Notebook.h"
#include "dialogs/ErrorDialog.h"
#include "io/ical/TodoMapping.h"
#include "sync/SyncController.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

SyncSettingsDialog::SyncSettingsDialog(Notebook &notebook, SyncController &controller, QWidget *parent)
    : QDialog(parent), m_notebook(notebook), m_controller(controller), m_server(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_addressBook(new QLineEdit(this)),
      m_taskList(new QLineEdit(this)), m_connect(new QPushButton(tr("&Connect"), this)),
      m_accountState(plainLabel({}, this)), m_onStart(new QCheckBox(tr("Sync when Tend &opens"), this)),
      m_interval(new QSpinBox(this))
{
    setWindowTitle(tr("Sync"));
    m_server->setObjectName(u"server"_s);
    m_user->setObjectName(u"user"_s);
    m_password->setObjectName(u"password"_s);
    m_addressBook->setObjectName(u"addressBook"_s);
    m_taskList->setObjectName(u"taskList"_s);
    m_connect->setObjectName(u"connect"_s);
    m_accountState->setObjectName(u"accountState"_s);
    m_interval->setObjectName(u"interval"_s);

    auto *account = new QGroupBox(tr("CardDAV and CalDAV server"), this);
    auto *form = new QFormLayout(account);
    m_server->setPlaceholderText(tr("dav.example.org"));
    m_password->setEchoMode(QLineEdit::Password);
    m_addressBook->setPlaceholderText(tr("the only one, or \"Tend\""));
    m_taskList->setPlaceholderText(tr("the only one, or \"Tend\""));
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Address book:"), m_addressBook);
    form->addRow(tr("&Task list:"), m_taskList);
    form->addRow(QString(), m_connect);
    form->addRow(m_accountState);
    connect(m_connect, &QPushButton::clicked, this, &SyncSettingsDialog::connectAccount);
    connect(&m_controller, &SyncController::setUpFinished, this, [this](bool ok, const QString &message) {
        m_connect->setEnabled(true);
        if (ok)
            showAccount();
        m_accountState->setText(ok ? m_accountState->text() + u'\n' + message : message);
    });

    auto *sharing = new QGroupBox(tr("What is shared"), this);
    auto *sharingLayout = new QVBoxLayout(sharing);
    sharingLayout->addWidget(plainLabel(tr("Sent for each shared contact: the name, e-mails, phones, links, organisation and "
                                           "title. Never sent: interaction notes and agendas, roles, tags, cadences and how "
                                           "you met."),
                                        sharing));
    ical::TodoFields example;
    example.contactName = tr("Ada Lovelace");
    example.reason = tr("Send the slides");
    sharingLayout->addWidget(plainLabel(tr("A reminder reaches the phone as a task: \"%1\", with its due date. So do "
                                           "the deadlines of asks and the answers you owe: the ask's text, not why it "
                                           "matters or its notes.")
                                            .arg(ical::summaryOf(example)),
                                        sharing));
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Role"), sharing), 0, 0);
    grid->addWidget(new QLabel(tr("Share contacts"), sharing), 0, 1);
    grid->addWidget(new QLabel(tr("With their notes"), sharing), 0, 2);
    auto stored = m_notebook.syncRoleSharing();
    m_sharing = stored ? *stored : QList<SyncRoleSharing>{};
    int row = 1;
    for (const SyncRoleSharing &role : std::as_const(m_sharing)) {
        auto *contacts = new QCheckBox(sharing);
        auto *notes = new QCheckBox(sharing);
        contacts->setAccessibleName(tr("Share %1 contacts").arg(displayName(role.role)));
        notes->setAccessibleName(tr("Share the notes of %1 contacts").arg(displayName(role.role)));
        contacts->setObjectName(u"shareContacts-"_s + toKey(role.role));
        notes->setObjectName(u"shareNotes-"_s + toKey(role.role));
        contacts->setChecked(role.contacts);
        notes->setChecked(role.notes);
        notes->setEnabled(role.contacts);
        connect(contacts, &QCheckBox::toggled, notes, &QCheckBox::setEnabled);
        auto *name = new QLabel(displayName(role.role), sharing);
        name->setTextFormat(Qt::PlainText);
        grid->addWidget(name, row, 0);
        grid->addWidget(contacts, row, 1);
        grid->addWidget(notes, row, 2);
        m_shareContacts.insert(role.role, contacts);
        m_shareNotes.insert(role.role, notes);
        ++row;
    }
    grid->setColumnStretch(3, 1);
    sharingLayout->addLayout(grid);
    sharingLayout->addWidget(plainLabel(tr("Contacts that have a role not shared stay on this machine, and so do reminders "
                                           "about them. Therapists are not shared unless you tick them."),
                                        sharing));

    auto *when = new QGroupBox(tr("When"), this);
    auto *whenLayout = new QFormLayout(when);
    m_onStart->setChecked(SyncController::syncOnStart());
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("only when asked"));
    m_interval->setValue(SyncController::intervalMinutes());
    m_interval->setMaximumWidth(m_interval->fontMetrics().horizontalAdvance(m_interval->specialValueText()) * 2);
    whenLayout->addRow(m_onStart);
    whenLayout->addRow(tr("Sync &every:"), m_interval);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SyncSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(account);
    layout->addWidget(sharing);
    layout->addWidget(when);
    layout->addStretch();
    layout->addWidget(buttons);
    // Wrapped labels ask for their height at the width they get: never less than that.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    showAccount();
    resize(QSize(600, sizeHint().height()));
}

void SyncSettingsDialog::showAccount()
{
    auto collections = m_notebook.syncCollections();
    if (!collections || collections->isEmpty()) {
        m_accountState->setText(tr("Sync is off. Enter your server to share contacts and reminders with your phone."));
        return;
    }
    QStringList lines;
    for (const SyncCollection &collection : std::as_const(*collections)) {
        if (m_server->text().isEmpty())
            m_server->setText(collection.serverUrl);
        if (m_user->text().isEmpty())
            m_user->setText(collection.userName);
        QLineEdit *name = collection.kind == SyncKind::Contacts ? m_addressBook : m_taskList;
        if (name->text().isEmpty())
            name->setText(collection.displayName);
        lines.append((collection.kind == SyncKind::Contacts ? tr("Contacts: \"%1\" at %2") : tr("Reminders: \"%1\" at %2"))
                         .arg(collection.displayName, collection.url));
    }
    m_accountState->setText(lines.join(u'\n'));
}

void SyncSettingsDialog::connectAccount()
{
    sync::AccountSetup setup;
    setup.server = m_server->text().trimmed();
    setup.userName = m_user->text().trimmed();
    setup.password = m_password->text();
    setup.addressBook = m_addressBook->text().trimmed();
    setup.taskList = m_taskList->text().trimmed();
    if (setup.server.isEmpty() || setup.userName.isEmpty() || setup.password.isEmpty()) {
        m_accountState->setText(tr("Enter the server, your user name and your password."));
        return;
    }
    m_connect->setEnabled(false);
    m_accountState->setText(tr("Looking for your address books and task lists…"));
    m_controller.setUp(setup);
}

bool SyncSettingsDialog::confirmRolesTurnedOff()
{
    QStringList leaving;
    int contacts = 0;
    for (const SyncRoleSharing &role : std::as_const(m_sharing)) {
        if (role.contacts && !m_shareContacts.value(role.role)->isChecked()) {
            leaving.append(displayName(role.role));
            ContactQuery query;
            query.roles = {role.role};
            query.includeArchived = true;
            if (auto count = m_notebook.contactCount(query))
                contacts += *count;
        }
    }
    if (leaving.isEmpty())
        return true;
    QMessageBox question(QMessageBox::Warning, tr("Stop Sharing"),
                         tr("The next sync deletes %n contact(s) from the server: those with the role %1. Tend keeps them.",
                            nullptr, contacts)
                             .arg(leaving.join(u", "_s)),
                         QMessageBox::Cancel, this);
    question.setTextFormat(Qt::PlainText);
    question.addButton(tr("Stop Sharing"), QMessageBox::DestructiveRole);
    question.exec();
    return question.buttonRole(question.clickedButton()) == QMessageBox::DestructiveRole;
}

void SyncSettingsDialog::accept()
{
    if (!confirmRolesTurnedOff())
        return;
    QList<SyncRoleSharing> chosen;
    for (const SyncRoleSharing &role : std::as_const(m_sharing)) {
        const bool contacts = m_shareContacts.value(role.role)->isChecked();
        chosen.append({role.role, contacts, contacts && m_shareNotes.value(role.role)->isChecked()});
    }
    if (chosen != m_sharing) {
        if (Status saved = m_notebook.setSyncRoleSharing(chosen); !saved) {
            ErrorDialog::show(this, tr("The sharing settings were not saved."), saved.error());
            return;
        }
    }
    SyncController::setSchedule(m_onStart->isChecked(), m_interval->value());
    m_controller.applySchedule();
    QDialog::accept();
}

} // namespace tend::gui
