#include "MainWindow.h"

#include "DayWatcher.h"
#include "ExternalChangeWatcher.h"
#include "Notebook.h"
#include "TrayNotifier.h"
#include "db/BackupManager.h"
#include "db/Database.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/RestoreDialog.h"
#include "commands/AddContactCommand.h"
#include "commands/ArchiveContactsCommand.h"
#include "commands/EditContactCommand.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/TagManagerDialog.h"
#include "DisplayText.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/DuplicatesDialog.h"
#include "dialogs/MergeContactsDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "dialogs/ErrorDialog.h"
#include "dialogs/LogInteractionDialog.h"
#include "dialogs/ReminderDialog.h"
#include "dialogs/AskDialog.h"
#include "dialogs/IntroductionDialog.h"
#include "models/ContactTableModel.h"
#include "models/HelpedModel.h"
#include "models/InsightsModel.h"
#include "models/SearchResultsModel.h"
#include "models/TimelineModel.h"
#include "models/TodayModel.h"
#include "views/ContactPage.h"
#include "views/ContactsView.h"
#include "views/HelpedView.h"
#include "views/InsightsView.h"
#include "views/NavigationDelegate.h"
#include "views/SearchView.h"
#include "views/TodayView.h"
#include "views/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include "sync/SyncConflictsDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncIndicator.h"
#include "sync/SyncSettingsDialog.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {
enum NavigationRow { TodayRow, ContactsRow, HelpedRow, InsightsRow };
constexpr int statusTimeoutMs = 6000;
} // namespace

