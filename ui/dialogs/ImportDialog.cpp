#include "dialogs/ImportDialog.h"

#include "Notebook.h"
#include "commands/ImportCommand.h"
#include "photos/QImagePhotoScaler.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {

// What the worker hands back from planning: the files as read, and the dry run over them.
struct Planned
{
    files::ImportSources sources;
    files::ImportPreview preview;
};

constexpr io::FileFormat offeredFormats[] = {io::FileFormat::Auto,    io::FileFormat::VCard, io::FileFormat::LinkedIn,
                                            io::FileFormat::Google,  io::FileFormat::Outlook, io::FileFormat::Csv,
                                            io::FileFormat::Json};

QString severityText(const io::ImportProblem &problem)
{
    return problem.severity == io::ImportProblem::Severity::Skipped
        ? QCoreApplication::translate("tend::gui::ImportDialog", "Skipped")
        : QCoreApplication::translate("tend::gui::ImportDialog", "Warning");
}

} // namespace

ImportDialog::ImportDialog(Notebook &notebook, QUndoStack *undoStack, const QStringList &paths, QWidget *parent)
    : QDialog(parent), m_notebook(notebook), m_undoStack(undoStack), m_paths(paths), m_files(new QLabel(this)),
      m_formatBox(new QComboBox(this)), m_encodingBox(new QComboBox(this)), m_counts(new QLabel(this)),
      m_rows(new QTableWidget(0, 4, this)), m_issues(new QPlainTextEdit(this)), m_busyText(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_buttons(new QDialogButtonBox(this)), m_import(nullptr), m_close(nullptr)
{
    setWindowTitle(tr("Import Contacts"));
    static const files::QImagePhotoScaler photos; // the window links Qt Gui: no plugin to load
    m_options.preparePhoto = files::photoPreparer(&photos);

    m_files->setTextFormat(Qt::PlainText);
    m_files->setWordWrap(true);
    m_files->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (const io::FileFormat format : offeredFormats)
        m_formatBox->addItem(format == io::FileFormat::Auto ? tr("As detected") : io::displayName(format),
                             int(format));
    m_encodingBox->addItem(tr("As detected"), QString());
    for (const QString &name : encodings())
        m_encodingBox->addItem(name, name);
    auto *choices = new QFormLayout;
    choices->addRow(tr("&Format:"), m_formatBox);
    choices->addRow(tr("&Encoding:"), m_encodingBox);

    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);

    m_rows->setHorizontalHeaderLabels({tr("Name"), tr("E-mail"), tr("Organisation"), tr("Import")});
    m_rows->setAccessibleName(tr("First rows"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->verticalHeader()->hide();
    // The name, e-mail and organisation as wide as they are (the table holds at most 200 rows),
    // what will happen in the rest.
    m_rows->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rows->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_rows->setWordWrap(false);

    m_issues->setReadOnly(true);
    m_issues->setAccessibleName(tr("Skipped records and warnings"));
    m_issues->setPlaceholderText(tr("No record is skipped."));
    m_issues->setMaximumBlockCount(5000);
    m_issues->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    m_busyText->setTextFormat(Qt::PlainText);
    m_busyText->setWordWrap(true);
    m_progress->setTextVisible(false);

    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_close = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_import->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_files);
    layout->addLayout(choices);
    layout->addWidget(m_counts);
    layout->addWidget(m_rows, 3);
    auto *issuesLabel = new QLabel(tr("&Skipped and warnings:"), this);
    issuesLabel->setBuddy(m_issues);
    layout->addWidget(issuesLabel);
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_busyText);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(760, 560);

    QStringList names;
    for (const QString &path : paths)
        names.append(QDir::toNativeSeparators(path));
    m_files->setText(names.join(u'\n'));

    connect(m_formatBox, &QComboBox::currentIndexChanged, this, &ImportDialog::plan);
    connect(m_encodingBox, &QComboBox::currentIndexChanged, this, &ImportDialog::plan);
    plan();
}

ImportDialog::~ImportDialog()
{
    m_importTask.cancel(); // a job still running rolls back; the notebook's worker waits for it
}

