#pragma once

#include "exchange/ContactImport.h"
#include "files/ImportPreview.h"
#include "io/FormatDetection.h"
#include "work/Worker.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace tend {
class Notebook;
}

namespace tend::gui {

// File ▸ Import… (and a dropped or opened file): a preview before anything changes — N new, M
// updated, K skipped with each reason, the first rows, the detected format and encoding with a way
// to override both — then the import, with a progress bar and Cancel. Reading and planning
// (a dry run) and the import itself run on the notebook's worker, so the window never waits; a
// cancelled import leaves the notebook as it was. A finished import is one step on `undoStack`
// (ImportCommand) and imported() says what it did.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    enum class State { Planning, Ready, Failed, Importing, Done };

    ImportDialog(Notebook &notebook, QUndoStack *undoStack, const QStringList &paths, QWidget *parent = nullptr);
    ~ImportDialog() override;

    QStringList paths() const { return m_paths; }
    State state() const { return m_state; }
    // The overrides; Auto and an empty encoding mean "as detected". Changing either plans again.
    io::FileFormat format() const;
    QString encoding() const;
    void setFormat(io::FileFormat format);
    void setEncoding(const QString &encoding);

    // The last preview (valid in Ready) and what planning or importing failed with (in Failed).
    const files::ImportPreview &preview() const { return m_preview; }
    QString problemText() const;
    QTableWidget *rowsTable() const { return m_rows; }
    QString countsText() const;
    QPushButton *importButton() const { return m_import; }

    // Starts the import of what the preview shows (the Import button).
    void startImport();
    // Stops a running import (Cancel while importing): it is rolled back and the dialog stays.
    void cancelImport();

    // Encodings offered beside "as detected".
    static QStringList encodings();

    // Cancel: stops a running import (the dialog stays until it has rolled back), else closes.
    void reject() override;

signals:
    void previewReady();
    // The import is done and on the undo stack; the status bar can say `message`.
    void imported(const tend::ImportSummary &summary, const QString &message);
    // An import ended without a change (cancelled or failed).
    void importStopped(const QString &message);

private:
    void plan();
    void showPreview();
    void showProblem(const QString &text);
    void setState(State state);
    QString actionText(ImportAction action) const;
    QString summaryMessage(const ImportSummary &summary) const;

    Notebook &m_notebook;
    QUndoStack *m_undoStack;
    QStringList m_paths;
    State m_state = State::Planning;
    int m_planGeneration = 0;
    files::ImportSources m_sources;
    files::ImportPreview m_preview;
    ImportOptions m_options;
    work::Task<int> m_importTask;

    QLabel *m_files;
    QComboBox *m_formatBox;
    QComboBox *m_encodingBox;
    QLabel *m_counts;
    QTableWidget *m_rows;
    QPlainTextEdit *m_issues;
    QLabel *m_busyText;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    QPushButton *m_close;
};

} // namespace tend::gui