MainWindow::MainWindow(Notebook &notebook, QWidget *parent)
    : QMainWindow(parent), m_notebook(notebook), m_undoStack(new QUndoStack(this)),
      m_splitter(new QSplitter(this)), m_navigation(new QListWidget(m_splitter)), m_pages(new QStackedWidget(m_splitter)),
      m_welcome(new WelcomePage(m_pages)), m_today(new TodayView(notebook, m_undoStack, m_pages)),
      m_contacts(new ContactsView(notebook, m_undoStack, m_pages)),
      m_contactPage(new ContactPage(notebook, m_undoStack, m_pages)), m_helped(new HelpedView(notebook, m_pages)),
      m_insights(new InsightsView(notebook, m_pages)), m_search(new SearchView(notebook, m_pages)),
      m_counts(new QLabel(this)), m_backupProgress(new QWidget(this)),
      m_sync(new SyncController(notebook, this)), m_tray(new TrayNotifier(notebook, *m_today->model(), this)), m_dayWatcher(new DayWatcher(notebook.clock(), this)),
      m_externalChanges(new ExternalChangeWatcher(notebook, this))
{
    setWindowTitle(tr("Tend"));
    m_undoStack->setUndoLimit(200);

    for (const QString &label : {tr("Today"), tr("Contacts"), tr("Helped lately"), tr("Insights")})
        new QListWidgetItem(label, m_navigation);
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setMinimumWidth(m_navigation->fontMetrics().horizontalAdvance(tr("Helped lately") + u"    0000"_s) + 24);
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));
    QPalette navigationPalette = m_navigation->palette();
    navigationPalette.setColor(QPalette::Base, navigationPalette.color(QPalette::Window));
    m_navigation->setPalette(navigationPalette);
    auto showRow = [this](int row) {
        if (row == TodayRow)
            showPage(Page::Today);
        else if (row == ContactsRow)
            showPage(Page::Contacts);
        else if (row == HelpedRow)
            showPage(Page::Helped);
        else if (row == InsightsRow)
            showPage(Page::Insights);
    };
    connect(m_navigation, &QListWidget::currentRowChanged, this, showRow);
    // "Contacts" stays selected on a contact's page; clicking it (or Enter) goes back to the list.
    connect(m_navigation, &QListWidget::itemClicked, this, [this, showRow](QListWidgetItem *item) {
        if (currentPage() == Page::Contact)
            showRow(m_navigation->row(item));
    });
    connect(m_navigation, &QListWidget::itemActivated, this, [this, showRow](QListWidgetItem *item) {
        if (currentPage() == Page::Contact)
            showRow(m_navigation->row(item));
    });

    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_today);
    m_pages->addWidget(m_contacts);
    m_pages->addWidget(m_contactPage);
    m_pages->addWidget(m_helped);
    m_pages->addWidget(m_insights);
    m_pages->addWidget(m_search);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({m_navigation->minimumWidth() + 20, 900});
    setCentralWidget(m_splitter);

    m_counts->setTextFormat(Qt::PlainText);
    {
        auto *layout = new QHBoxLayout(m_backupProgress);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(tr("Backing up…"), m_backupProgress);
        auto *bar = new QProgressBar(m_backupProgress);
        bar->setRange(0, 0); // SQLite says nothing of how far a check or a copy got
        bar->setMaximumWidth(120);
        bar->setAccessibleName(tr("Backing up"));
        layout->addWidget(label);
        layout->addWidget(bar);
        m_backupProgress->hide();
    }
    statusBar()->addPermanentWidget(m_backupProgress);
    auto *syncIndicator = new SyncIndicator(*m_sync, this);
    connect(syncIndicator, &SyncIndicator::conflictsRequested, this, &MainWindow::showSyncConflicts);
    statusBar()->addPermanentWidget(syncIndicator);
    statusBar()->addPermanentWidget(m_counts);
    connect(m_sync, &SyncController::stateChanged, this, [this] {
        if (m_sync->state() == SyncController::State::Conflicts && !findChild<SyncConflictsDialog *>())
            showStatus(tr("Sync left %n conflict(s): click the sync state in the status bar to choose.", nullptr,
                          int(m_sync->conflicts().size())));
    });
    QTimer::singleShot(0, m_sync, &SyncController::windowShown);

    connect(m_welcome, &WelcomePage::addContactRequested, this, &MainWindow::newContact);
    connect(m_welcome, &WelcomePage::openDemoRequested, this, &MainWindow::openDemoNetwork);
    connect(m_today, &TodayView::openContactRequested, this, &MainWindow::openContact);
    connect(m_today, &TodayView::logInteractionRequested, this, &MainWindow::logInteraction);
    connect(m_today, &TodayView::statusMessage, this, &MainWindow::showStatus);
    connect(m_contacts, &ContactsView::openContactRequested, this, &MainWindow::openContact);
    connect(m_contacts, &ContactsView::newContactRequested, this, &MainWindow::newContact);
    connect(m_contacts, &ContactsView::statusMessage, this, &MainWindow::showStatus);
    connect(m_contactPage, &ContactPage::logInteractionRequested, this, [this](qint64 contactId) { logInteraction(contactId); });
    connect(m_contactPage, &ContactPage::editContactRequested, this, &MainWindow::editContact);
    connect(m_contactPage, &ContactPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_contactPage, &ContactPage::contactGone, this, [this] {
        if (currentPage() == Page::Contact)
            showPage(Page::Contacts);
    });
    connect(m_helped, &HelpedView::openContactRequested, this, &MainWindow::openContact);
    connect(m_search, &SearchView::openContactRequested, this, &MainWindow::openContact);

    connect(m_today->model(), &TodayModel::loadFailed, this, &MainWindow::showLoadError);
    connect(m_contacts->model(), &ContactTableModel::loadFailed, this, &MainWindow::showLoadError);
    connect(m_contactPage->timelineModel(), &TimelineModel::loadFailed, this, &MainWindow::showLoadError);
    connect(m_helped->model(), &HelpedModel::loadFailed, this, &MainWindow::showLoadError);
    connect(m_insights->model(), &InsightsModel::loadFailed, this, &MainWindow::showLoadError);
    connect(m_search->model(), &SearchResultsModel::searchFailed, this, &MainWindow::showLoadError);

    connect(&m_notebook, &Notebook::changed, this, [this] {
        if (currentPage() == Page::Welcome && m_contacts->model()->rowCount() > 0)
            showPage(Page::Today);
    });
    // Every change reloads Today, and the counts follow its rows (so does the tray).
    connect(m_today->model(), &TodayModel::loaded, this, &MainWindow::refreshCounts);
    connect(m_dayWatcher, &DayWatcher::dayChanged, this, [this] {
        m_notebook.notifyExternalChange(); // every view recomputes "today"
    });
    connect(m_tray, &TrayNotifier::showWindowRequested, this, &MainWindow::bringToFront);

    createMenus();
    setAcceptDrops(true); // contact files dropped on the window open the import preview
    refreshCounts();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newContactAction = file->addAction(tr("&New contact…"), this, &MainWindow::newContact);
    newContactAction->setShortcut(QKeySequence::New);
    QAction *logAction = file->addAction(tr("&Log interaction…"), this, [this] { logInteraction(currentPage() == Page::Contact ? m_contactPage->contactId() : 0); });
    logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    file->addAction(tr("&Import…"), this, &MainWindow::chooseFilesToImport);
    file->addAction(tr("E&xport…"), this, &MainWindow::exportContacts);
    file->addSeparator();
    file->addAction(tr("Back &Up Now"), this, &MainWindow::backUpNow);
    file->addAction(tr("Back Up &To…"), this, &MainWindow::chooseWhereToBackUp);
    file->addAction(tr("&Restore from Backup…"), this, &MainWindow::chooseBackupToRestore);
    file->addSeparator();
    QAction *syncNow = file->addAction(tr("S&ync Now"), m_sync, &SyncController::syncNow);
    file->addAction(tr("Sync &Settings…"), this, [this] { showSyncSettings(); });
    connect(file, &QMenu::aboutToShow, syncNow, [this, syncNow] {
        using State = SyncController::State;
        syncNow->setEnabled(m_sync->state() != State::NotSetUp && m_sync->state() != State::Running);
    });
    file->addSeparator();
    file->addAction(tr("Open the &demo network"), this, &MainWindow::openDemoNetwork);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), this, &MainWindow::undo);
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(m_undoStack->canUndo());
    connect(m_undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    QAction *redo = edit->addAction(tr("&Redo"), this, &MainWindow::redo);
    redo->setEnabled(m_undoStack->canRedo());
    connect(m_undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    // "&Undo Delete Ada Lovelace" in words the translation chooses ("&Rückgängig: Ada Lovelace löschen").
    connect(m_undoStack, &QUndoStack::undoTextChanged, undo,
            [undo](const QString &text) { undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text)); });
    connect(m_undoStack, &QUndoStack::redoTextChanged, redo,
            [redo](const QString &text) { redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text)); });
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        showPage(Page::Search);
        m_search->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        const int before = m_undoStack->index();
        PreferencesDialog dialog(m_notebook, m_undoStack, this);
        connect(&dialog, &PreferencesDialog::syncSettingsRequested, this, [this, &dialog] { showSyncSettings(&dialog); });
        if (dialog.exec() == QDialog::Accepted && m_undoStack->index() != before)
            showStatus(m_undoStack->undoText());
    });
    // Desktops without a standard binding (plain X11, Xfce…) get GNOME's and macOS's Ctrl+,.
    const QList<QKeySequence> standardPreferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    preferences->setShortcuts(standardPreferences.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                                            : standardPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(u"preferencesAction"_s);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<std::tuple<QString, Page, int>> pages{{tr("&Today"), Page::Today, Qt::Key_1},
                                                      {tr("&Contacts"), Page::Contacts, Qt::Key_2},
                                                      {tr("&Helped lately"), Page::Helped, Qt::Key_3},
                                                      {tr("&Insights"), Page::Insights, Qt::Key_4}};
    for (const auto &[label, page, key] : pages) {
        QAction *action = view->addAction(label, this, [this, page = page] {
            showPage(page);
            if (page == Page::Contacts)
                m_contacts->focusSearch(); // Ctrl+2 and type: the list filters at once
        });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key)));
    }
    view->addSeparator();
    QAction *back = view->addAction(tr("&Back"), this, &MainWindow::goBack);
    back->setShortcuts({QKeySequence::Back, QKeySequence(Qt::Key_Escape)});
    back->setShortcutContext(Qt::WindowShortcut);
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] { m_notebook.notifyExternalChange(); });
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *contact = menuBar()->addMenu(tr("&Contact"));
    contact->addAction(newContactAction);
    contact->addSeparator();
    QAction *open = contact->addAction(tr("&Open"), this, [this] {
        if (const qint64 id = currentContactId())
            openContact(id);
    });
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QAction *editContactAction = contact->addAction(tr("&Edit…"), this, [this] {
        if (const qint64 id = currentContactId())
            editContact(id);
    });
    editContactAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *logWith = contact->addAction(tr("&Log interaction with…"), this, [this] {
        // With everyone selected on Contacts, as one interaction (a group coffee, an intro).
        const QList<qint64> selected = currentPage() == Page::Contacts ? m_contacts->selectedContactIds() : QList<qint64>{};
        if (selected.size() > 1)
            logInteractionWith(selected);
        else
            logInteraction(currentContactId());
    });
    logWith->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    contact->addAction(tr("&Remind me…"), this, [this] {
        if (const qint64 id = currentContactId())
            remindAbout(id);
    });
    contact->addAction(tr("As&k…"), this, [this] {
        if (const qint64 id = currentContactId())
            askOf(id);
    });
    contact->addAction(tr("&Introduce…"), this, [this] {
        if (const qint64 id = currentContactId())
            introduce(id);
    });
    contact->addSeparator();
    QAction *merge = contact->addAction(tr("&Merge…"), this, [this] {
        const QList<qint64> selected = currentPage() == Page::Contacts ? m_contacts->selectedContactIds() : QList<qint64>{};
        if (selected.size() == 2)
            mergeContacts(selected.at(0), selected.at(1));
    });
    QAction *duplicates = contact->addAction(tr("Find D&uplicates…"), this, &MainWindow::findDuplicates);
    contact->addAction(tr("Manage &tags…"), this, [this] {
        TagManagerDialog dialog(m_notebook, m_undoStack, this);
        dialog.exec();
    });
    contact->addSeparator();
    QAction *archive = contact->addAction(tr("&Archive"), this, [this] {
        if (currentPage() == Page::Contact)
            m_contactPage->toggleArchived();
        else if (currentPage() == Page::Contacts)
            m_contacts->archiveSelected();
    });
    contact->addAction(tr("&Delete…"), this, [this] {
        if (currentPage() != Page::Contact) {
            const qint64 id = currentContactId();
            if (!id)
                return;
            openContact(id);
        }
        m_contactPage->deleteContact();
    });
    connect(contact, &QMenu::aboutToShow, this, [this, contact, archive, newContactAction, merge, duplicates] {
        const bool hasContact = currentContactId() != 0;
        for (QAction *action : contact->actions())
            if (!action->isSeparator() && action != newContactAction && action != duplicates)
                action->setEnabled(hasContact);
        merge->setEnabled(currentPage() == Page::Contacts && m_contacts->selectedContactIds().size() == 2);
        archive->setText(archiveActionText());
    });
    connect(contact, &QMenu::aboutToHide, this, [contact, archive] {
        for (QAction *action : contact->actions())
            action->setEnabled(true);
        archive->setText(tr("&Archive"));
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts)->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Tend"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);

    if (QMenu *trayMenu = m_tray->menu()) {
        trayMenu->addAction(tr("&Show Tend"), this, &MainWindow::bringToFront);
        trayMenu->addAction(logAction);
        trayMenu->addSeparator();
        trayMenu->addAction(quit);
    }
}