QStringList ImportDialog::encodings()
{
    return {u"UTF-8"_s,      u"UTF-16LE"_s,   u"UTF-16BE"_s,  u"windows-1252"_s, u"ISO-8859-1"_s,
            u"ISO-8859-15"_s, u"windows-1250"_s, u"macintosh"_s, u"Shift_JIS"_s,    u"KOI8-R"_s};
}

io::FileFormat ImportDialog::format() const
{
    return io::FileFormat(m_formatBox->currentData().toInt());
}

QString ImportDialog::encoding() const
{
    return m_encodingBox->currentData().toString();
}

void ImportDialog::setFormat(io::FileFormat format)
{
    m_formatBox->setCurrentIndex(m_formatBox->findData(int(format)));
}

void ImportDialog::setEncoding(const QString &encoding)
{
    m_encodingBox->setCurrentIndex(std::max(0, m_encodingBox->findData(encoding)));
}

QString ImportDialog::problemText() const
{
    return m_state == State::Failed ? m_busyText->text() : QString();
}

QString ImportDialog::countsText() const
{
    return m_counts->text();
}

void ImportDialog::setState(State state)
{
    m_state = state;
    const bool busy = state == State::Planning || state == State::Importing;
    m_progress->setVisible(busy);
    m_formatBox->setEnabled(state != State::Importing && state != State::Done);
    m_encodingBox->setEnabled(state != State::Importing && state != State::Done);
    const ImportSummary &summary = m_preview.summary;
    m_import->setEnabled(state == State::Ready && summary.created + summary.updated > 0);
    m_close->setText(state == State::Importing ? tr("&Cancel import") : tr("Cancel"));
}

void ImportDialog::plan()
{
    if (m_state == State::Importing || m_state == State::Done)
        return;
    const int generation = ++m_planGeneration;
    m_busyText->setText(tr("Reading %n file(s)…", nullptr, int(m_paths.size())));
    m_progress->setRange(0, 0);
    setState(State::Planning);
    const QStringList paths = m_paths;
    const io::FileFormat chosenFormat = format();
    const QString chosenEncoding = encoding();
    const ImportOptions options = m_options;
    auto task = m_notebook.worker().run<Planned>([paths, chosenFormat, chosenEncoding, options](work::Job<Planned> &job) -> Status {
        auto sources = files::readImportFiles(paths, chosenFormat, chosenEncoding, options.strict);
        if (!sources)
            return sources.error();
        if (job.isCancelled())
            return {};
        auto preview = files::previewImport(job.notebook(), *sources, options);
        if (!preview)
            return preview.error();
        job.deliver(Planned{std::move(sources).value(), std::move(preview).value()});
        return {};
    });
    auto planned = std::make_shared<std::optional<Planned>>();
    work::watch<Planned>(
        task, this, [planned](const Planned &result) { *planned = result; },
        [this, planned, generation](const Status &outcome) {
            if (generation != m_planGeneration)
                return; // the format or encoding changed meanwhile: a newer plan follows
            if (!outcome || !planned->has_value()) {
                showProblem(outcome ? tr("Nothing to import.") : outcome.error().message);
                return;
            }
            m_sources = std::move((*planned)->sources);
            m_preview = std::move((*planned)->preview);
            showPreview();
        });
}

QString ImportDialog::actionText(ImportAction action) const
{
    switch (action) {
    case ImportAction::Create: return tr("New");
    case ImportAction::Update: return tr("Update");
    case ImportAction::Unchanged: return tr("No change");
    case ImportAction::Merged: return tr("Merged with an earlier row");
    case ImportAction::Skip: return tr("Skip");
    }
    return {};
}

