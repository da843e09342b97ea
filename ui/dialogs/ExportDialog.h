#pragma once

#include "files/ExchangeFiles.h"
#include "io/vcard/VCardWriter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace tend {
class Notebook;
}

namespace tend::gui {

// File ▸ Export…: what to write (vCard 4.0 or 3.0, CSV, iCalendar, JSON) and which contacts (by
// role and tag; a JSON export is the whole notebook), then where (a save dialog). The file is
// written on the notebook's worker through the same code as `tend export` (QSaveFile), so a
// failure leaves an earlier file intact and the window never waits. exported() says what it wrote.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    enum class Choice { VCard4, VCard3, Csv, Ics, Json };

    explicit ExportDialog(Notebook &notebook, QWidget *parent = nullptr);

    void setChoice(Choice choice);
    Choice choice() const;
    void setRoleChecked(Role role, bool checked);
    void setTag(const QString &tag); // empty: any
    ExportFilter filter() const;
    files::ExportFormat format() const;
    io::VCardVersion vcardVersion() const;
    // A name for the save dialog: tend-contacts.vcf, tend-reminders.ics…
    QString suggestedFileName() const;
    bool isExporting() const { return m_exporting; }

    // Writes the export to `path` on the worker; exported() or failed() follows.
    void exportTo(const QString &path);

signals:
    void exported(const QString &path, int count, const QString &message);
    void failed(const QString &message);

private:
    void chooseFile();
    void updateFilters();

    Notebook &m_notebook;
    QComboBox *m_formatBox;
    QList<std::pair<Role, QCheckBox *>> m_roles;
    QComboBox *m_tagBox;
    QLabel *m_status;
    QPushButton *m_export;
    bool m_exporting = false;
};

} // namespace tend::gui