void MainWindow::showSyncSettings(QWidget *over)
{
    if (auto *open = findChild<SyncSettingsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new SyncSettingsDialog(m_notebook, *m_sync, over ? over : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSyncConflicts()
{
    if (auto *open = findChild<SyncConflictsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new SyncConflictsDialog(*m_sync, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

QString MainWindow::archiveActionText() const
{
    switch (currentPage()) {
    case Page::Contact:
        return m_contactPage->isArchived() ? tr("Un&archive") : tr("&Archive");
    case Page::Contacts:
        return m_contacts->archiveActionText();
    default:
        return tr("&Archive");
    }
}

void MainWindow::logInteractionWith(const QList<qint64> &contactIds)
{
    LogInteractionDialog *dialog = createLogDialog(0);
    for (const qint64 id : contactIds)
        if (auto person = m_notebook.contact(id))
            dialog->addParticipant(ContactRef{person->id, person->name});
    dialog->open();
}

qint64 MainWindow::currentContactId() const
{
    switch (currentPage()) {
    case Page::Contact:
        return m_contactPage->contactId();
    case Page::Contacts: {
        const QModelIndex current = m_contacts->tableView()->currentIndex();
        return current.isValid() ? m_contacts->model()->contactId(current.row()) : 0;
    }
    case Page::Today: {
        const QModelIndex current = m_today->listView()->currentIndex();
        return current.isValid() ? current.data(TodayModel::ContactIdRole).toLongLong() : 0;
    }
    default:
        return 0;
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    QWidget *current = m_pages->currentWidget();
    if (current == m_today)
        return Page::Today;
    if (current == m_contacts)
        return Page::Contacts;
    if (current == m_contactPage)
        return Page::Contact;
    if (current == m_helped)
        return Page::Helped;
    if (current == m_insights)
        return Page::Insights;
    if (current == m_search)
        return Page::Search;
    return Page::Welcome;
}

void MainWindow::showPage(Page page)
{
    if (page == Page::Today && m_today->model()->rowCount() == 0) {
        ContactQuery everyone;
        everyone.includeArchived = true;
        auto count = m_notebook.contactCount(everyone);
        if (count && *count == 0)
            page = Page::Welcome;
    }
    if (currentPage() != Page::Contact)
        m_previousPage = currentPage();
    QWidget *widget = nullptr;
    int row = -1;
    switch (page) {
    case Page::Today: widget = m_today; row = TodayRow; break;
    case Page::Welcome: widget = m_welcome; row = TodayRow; break;
    case Page::Contacts: widget = m_contacts; row = ContactsRow; break;
    case Page::Contact: widget = m_contactPage; row = ContactsRow; break;
    case Page::Helped: widget = m_helped; row = HelpedRow; break;
    case Page::Insights: widget = m_insights; row = InsightsRow; break;
    case Page::Search: widget = m_search; row = -1; break;
    }
    m_pages->setCurrentWidget(widget);
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(row);
    }
    if (!m_navigation->hasFocus() || page == Page::Contact)
        widget->setFocus(Qt::OtherFocusReason);
    if (page == Page::Contacts && !m_contacts->tableView()->currentIndex().isValid() && m_contacts->model()->rowCount() > 0)
        m_contacts->tableView()->setCurrentIndex(m_contacts->model()->index(0, 0));
}

void MainWindow::goBack()
{
    if (currentPage() == Page::Contact)
        showPage(m_previousPage == Page::Contact || m_previousPage == Page::Welcome ? Page::Contacts : m_previousPage);
}

void MainWindow::openContact(qint64 contactId)
{
    if (contactId <= 0)
        return;
    m_contactPage->showContact(contactId);
    showPage(Page::Contact);
    m_contactPage->setFocus();
}

LogInteractionDialog *MainWindow::createLogDialog(qint64 contactId, qint64 followUpId)
{
    auto *dialog = new LogInteractionDialog(m_notebook, m_undoStack, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (contactId > 0) {
        if (auto contact = m_notebook.contact(contactId))
            dialog->addParticipant({contact->id, contact->name});
    }
    if (followUpId > 0)
        dialog->closeFollowUp(followUpId);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const LoggedInteraction &logged = dialog->logged();
        QString message = logged.followUpDue.isValid()
                              ? tr("Logged · follow-up on %1").arg(text::shortDate(logged.followUpDue, m_notebook.today()))
                              : tr("Logged");
        if (!logged.closedFollowUps.isEmpty())
            message += tr(" · %n follow-up(s) done", nullptr, int(logged.closedFollowUps.size()));
        showStatus(message);
    });
    return dialog;
}

void MainWindow::logInteraction(qint64 contactId, qint64 followUpId)
{
    LogInteractionDialog *dialog = createLogDialog(contactId, followUpId);
    dialog->open();
}

MergeContactsDialog *MainWindow::mergeContacts(qint64 keepId, qint64 otherId, QWidget *over)
{
    auto *dialog = new MergeContactsDialog(m_notebook, m_undoStack, keepId, otherId, over ? over : this);
    if (!dialog->isLoaded()) {
        ErrorDialog::show(this, tr("Could not open the contacts to merge."), dialog->loadError());
        delete dialog;
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { showStatus(m_undoStack->undoText()); });
    dialog->open();
    return dialog;
}

DuplicatesDialog *MainWindow::findDuplicates()
{
    if (!m_duplicates) {
        m_duplicates = new DuplicatesDialog(m_notebook, m_undoStack, this);
        m_duplicates->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_duplicates, &DuplicatesDialog::mergeRequested, this,
                [this](qint64 keepId, qint64 otherId) { mergeContacts(keepId, otherId, m_duplicates); });
    }
    m_duplicates->show();
    m_duplicates->raise();
    m_duplicates->activateWindow();
    return m_duplicates;
}

ReminderDialog *MainWindow::remindAbout(qint64 contactId)
{
    auto contact = m_notebook.contact(contactId);
    if (!contact) {
        ErrorDialog::show(this, tr("Could not open the contact."), contact.error());
        return nullptr;
    }
    auto *dialog = new ReminderDialog(m_notebook, m_undoStack, contact->id, contact->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name = contact->name] {
        showStatus(tr("Reminder for %1 on %2").arg(name, text::shortDate(dialog->due(), m_notebook.today())));
    });
    dialog->open();
    return dialog;
}

AskDialog *MainWindow::askOf(qint64 contactId)
{
    auto contact = m_notebook.contact(contactId);
    if (!contact) {
        ErrorDialog::show(this, tr("Could not open the contact."), contact.error());
        return nullptr;
    }
    auto *dialog = new AskDialog(m_notebook, m_undoStack, contact->id, contact->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name = contact->name] { showStatus(tr("Ask of %1 saved").arg(name)); });
    dialog->open();
    return dialog;
}

IntroductionDialog *MainWindow::introduce(qint64 contactId)
{
    auto contact = m_notebook.contact(contactId);
    if (!contact) {
        ErrorDialog::show(this, tr("Could not open the contact."), contact.error());
        return nullptr;
    }
    auto *dialog = new IntroductionDialog(m_notebook, m_undoStack, {contact->id, contact->name}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name = contact->name] {
        showStatus(tr("Introduction of %1 proposed · it is on Today").arg(name));
    });
    dialog->open();
    return dialog;
}

void MainWindow::undo()
{
    if (!m_undoStack->canUndo())
        return;
    const QString text = m_undoStack->undoText();
    m_undoStack->undo();
    const auto *undone = dynamic_cast<const NotebookCommand *>(m_undoStack->command(m_undoStack->index()));
    if (undone && undone->succeeded())
        showStatus(tr("Undid: %1").arg(text));
}

void MainWindow::redo()
{
    if (!m_undoStack->canRedo())
        return;
    const QString text = m_undoStack->redoText();
    m_undoStack->redo();
    const auto *redone = dynamic_cast<const NotebookCommand *>(m_undoStack->command(m_undoStack->index() - 1));
    if (redone && redone->succeeded())
        showStatus(tr("Redid: %1").arg(text));
}

void MainWindow::newContact()
{
    ContactDialog dialog(m_notebook, Contact{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const qint64 existing = dialog.existingContactChosen()) {
        openContact(existing);
        return;
    }
    auto *command = new AddContactCommand(m_notebook, dialog.contact());
    const AddContactCommand *added = command;
    const QString name = dialog.contact().name;
    if (!NotebookCommand::execute(m_undoStack, command, this))
        return;
    showStatus(tr("Added %1").arg(name));
    openContact(added->contactId());
}

void MainWindow::editContact(qint64 contactId)
{
    auto before = m_notebook.contact(contactId);
    if (!before) {
        ErrorDialog::show(this, tr("Could not open the contact."), before.error());
        return;
    }
    ContactDialog dialog(m_notebook, *before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const qint64 existing = dialog.existingContactChosen()) {
        openContact(existing);
        return;
    }
    if (NotebookCommand::execute(m_undoStack, new EditContactCommand(m_notebook, *before, dialog.contact()), this))
        showStatus(tr("Saved %1").arg(dialog.contact().name));
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

QString MainWindow::countsText() const
{
    auto contacts = m_notebook.contactCount(ContactQuery{});
    const int due = m_today->model()->dueNowCount();
    const int people = contacts ? *contacts : 0;
    return QString(tr("%Ln contact(s)", nullptr, people) + u" · "_s + tr("%Ln due", nullptr, due));
}

QString MainWindow::lastBackupText() const
{
    const QList<BackupInfo> backups = m_notebook.backups();
    if (backups.isEmpty())
        return tr("no backup yet");
    return tr("last backup %1").arg(text::backupTime(backups.first().takenAt, m_notebook.today()));
}

void MainWindow::showBackupProblem(const QString &message)
{
    statusBar()->showMessage(tr("The daily backup failed: %1").arg(message));
}

void MainWindow::backUpNow()
{
    startBackup({}, tr("Tend could not back up the notebook."));
}

void MainWindow::chooseWhereToBackUp()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("Tend notebook %1.db").arg(m_notebook.today().toString(Qt::ISODate)));
    const QString file = QFileDialog::getSaveFileName(this, tr("Back Up To"), suggested,
                                                      tr("Tend notebooks (*.db);;All files (*)"));
    if (!file.isEmpty())
        backUpTo(file);
}

void MainWindow::backUpTo(const QString &file)
{
    startBackup(file, tr("Tend could not back up the notebook to %1.").arg(QDir::toNativeSeparators(file)));
}

bool MainWindow::isBackingUp() const
{
    return m_backingUp;
}

void MainWindow::startBackup(const QString &target, const QString &failureText)
{
    if (m_backingUp) {
        showStatus(tr("A backup is already being made."));
        return;
    }
    m_backingUp = true;
    m_backupProgress->show();
    const Database::ExistingTarget existing = target.isEmpty() ? Database::ExistingTarget::Refuse
                                                               : Database::ExistingTarget::Replace;
    auto task = m_notebook.worker().run<QString>([target, existing](work::Job<QString> &job) -> Status {
        auto copy = job.notebook().backUpNow(target, existing);
        if (!copy)
            return copy.error();
        job.deliver(*copy);
        return {};
    });
    auto copy = std::make_shared<QString>();
    work::watch<QString>(
        task, this, [copy](const QString &path) { *copy = path; },
        [this, copy, target, failureText](const Status &outcome) {
            m_backingUp = false;
            m_backupProgress->hide();
            if (!outcome) {
                ErrorDialog::show(this, failureText, outcome.error());
                emit backupFinished({});
                return;
            }
            refreshCounts();
            showStatus(target.isEmpty() ? tr("Backed up to %1 in the backups folder").arg(QFileInfo(*copy).fileName())
                                        : tr("Backed up to %1").arg(QDir::toNativeSeparators(*copy)));
            emit backupFinished(*copy);
        });
}

void MainWindow::chooseBackupToRestore()
{
    RestoreDialog dialog(m_notebook.path(), m_notebook.today(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFile().isEmpty())
        return;
    confirmRestore(dialog.selectedFile());
}

bool MainWindow::confirmRestore(const QString &file, bool confirmed)
{
    const QString shownFile = QDir::toNativeSeparators(file);
    if (const Status restorable = BackupManager::checkRestorable(file); !restorable) {
        ErrorDialog::show(this, tr("Tend cannot restore the notebook from %1.").arg(shownFile), restorable.error());
        return false;
    }
    if (!confirmed) {
        QMessageBox box(QMessageBox::Question, tr("Restore from Backup"), {}, QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        box.setText(tr("Replace the notebook with the copy in %1?").arg(shownFile));
        box.setInformativeText(
            tr("The current notebook will be kept as a backup in %1, so nothing is lost. Changes made after "
               "the copy was taken will not be in the restored notebook, and Undo starts afresh.")
                .arg(QDir::toNativeSeparators(Database::backupFolderFor(m_notebook.path()))));
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != restore)
            return false;
    }
    emit restoreRequested(file);
    return true;
}

void MainWindow::refreshCounts()
{
    m_counts->setText(QString(countsText() + u" · "_s + lastBackupText()));
    const int due = m_today->model()->dueNowCount();
    m_navigation->item(TodayRow)->setData(NavigationDelegate::CountRole, due);
    m_navigation->item(TodayRow)->setData(Qt::AccessibleTextRole, tr("Today, %1 due").arg(due));
    auto contacts = m_notebook.contactCount(ContactQuery{});
    m_navigation->item(ContactsRow)->setData(NavigationDelegate::CountRole, contacts ? *contacts : 0);
    m_navigation->item(ContactsRow)->setData(Qt::AccessibleTextRole, tr("Contacts, %1").arg(contacts ? *contacts : 0));
}

void MainWindow::chooseFilesToImport()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QStringList filters = {tr("Contact files (*.vcf *.vcard *.csv *.json)"), tr("vCard files (*.vcf *.vcard)"),
                                 tr("CSV files (*.csv)"), tr("JSON exports of Tend (*.json)"), tr("All files (*)")};
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Contacts"), folder, filters.join(u";;"_s));
    if (!paths.isEmpty())
        openImportPreview(paths);
}

ImportDialog *MainWindow::openImportPreview(const QStringList &paths)
{
    if (m_importDialog) {
        // One import at a time: a running one, or a preview of the same files, comes to the front;
        // a preview of other files gives way to the new one.
        if (m_importDialog->state() == ImportDialog::State::Importing || m_importDialog->paths() == paths) {
            m_importDialog->raise();
            m_importDialog->activateWindow();
            return m_importDialog;
        }
        m_importDialog->reject();
        delete m_importDialog.data();
    }
    auto *dialog = new ImportDialog(m_notebook, m_undoStack, paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_importDialog = dialog;
    connect(dialog, &ImportDialog::imported, this, [this](const ImportSummary &, const QString &message) {
        refreshCounts();
        showStatus(message);
    });
    connect(dialog, &ImportDialog::importStopped, this, &MainWindow::showStatus);
    dialog->show();
    return dialog;
}

ExportDialog *MainWindow::exportContacts()
{
    auto *dialog = new ExportDialog(m_notebook, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ExportDialog::exported, this,
            [this](const QString &, int, const QString &message) { showStatus(message); });
    dialog->show();
    return dialog;
}

QStringList MainWindow::importableFiles(const QMimeData *data)
{
    static const QStringList suffixes = {u"vcf"_s, u"vcard"_s, u"csv"_s, u"json"_s};
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        const QFileInfo file(url.toLocalFile());
        if (url.isLocalFile() && file.isFile() && suffixes.contains(file.suffix().toLower()))
            paths.append(file.absoluteFilePath());
    }
    return paths;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!importableFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = importableFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openImportPreview(paths);
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, statusTimeoutMs);
}

