#include "dialogs/RestoreDialog.h"

#include "DisplayText.h"
#include "db/BackupManager.h"
#include "db/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tend::gui {

RestoreDialog::RestoreDialog(const QString &databasePath, QDate today, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_restore(nullptr)
{
    setWindowTitle(tr("Restore from Backup"));
    const QList<BackupInfo> backups = BackupManager::backups(databasePath);
    const QString folder = QDir::toNativeSeparators(Database::backupFolderFor(databasePath));

    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(backups.isEmpty() ? tr("There are no backups in %1 yet. You can choose a copy elsewhere.").arg(folder)
                                     : tr("Copies in %1, newest first:").arg(folder));
    intro->setBuddy(m_list);

    const QLocale locale;
    for (const BackupInfo &backup : backups) {
        auto *item = new QListWidgetItem(
            QString(text::backupTime(backup.takenAt, today) + u" · "_s + kindLabel(backup.kind) + u" · "_s
                    + locale.formattedDataSize(backup.size)),
            m_list);
        item->setData(Qt::UserRole, backup.path);
        item->setToolTip(text::plainToolTip(QDir::toNativeSeparators(backup.path)));
    }
    m_list->setAccessibleName(tr("Backups"));
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    QPushButton *choose = buttons->addButton(tr("&Choose file…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_restore->setEnabled(m_list->currentItem() != nullptr);
    m_restore->setDefault(true);

    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) { m_restore->setEnabled(current != nullptr); });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(choose, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 360);
}

QString RestoreDialog::selectedFile() const
{
    if (!m_chosenFile.isEmpty())
        return m_chosenFile;
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void RestoreDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a Copy of the Notebook"), {},
                                                      tr("Tend notebooks (*.db);;All files (*)"));
    if (file.isEmpty())
        return;
    m_chosenFile = file;
    accept();
}

QString RestoreDialog::kindLabel(BackupInfo::Kind kind)
{
    switch (kind) {
    case BackupInfo::Kind::Daily:
        return tr("daily copy");
    case BackupInfo::Kind::Manual:
        return tr("backed up by you");
    case BackupInfo::Kind::BeforeMigration:
        return tr("before an upgrade");
    case BackupInfo::Kind::BeforeRestore:
        return tr("notebook replaced by a restore");
    case BackupInfo::Kind::BeforeBulkChange:
        return tr("before a bulk change");
    }
    return {};
}

} // namespace tend::gui