void ImportDialog::showPreview()
{
    const ImportSummary &summary = m_preview.summary;
    QStringList counts = {tr("%Ln new", nullptr, summary.created), tr("%Ln updated", nullptr, summary.updated)};
    if (summary.unchanged > 0)
        counts.append(tr("%Ln unchanged", nullptr, summary.unchanged));
    if (summary.merged > 0)
        counts.append(tr("%Ln merged with an earlier row", nullptr, summary.merged));
    counts.append(tr("%Ln skipped", nullptr, summary.skipped));
    m_counts->setText(counts.join(u", "_s));

    QStringList fileLines;
    for (const io::ParsedFile &file : std::as_const(m_sources.files)) {
        QString what = io::displayName(file.format);
        if (!file.encoding.isEmpty())
            what += u", "_s + file.encoding;
        if (!file.producer.isEmpty())
            what += u", "_s + file.producer;
        fileLines.append(tr("%1 (%2): %Ln record(s)", nullptr, file.recordCount).arg(file.fileName, what));
    }
    for (const QString &name : std::as_const(m_sources.backupNames))
        fileLines.append(tr("%1 (%2)").arg(name, io::displayName(io::FileFormat::Json)));
    m_files->setText(fileLines.join(u'\n'));

    m_rows->setRowCount(int(m_preview.rows.size()));
    for (int row = 0; row < m_preview.rows.size(); ++row) {
        const files::PreviewRow &entry = m_preview.rows.at(row);
        const QStringList cells = {entry.name, entry.email, entry.organisation, actionText(entry.action)};
        for (int column = 0; column < cells.size(); ++column)
            m_rows->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }

    QStringList issues;
    for (const ImportIssue &issue : summary.issues)
        issues.append(severityText(issue.problem) + u": "_s + issue.describe());
    m_issues->setPlainText(issues.join(u'\n'));

    const int rowCount = int(summary.rows.size());
    m_busyText->setText(rowCount > m_preview.rows.size()
                            ? tr("The first %1 of %Ln row(s). Nothing has changed yet.", nullptr, rowCount)
                                  .arg(m_preview.rows.size())
                            : tr("Nothing has changed yet."));
    setState(State::Ready);
    emit previewReady();
}

void ImportDialog::showProblem(const QString &text)
{
    m_counts->clear();
    m_rows->setRowCount(0);
    m_issues->clear();
    m_preview = {};
    m_busyText->setText(text);
    setState(State::Failed);
    emit previewReady();
}

QString ImportDialog::summaryMessage(const ImportSummary &summary) const
{
    QStringList counts = {tr("%Ln new", nullptr, summary.created), tr("%Ln updated", nullptr, summary.updated),
                          tr("%Ln skipped", nullptr, summary.skipped)};
    QString message = tr("Imported: %1.").arg(counts.join(u", "_s));
    if (!summary.backupPath.isEmpty())
        message += u' ' + tr("Backup from before: %1").arg(QFileInfo(summary.backupPath).fileName());
    return message;
}

void ImportDialog::startImport()
{
    if (m_state != State::Ready)
        return;
    m_busyText->setText(tr("Importing…"));
    m_progress->setRange(0, 0);
    setState(State::Importing);
    auto result = std::make_shared<std::optional<ImportSummary>>();
    m_importTask = m_notebook.worker().run<int>([sources = m_sources, options = m_options, result](work::Job<int> &job) -> Status {
        auto imported = files::importSources(job.notebook(), sources, options, job.progressFunction());
        if (!imported)
            return imported.error();
        *result = *imported; // kept even when a cancel came after the commit
        return {};
    });
    work::watch<int>(
        m_importTask, this, [](int) {},
        [this, result](const Status &outcome) {
            if (!result->has_value()) {
                const bool cancelled = outcome.error().code == Error::Code::Cancelled;
                const QString message = cancelled ? tr("Import cancelled: nothing was changed.")
                                                  : tr("The import failed; nothing was changed. %1").arg(outcome.error().message);
                emit importStopped(message);
                m_busyText->setText(message);
                setState(cancelled ? State::Ready : State::Failed);
                return;
            }
            const ImportSummary summary = **result;
            NotebookCommand::pushDone(m_undoStack, new ImportCommand(m_notebook, m_sources, m_options, summary));
            setState(State::Done);
            emit imported(summary, summaryMessage(summary));
            accept();
        },
        [this](int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        });
}

void ImportDialog::cancelImport()
{
    if (m_state != State::Importing)
        return;
    m_busyText->setText(tr("Cancelling…"));
    m_importTask.cancel();
}

void ImportDialog::reject()
{
    if (m_state == State::Importing) {
        cancelImport(); // the dialog stays until the worker has rolled back
        return;
    }
    QDialog::reject();
}

} // namespace tend::gui
