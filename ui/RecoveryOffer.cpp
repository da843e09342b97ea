#include "RecoveryOffer.h"

#include "DisplayText.h"
#include "Notebook.h"
#include "db/BackupManager.h"
#include "db/Database.h"
#include "dialogs/ErrorDialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tend::gui {
bool RecoveryOffer::restoreCanHelp(const Error &error)
{
    return error.code == Error::Code::Corrupt || error.code == Error::Code::Io;
}

RecoveryOffer RecoveryOffer::forOpenFailure(const QString &databasePath, const Error &error, const Clock &clock)
{
    RecoveryOffer offer;
    offer.databasePath = databasePath;
    offer.clock = clock;
    const QString intro = QString(tr("Tend could not open the notebook") + u"\n"_s + QDir::toNativeSeparators(databasePath)
                                  + u"\n\n"_s + error.message);
    if (!restoreCanHelp(error)) {
        offer.message = QString(intro + u"\n\n"_s + ErrorDialog::advice(error));
        return offer;
    }
    offer.backup = BackupManager::newestGoodBackup(databasePath);
    const QString folder = QDir::toNativeSeparators(Database::backupFolderFor(databasePath));
    if (!offer.backup) {
        offer.message = QString(intro + u"\n\n"_s
                                + tr("No good backup of it was found in %1. The damaged file was left as it is, at %2.")
                                      .arg(folder, QDir::toNativeSeparators(databasePath)));
        return offer;
    }
    offer.message = QString(intro + u"\n\n"_s
                            + tr("The damaged file was left as it is. The newest good backup is %1 (taken %2).\n\n"
                                 "Restoring it replaces the damaged notebook; the damaged file is kept in %3.")
                                  .arg(QDir::toNativeSeparators(offer.backup->path),
                                       text::backupTime(offer.backup->takenAt, clock.today()), folder));
    return offer;
}

QString RecoveryOffer::restoreButtonText() const
{
    if (!backup)
        return {};
    return tr("Restore the backup from %1").arg(text::backupTime(backup->takenAt, clock.today()));
}

Result<std::unique_ptr<Notebook>> RecoveryOffer::restoreAndOpen(const Clock &clock, QString &keptPath) const
{
    if (!backup)
        return Error{Error::Code::NotFound, tr("No good backup of the notebook was found.")};
    auto kept = BackupManager::restore(backup->path, databasePath, clock.now());
    if (!kept)
        return kept.error();
    keptPath = *kept;
    return Notebook::open(databasePath, {}, clock);
}

bool RecoveryOffer::askToRestore(const QString &declineText, QWidget *parent) const
{
    QMessageBox box(QMessageBox::Critical, tr("Tend"), {}, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    box.setText(message);
    QPushButton *restore = nullptr;
    if (backup) {
        restore = box.addButton(restoreButtonText(), QMessageBox::AcceptRole);
        box.setDefaultButton(restore);
    }
    QPushButton *decline = box.addButton(declineText, QMessageBox::RejectRole);
    box.setEscapeButton(decline);
    box.exec();
    return restore && box.clickedButton() == restore;
}

} // namespace tend::gui
