#pragma once

#include "db/BackupInfo.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace tend::gui {

// Picks the copy to restore: the notebook's backups, newest first with their kind and time, or
// any file chosen with "Choose file…". The caller checks and confirms the choice.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const QString &databasePath, QDate today, QWidget *parent = nullptr);

    QString selectedFile() const;
    QListWidget *backupList() const { return m_list; }

    static QString kindLabel(BackupInfo::Kind kind);

private:
    void chooseFile();

    QListWidget *m_list;
    QPushButton *m_restore;
    QString m_chosenFile;
};

} // namespace tend::gui
