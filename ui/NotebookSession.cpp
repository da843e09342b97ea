#include "NotebookSession.h"

#include "RecoveryOffer.h"

#include "MainWindow.h"
#include "Notebook.h"
#include "db/BackupManager.h"
#include "dialogs/ErrorDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace tend::gui {

NotebookSession::NotebookSession(std::unique_ptr<Notebook> notebook, QObject *parent)
    : QObject(parent), m_path(notebook->path()), m_clock(notebook->clock()), m_notebook(std::move(notebook))
{
}

NotebookSession::~NotebookSession()
{
    m_window.reset(); // before the notebook it references
}

MainWindow *NotebookSession::createWindow()
{
    m_window = std::make_unique<MainWindow>(*m_notebook);
    connect(m_window.get(), &MainWindow::restoreRequested, this,
            [this](const QString &file) { (void)restoreFrom(file); }, Qt::QueuedConnection);
    return m_window.get();
}

void NotebookSession::startDailyMaintenance()
{
    const bool checkPending = m_notebook->integrityCheckPending();
    auto task = m_notebook->worker().run<QString>([checkPending](work::Job<QString> &job) -> Status {
        if (checkPending) {
            if (auto healthy = job.notebook().quickCheck(); !healthy)
                return healthy;
        }
        auto daily = job.notebook().dailyBackupIfDue();
        if (!daily)
            return daily.error();
        return {};
    });
    work::watch<QString>(task, m_window.get(), [](const QString &) {}, [this, checkPending](const Status &outcome) {
        if (checkPending && (outcome || outcome.error().code != Error::Code::Corrupt))
            m_notebook->integrityCheckPassed();
        if (!outcome && outcome.error().code == Error::Code::Corrupt) {
            // Not from inside this callback: a restore replaces the window it runs in.
            QMetaObject::invokeMethod(this, [this, damage = outcome.error()] { offerRestoreOfDamagedNotebook(damage); },
                                      Qt::QueuedConnection);
        }
        else if (!outcome)
            m_window->showBackupProblem(outcome.error().message);
        else
            m_window->refreshCounts();
        emit dailyMaintenanceFinished();
    });
}

void NotebookSession::offerRestoreOfDamagedNotebook(const Error &damage)
{
    const RecoveryOffer offer = RecoveryOffer::forOpenFailure(m_path, damage, m_clock);
    if (offer.askToRestore(tr("Keep Working"), m_window.get()) && offer.backup)
        (void)restoreFrom(offer.backup->path);
}

Result<QString> NotebookSession::restoreFrom(const QString &file)
{
    const bool wasVisible = m_window && m_window->isVisible();
    // Replacing the only window must not end the application.
    const bool quitOnClose = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    if (m_window)
        m_window->saveSettings();
    m_window.reset();
    m_notebook.reset();

    auto kept = BackupManager::restore(file, m_path, m_clock.now());
    auto reopened = Notebook::open(m_path, {}, m_clock);
    QGuiApplication::setQuitOnLastWindowClosed(quitOnClose);
    if (!reopened) {
        QMessageBox box(QMessageBox::Critical, tr("Tend"), {}, QMessageBox::Close);
        box.setTextFormat(Qt::PlainText);
        box.setText(QString(tr("Tend could not open the notebook again after the restore.") + u"\n"_s
                            + QDir::toNativeSeparators(m_path) + u"\n\n"_s + reopened.error().message + u"\n\n"_s
                            + (kept && !kept->isEmpty()
                                   ? tr("The notebook it replaced was kept as %1.").arg(QDir::toNativeSeparators(*kept))
                                   : ErrorDialog::advice(reopened.error()))));
        box.exec();
        emit notebookLost();
        return reopened.error();
    }
    m_notebook = std::move(*reopened);
    createWindow();
    if (wasVisible)
        m_window->show();
    emit windowReplaced(m_window.get());

    if (!kept) {
        showMessage(QString(tr("Tend could not restore the notebook from %1. Nothing was changed.")
                                .arg(QDir::toNativeSeparators(file))
                            + u"\n\n"_s + kept.error().message),
                    true);
        return kept.error();
    }
    m_window->showStatus(tr("Restored from %1").arg(QFileInfo(file).fileName()));
    showMessage(QString(tr("The notebook was restored from %1.").arg(QDir::toNativeSeparators(file))
                        + (kept->isEmpty() ? QString()
                                           : QString(u"\n\n"_s
                                                     + tr("The notebook it replaced was kept as %1.")
                                                           .arg(QDir::toNativeSeparators(*kept))))),
                false);
    return *kept;
}

// Window-modal and not waited for: the window is usable behind it, and tests never block.
void NotebookSession::showMessage(const QString &text, bool failure)
{
    auto *box = new QMessageBox(failure ? QMessageBox::Warning : QMessageBox::Information, tr("Tend"), {},
                                QMessageBox::Ok, m_window.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setText(text);
    box->setObjectName(u"restoreOutcome"_s);
    box->open();
}

} // namespace tend::gui
