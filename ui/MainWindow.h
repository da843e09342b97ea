#pragma once

#include "dialogs/ShortcutsDialog.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMimeData;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace tend {
class Notebook;
}

namespace tend::gui {

class ContactPage;
class ContactsView;
class DuplicatesDialog;
class MergeContactsDialog;
class DayWatcher;
class ExportDialog;
class ImportDialog;
class ExternalChangeWatcher;
class HelpedView;
class InsightsView;
class LogInteractionDialog;
class ReminderDialog;
class AskDialog;
class IntroductionDialog;
class SearchView;
class SyncController;
class TodayView;
class TrayNotifier;
class WelcomePage;

// The Tend window: navigation on the left (Today, Contacts, Helped lately, Insights, with counts), the
// pages on the right, menus with every action, one undo stack for all of them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum class Page { Today, Contacts, Helped, Insights, Contact, Welcome, Search };

    explicit MainWindow(Notebook &notebook, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    void openContact(qint64 contactId);
    // Opens the log dialog (prefilled with `contactId` when non-zero, closing the follow-up
    // `followUpId` when non-zero); returns it for tests and screenshots, already shown when `modal` is false.
    LogInteractionDialog *createLogDialog(qint64 contactId, qint64 followUpId = 0);
    void logInteraction(qint64 contactId = 0, qint64 followUpId = 0);
    // Contact ▸ Remind me…: a reminder of one's own for `contactId`; returns the open dialog.
    ReminderDialog *remindAbout(qint64 contactId);
    AskDialog *askOf(qint64 contactId); // Contact ▸ Ask…
    IntroductionDialog *introduce(qint64 contactId); // Contact ▸ Introduce…
    // Edit ▸ Undo / Redo: the undo stack's step, said in the status bar ("Undid: Snooze …").
    void undo();
    void redo();
    void newContact();
    void editContact(qint64 contactId);
    // Contact ▸ Merge… (two contacts selected on Contacts, or a pair in Find Duplicates): the merge
    // dialog over `over` (this window when null), already open; null when a contact cannot be read.
    MergeContactsDialog *mergeContacts(qint64 keepId, qint64 otherId, QWidget *over = nullptr);
    // Contact ▸ Find Duplicates…: the one list of possible duplicates, opened or raised.
    DuplicatesDialog *findDuplicates();
    void bringToFront();
    // File ▸ Sync Settings… (and Preferences ▸ Sync): the account, what is shared and when
    // (SyncSettingsDialog), over `over` (this window when null).
    void showSyncSettings(QWidget *over = nullptr);
    // The conflicts the last sync left, to choose what to keep.
    void showSyncConflicts();
    SyncController *syncController() const { return m_sync; }

    Notebook &notebook() const { return m_notebook; }
    QUndoStack *undoStack() const { return m_undoStack; }
    TodayView *todayView() const { return m_today; }
    ContactsView *contactsView() const { return m_contacts; }
    ContactPage *contactPage() const { return m_contactPage; }
    HelpedView *helpedView() const { return m_helped; }
    InsightsView *insightsView() const { return m_insights; }
    SearchView *searchView() const { return m_search; }
    QString countsText() const;

    void showStatus(const QString &message);
    // The counts and the last backup in the status bar, and the counts in the navigation.
    void refreshCounts();
    // "last backup today 09:12" from the newest copy in the backups folder; "no backup yet" without.
    QString lastBackupText() const;
    // A failed automatic copy: said in the status bar until the next message; never blocks.
    void showBackupProblem(const QString &message);

    // File > Back Up Now: a checked copy into the backups folder, named in the status bar. The
    // check and the copy take seconds on a big notebook, so they run on a worker thread
    // (Notebook::worker) while the status bar says so; backupFinished() follows. A failure is
    // explained in a dialog. One backup at a time.
    void backUpNow();
    // File > Back Up To…: asks where, then backUpTo().
    void chooseWhereToBackUp();
    // A checked copy at `file`, replacing a file there (the save dialog has asked); as backUpNow().
    void backUpTo(const QString &file);
    bool isBackingUp() const;
    // File > Restore from Backup…: lets the user pick a copy, then confirmRestore().
    void chooseBackupToRestore();
    // Checks `file` (explaining a refusal), asks for confirmation and emits restoreRequested().
    // `confirmed` skips the question (tests, and callers that already asked).
    bool confirmRestore(const QString &file, bool confirmed = false);

    // File ▸ Import…: asks for files, then openImportPreview().
    void chooseFilesToImport();
    // The import preview for `paths` (also for dropped files and `tend FILE.vcf`), shown. One at a
    // time: a running import, or the preview of the same files, comes to the front instead; the
    // preview of other files is replaced.
    ImportDialog *openImportPreview(const QStringList &paths);
    // File ▸ Export…: the export dialog, shown.
    ExportDialog *exportContacts();
    // The local files a drop carries that an import reads (.vcf, .vcard, .csv, .json).
    static QStringList importableFiles(const QMimeData *data);

    void saveSettings() const;

    // Help ▸ Keyboard shortcuts lists these: the menus' shortcuts, then each page's.
    QList<ShortcutSection> shortcutSections() const;
    // Help ▸ About: version, what Tend is, the notebook's path, the licence.
    QString aboutText() const;
    void showAbout();

signals:
    // The notebook must be closed before it is replaced; NotebookSession does it.
    void restoreRequested(const QString &file);
    // A backup started by backUpNow() or backUpTo() is done: its path, or empty after a failure.
    void backupFinished(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void restoreSettings();
    qint64 currentContactId() const;
    // Contact ▸ Archive says what it will do to the selection: "Unarchive", "Archive 3 contacts".
    QString archiveActionText() const;
    void logInteractionWith(const QList<qint64> &contactIds);
    void openDemoNetwork();
    void showShortcuts();
    void goBack();
    void showLoadError(const QString &message);
    void startBackup(const QString &target, const QString &failureText);

    Notebook &m_notebook;
    QUndoStack *m_undoStack;
    QSplitter *m_splitter;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    TodayView *m_today;
    ContactsView *m_contacts;
    ContactPage *m_contactPage;
    HelpedView *m_helped;
    InsightsView *m_insights;
    SearchView *m_search;
    QLabel *m_counts;
    QWidget *m_backupProgress;
    SyncController *m_sync;
    bool m_backingUp = false;
    TrayNotifier *m_tray;
    DayWatcher *m_dayWatcher;
    ExternalChangeWatcher *m_externalChanges;
    Page m_previousPage = Page::Contacts;
    bool m_loadErrorShown = false;
    QPointer<DuplicatesDialog> m_duplicates;
    QPointer<ImportDialog> m_importDialog;
};

} // namespace tend::gui
