#include "dialogs/ExportDialog.h"

#include "Notebook.h"
#include "dialogs/ErrorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tend::gui {

ExportDialog::ExportDialog(Notebook &notebook, QWidget *parent)
    : QDialog(parent), m_notebook(notebook), m_formatBox(new QComboBox(this)), m_tagBox(new QComboBox(this)),
      m_status(new QLabel(this)), m_export(nullptr)
{
    setWindowTitle(tr("Export"));
    m_formatBox->addItem(tr("vCard 4.0 (contacts)"), int(Choice::VCard4));
    m_formatBox->addItem(tr("vCard 3.0 (contacts, for older phones and Apple programs)"), int(Choice::VCard3));
    m_formatBox->addItem(tr("CSV (contacts, Google's columns)"), int(Choice::Csv));
    m_formatBox->addItem(tr("iCalendar (follow-ups, keep-in-touch days and planned meetings)"), int(Choice::Ics));
    m_formatBox->addItem(tr("JSON (the whole notebook, to restore)"), int(Choice::Json));

    auto *roles = new QWidget(this);
    auto *roleGrid = new QGridLayout(roles);
    roleGrid->setContentsMargins(0, 0, 0, 0);
    const QList<Role> every = allRoles();
    for (qsizetype i = 0; i < every.size(); ++i) {
        auto *box = new QCheckBox(displayName(every.at(i)), roles);
        roleGrid->addWidget(box, int(i / 3), int(i % 3));
        m_roles.append({every.at(i), box});
    }
    m_tagBox->addItem(tr("Any tag"), QString());
    if (auto tags = notebook.tags()) {
        for (const TagCount &tag : std::as_const(*tags))
            m_tagBox->addItem(tr("%1 (%n contact(s))", nullptr, tag.contacts).arg(tag.name), tag.name);
    }

    auto *hint = new QLabel(tr("No role ticked: every role."), this);
    hint->setTextFormat(Qt::PlainText);
    hint->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_formatBox);
    form->addRow(tr("Only these roles:"), roles);
    form->addRow(QString(), hint);
    form->addRow(tr("Only the &tag:"), m_tagBox);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFilters);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    updateFilters();
}

void ExportDialog::setChoice(Choice choice)
{
    m_formatBox->setCurrentIndex(m_formatBox->findData(int(choice)));
}

ExportDialog::Choice ExportDialog::choice() const
{
    return Choice(m_formatBox->currentData().toInt());
}

void ExportDialog::setRoleChecked(Role role, bool checked)
{
    for (const auto &[each, box] : std::as_const(m_roles)) {
        if (each == role)
            box->setChecked(checked);
    }
}

void ExportDialog::setTag(const QString &tag)
{
    m_tagBox->setCurrentIndex(std::max(0, m_tagBox->findData(tag)));
}

ExportFilter ExportDialog::filter() const
{
    ExportFilter filter;
    if (choice() == Choice::Json)
        return filter;
    for (const auto &[role, box] : std::as_const(m_roles)) {
        if (box->isChecked())
            filter.roles.append(role);
    }
    filter.tag = m_tagBox->currentData().toString();
    return filter;
}

files::ExportFormat ExportDialog::format() const
{
    switch (choice()) {
    case Choice::VCard4:
    case Choice::VCard3: return files::ExportFormat::VCard;
    case Choice::Csv: return files::ExportFormat::Csv;
    case Choice::Ics: return files::ExportFormat::Ics;
    case Choice::Json: return files::ExportFormat::Json;
    }
    return files::ExportFormat::VCard;
}

io::VCardVersion ExportDialog::vcardVersion() const
{
    return choice() == Choice::VCard3 ? io::VCardVersion::V3_0 : io::VCardVersion::V4_0;
}

QString ExportDialog::suggestedFileName() const
{
    switch (choice()) {
    case Choice::VCard4:
    case Choice::VCard3: return u"tend-contacts.vcf"_s;
    case Choice::Csv: return u"tend-contacts.csv"_s;
    case Choice::Ics: return u"tend-reminders.ics"_s;
    case Choice::Json: return u"tend-notebook.json"_s;
    }
    return {};
}

void ExportDialog::updateFilters()
{
    const bool whole = choice() == Choice::Json;
    for (const auto &[role, box] : std::as_const(m_roles))
        box->setEnabled(!whole);
    m_tagBox->setEnabled(!whole);
}

void ExportDialog::chooseFile()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString filterText;
    switch (format()) {
    case files::ExportFormat::VCard: filterText = tr("vCard files (*.vcf)"); break;
    case files::ExportFormat::Csv: filterText = tr("CSV files (*.csv)"); break;
    case files::ExportFormat::Ics: filterText = tr("iCalendar files (*.ics)"); break;
    case files::ExportFormat::Json: filterText = tr("JSON files (*.json)"); break;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), QDir(folder).filePath(suggestedFileName()),
                                                      filterText);
    if (!path.isEmpty())
        exportTo(path);
}

void ExportDialog::exportTo(const QString &path)
{
    if (m_exporting)
        return;
    m_exporting = true;
    m_export->setEnabled(false);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    const files::ExportFormat chosen = format();
    const ExportFilter chosenFilter = filter();
    const io::VCardVersion version = vcardVersion();
    auto count = std::make_shared<int>(0);
    auto task = m_notebook.worker().run<int>([path, chosen, chosenFilter, version, count](work::Job<int> &job) -> Status {
        auto written = files::writeExport(job.notebook(), path, chosen, chosenFilter, version);
        if (!written)
            return written.error();
        *count = *written;
        return {};
    });
    work::watch<int>(task, this, [](int) {}, [this, path, count, chosen](const Status &outcome) {
        m_exporting = false;
        m_export->setEnabled(true);
        if (!outcome) {
            const QString what = tr("Tend could not export to %1.").arg(QDir::toNativeSeparators(path));
            m_status->setText(what);
            emit failed(what + u' ' + outcome.error().message);
            ErrorDialog::show(this, what, outcome.error());
            return;
        }
        const QString message = chosen == files::ExportFormat::Ics
            ? tr("Exported %n task(s) and meeting(s) to %1", nullptr, *count).arg(QDir::toNativeSeparators(path))
            : tr("Exported %n contact(s) to %1", nullptr, *count).arg(QDir::toNativeSeparators(path));
        emit exported(path, *count, message);
        accept();
    });
}

} // namespace tend::gui