void MainWindow::showLoadError(const QString &message)
{
    statusBar()->showMessage(tr("Could not read the notebook: %1").arg(message), statusTimeoutMs);
    if (m_loadErrorShown)
        return;
    m_loadErrorShown = true; // one dialog, not one per view
    ErrorDialog::show(this, tr("Tend could not read part of the notebook."), Error{Error::Code::Database, message});
}

void MainWindow::openDemoNetwork()
{
    if (!QProcess::startDetached(QApplication::applicationFilePath(), {u"--demo"_s}))
        QMessageBox::warning(this, tr("Tend"), tr("Could not start Tend on the demo network."));
}

QList<ShortcutSection> MainWindow::shortcutSections() const
{
    QList<QAction *> everywhere;
    QList<QMenu *> menus;
    for (QAction *top : menuBar()->actions())
        if (top->menu())
            menus.append(top->menu());
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *action : menu->actions()) {
            if (action->menu())
                menus.append(action->menu());
            else if (!action->shortcuts().isEmpty())
                everywhere.append(action);
        }
    }
    return {
        {tr("Everywhere"), everywhere},
        {tr("On Today"), ShortcutsDialog::shortcutsWithin(m_today)},
        {tr("On Contacts"), ShortcutsDialog::shortcutsWithin(m_contacts)},
        {tr("On a contact’s page"), ShortcutsDialog::shortcutsWithin(m_contactPage)},
        {tr("On Helped lately"), ShortcutsDialog::shortcutsWithin(m_helped)},
        {tr("On Insights"), ShortcutsDialog::shortcutsWithin(m_insights)},
        {tr("In the search"), ShortcutsDialog::shortcutsWithin(m_search)},
    };
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(shortcutSections(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString MainWindow::aboutText() const
{
    return tr("Tend %1\n"
              "A notebook for the people who help you grow.\n\n"
              "Your notebook: %2\n\n"
              "Copyright © 2026 the Tend authors. Tend is free software under the GNU General Public "
              "License, version 3 or later; it comes with no warranty.\n"
              "Built with Qt %3.")
        .arg(QApplication::applicationVersion(), QDir::toNativeSeparators(m_notebook.path()),
             QString::fromLatin1(qVersion()));
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Tend"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::PlainText); // the path is the user's text
    box.setText(aboutText());
    QPushButton *aboutQt = box.addButton(tr("About &Qt"), QMessageBox::HelpRole);
    box.addButton(QMessageBox::Close);
    box.setObjectName(u"aboutBox"_s);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    box.exec();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1120, 720);
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_contacts->restoreHeaderState(settings.value(u"contacts/header"_s).toByteArray());
    m_helped->setPeriod(settings.value(u"helped/period"_s, 30).toInt());
    const QString last = settings.value(u"window/lastView"_s).toString();
    showPage(last == u"contacts"_s   ? Page::Contacts
             : last == u"helped"_s   ? Page::Helped
             : last == u"insights"_s ? Page::Insights
                                     : Page::Today);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"contacts/header"_s, m_contacts->saveHeaderState());
    settings.setValue(u"helped/period"_s, m_helped->period());
    const Page page = currentPage();
    settings.setValue(u"window/lastView"_s, page == Page::Contacts || page == Page::Contact ? u"contacts"_s
                                            : page == Page::Helped                          ? u"helped"_s
                                            : page == Page::Insights                        ? u"insights"_s
                                                                                            : u"today"_s);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace tend::gui
