#include "WindowTour.h"
#include "ModalAnswer.h"
#include "TestSupport.h"

#include "DisplayText.h"
#include "MainWindow.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/DatePickerDialog.h"
#include "dialogs/LogInteractionDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "models/ContactTableModel.h"
#include "models/HelpedModel.h"
#include "models/TimelineModel.h"
#include "models/TodayModel.h"
#include "views/ContactPage.h"
#include "views/ContactsView.h"
#include "views/HelpedView.h"
#include "views/TodayView.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

// Issue 14 §5: the window behaves like a native desktop application — mnemonics, shortcuts, focus,
// keys, column widths, menus, the About box and what the timeline says.
class TestWindowBehaviour : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void noMnemonicIsClaimedTwice();
    void theShortcutsHelpListsEveryShortcutInColumns();
    void ctrl2PutsFocusInTheContactsSearch();
    void homeEndAndPagesWorkOnToday();
    void tabFollowsTheVisualOrder();
    void contactsColumnsFitTheirContent();
    void contactsSayWhatTheirFiltersDid();
    void theContactMenuFollowsTheSelection();
    void aboutShowsVersionLicenceAndPath();
    void helpedSortsByItsColumns();
    void theTimelineMarksOverdueAndClosedFollowUps();

private:
    QTemporaryDir m_config;
};

namespace {

// Ada (mentor) with a coffee chat and an overdue follow-up; Grace (peer) with none.
struct SmallNetwork
{
    test::TempNotebook notebook;
    qint64 ada = 0;
    qint64 grace = 0;
    qint64 overdueReminder = 0;

    SmallNetwork()
    {
        Contact person;
        person.name = u"Ada Lovelace"_s;
        person.roles = {Role::Mentor};
        person.organisation = u"The Analytical Engine Company of Great Britain and Ireland"_s;
        ada = *notebook->addContact(person);
        grace = test::addContact(*notebook.notebook, u"Grace Hopper"_s, {Role::Peer});
        Interaction chat;
        chat.kind = InteractionKind::Coffee;
        chat.date = test::defaultToday.addDays(-20);
        chat.participants = {{ada, u"Ada Lovelace"_s}};
        chat.direction = Direction::Received;
        chat.summary = u"Career paths"_s;
        chat.agenda = u"Ask about the engine\nAsk about the notes"_s;
        auto logged = notebook->logInteraction(chat, FollowUpChoice::inDays(14));
        overdueReminder = logged && !logged->reminderIds.isEmpty() ? logged->reminderIds.constFirst() : 0;
    }
};

} // namespace

void TestWindowBehaviour::initTestCase()
{
    test::keepSettingsIn(m_config);
}

void TestWindowBehaviour::noMnemonicIsClaimedTwice()
{
    SmallNetwork network;
    const QStringList clashes = test::mnemonicClashesEverywhere(*network.notebook.notebook, network.ada);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestWindowBehaviour::theShortcutsHelpListsEveryShortcutInColumns()
{
    SmallNetwork network;
    MainWindow window(*network.notebook.notebook);
    ShortcutsDialog help(window.shortcutSections(), &window);
    QTreeWidget *table = help.table();
    QCOMPARE(table->columnCount(), 2); // keys and actions in aligned columns
    QStringList listedKeys;
    for (int section = 0; section < table->topLevelItemCount(); ++section)
        for (int row = 0; row < table->topLevelItem(section)->childCount(); ++row)
            listedKeys += table->topLevelItem(section)->child(row)->text(0).split(u", "_s);
    QStringList headings;
    for (int section = 0; section < table->topLevelItemCount(); ++section)
        headings.append(table->topLevelItem(section)->text(0));
    QVERIFY2(headings.contains(u"Everywhere"_s) && headings.contains(u"On Today"_s)
                 && headings.contains(u"On a contact’s page"_s),
             qPrintable(headings.join(u", "_s)));

    QStringList missing;
    for (const QAction *action : window.findChildren<QAction *>())
        for (const QKeySequence &key : action->shortcuts())
            if (!listedKeys.contains(key.toString(QKeySequence::NativeText)))
                missing.append(key.toString() + u" ("_s + action->text() + u')');
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    for (const QString &expected : {u"Ctrl+N"_s, u"Ctrl+L"_s, u"Ctrl+F"_s, u"Ctrl+Z"_s, u"D"_s, u"S"_s, u"Del"_s})
        QVERIFY2(listedKeys.contains(QKeySequence(expected).toString(QKeySequence::NativeText)), qPrintable(expected));
}

void TestWindowBehaviour::ctrl2PutsFocusInTheContactsSearch()
{
    SmallNetwork network;
    MainWindow window(*network.notebook.notebook);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), MainWindow::Page::Contacts);
    QTRY_COMPARE(QApplication::focusWidget(), window.contactsView()->searchField());
    QTest::keyClicks(QApplication::focusWidget(), u"grace"_s);
    QTRY_COMPARE(window.contactsView()->model()->rowCount(), 1);
}

void TestWindowBehaviour::homeEndAndPagesWorkOnToday()
{
    test::TempNotebook notebook;
    for (int i = 0; i < 30; ++i) {
        const qint64 id = test::addContact(*notebook.notebook, u"Person %1"_s.arg(i, 2, 10, QChar(u'0')));
        QVERIFY(notebook->addReminder(id, test::defaultToday.addDays(i % 2 ? -3 : 0), u"call back"_s));
    }
    MainWindow window(*notebook.notebook);
    window.resize(1000, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.todayView()->model()->hasLoaded(), 10'000);
    QListView *list = window.todayView()->listView();
    list->setFocus();
    const auto isItem = [list](const QModelIndex &index) { return index.isValid() && (index.flags() & Qt::ItemIsSelectable); };
    QTest::keyClick(list, Qt::Key_End);
    QVERIFY(isItem(list->currentIndex()));
    QCOMPARE(list->currentIndex().row(), list->model()->rowCount() - 1);
    QTest::keyClick(list, Qt::Key_Home);
    QVERIFY(isItem(list->currentIndex()));
    QCOMPARE(list->currentIndex().row(), 1); // row 0 is the "Overdue" heading
    QTest::keyClick(list, Qt::Key_PageDown);
    QVERIFY(isItem(list->currentIndex()));
    QVERIFY(list->currentIndex().row() > 2);
    const int afterPageDown = list->currentIndex().row();
    QTest::keyClick(list, Qt::Key_PageUp);
    QVERIFY(isItem(list->currentIndex()));
    QVERIFY(list->currentIndex().row() < afterPageDown);
}

void TestWindowBehaviour::tabFollowsTheVisualOrder()
{
    SmallNetwork network;
    {
        ContactDialog dialog(*network.notebook.notebook, Contact{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QList<QWidget *> order;
        QWidget *at = dialog.nameField();
        for (int i = 0; i < 200 && at; ++i) {
            if ((at->focusPolicy() & Qt::TabFocus) && !order.contains(at))
                order.append(at);
            at = at->nextInFocusChain();
            if (at == dialog.nameField())
                break;
        }
        const auto position = [&](const QString &accessible) {
            for (qsizetype i = 0; i < order.size(); ++i)
                if (order[i]->accessibleName() == accessible)
                    return int(i);
            return -1;
        };
        QVERIFY(position(u"Role: Mentor"_s) > 0);
        QVERIFY(position(u"Notes"_s) > 0);
        QVERIFY2(position(u"Role: Peer"_s) < position(u"E-mail addresses"_s), "roles come right after the name");
        QVERIFY(position(u"Role: Mentor"_s) < position(u"Notes"_s));
    }
    MainWindow window(*network.notebook.notebook);
    window.show();
    window.showPage(MainWindow::Page::Contacts);
    ContactsView *contacts = window.contactsView();
    QWidget *at = contacts->searchField();
    QList<QWidget *> order;
    for (int i = 0; i < 40 && at; ++i, at = at->nextInFocusChain())
        if ((at->focusPolicy() & Qt::TabFocus) && at->isVisibleTo(contacts))
            order.append(at);
    const int mentor = int(order.indexOf(contacts->roleButton(Role::Mentor)));
    const int peer = int(order.indexOf(contacts->roleButton(Role::Peer)));
    const int archived = int(order.indexOf(contacts->findChild<QCheckBox *>()));
    QVERIFY(mentor > 0 && peer > mentor);
    QVERIFY2(archived > peer, "the role buttons come before “Show archived”");
}

void TestWindowBehaviour::contactsColumnsFitTheirContent()
{
    SmallNetwork network;
    MainWindow window(*network.notebook.notebook);
    window.resize(1400, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Contacts);
    QTableView *table = window.contactsView()->tableView();
    const QFontMetrics metrics(table->font());
    const int organisation = table->columnWidth(ContactTableModel::OrganisationColumn);
    QVERIFY2(organisation >= metrics.horizontalAdvance(u"The Analytical Engine Company"_s),
             qPrintable(u"Organisation is %1 px"_s.arg(organisation)));
    const int next = table->columnWidth(ContactTableModel::NextFollowUpColumn);
    QVERIFY2(next < 250, qPrintable(u"Next follow-up is %1 px"_s.arg(next)));
    const int name = table->columnWidth(ContactTableModel::NameColumn);
    for (int column = 1; column < ContactTableModel::ColumnCount; ++column)
        if (!table->isColumnHidden(column))
            QVERIFY2(name >= table->columnWidth(column) || column == ContactTableModel::OrganisationColumn,
                     qPrintable(u"column %1 is wider than the names"_s.arg(column)));

    window.resize(900, 600);
    QTRY_VERIFY(window.contactsView()->searchField()->width() >= metrics.horizontalAdvance(u'M') * 12);

    window.showPage(MainWindow::Page::Helped);
    QTableView *helped = window.helpedView()->tableView();
    QTRY_VERIFY(helped->model()->rowCount() > 0);
    for (int column = HelpedModel::GaveColumn; column < HelpedModel::ColumnCount; ++column)
        QVERIFY(helped->columnWidth(column) >= helped->horizontalHeader()->sectionSizeHint(column));
}

void TestWindowBehaviour::contactsSayWhatTheirFiltersDid()
{
    SmallNetwork network;
    MainWindow window(*network.notebook.notebook);
    window.show();
    window.showPage(MainWindow::Page::Contacts);
    ContactsView *contacts = window.contactsView();
    QCOMPARE(contacts->shownText(), u"2 contacts"_s);
    QToolButton *mentor = contacts->roleButton(Role::Mentor);
    mentor->click();
    QVERIFY(mentor->isChecked());
    QCOMPARE(mentor->text(), u"✓ mentor"_s);
    QVERIFY(mentor->font().bold());
    QTRY_COMPARE(contacts->model()->rowCount(), 1);
    QCOMPARE(contacts->shownText(), u"1 of 2 contacts shown"_s);
    mentor->click();
    QCOMPARE(mentor->text(), u"mentor"_s);
    QCOMPARE(contacts->shownText(), u"2 contacts"_s);

    // "Losing touch" shows how far past their cadence people are, so its order makes sense.
    QTableView *table = contacts->tableView();
    QVERIFY(table->isColumnHidden(ContactTableModel::PastCadenceColumn));
    contacts->losingTouchButton()->click();
    QVERIFY(!table->isColumnHidden(ContactTableModel::PastCadenceColumn));
    QCOMPARE(contacts->model()->headerData(ContactTableModel::PastCadenceColumn, Qt::Horizontal).toString(),
             u"Past cadence by"_s);
    QStringList past;
    for (int row = 0; row < contacts->model()->rowCount(); ++row)
        past.append(contacts->model()->index(row, ContactTableModel::PastCadenceColumn).data().toString());
    QVERIFY2(past.first().endsWith(u" days"_s) || past.first().startsWith(u"due in"_s), qPrintable(past.join(u" | "_s)));
}

void TestWindowBehaviour::theContactMenuFollowsTheSelection()
{
    SmallNetwork network;
    MainWindow window(*network.notebook.notebook);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu *contactMenu = nullptr;
    for (QAction *title : window.menuBar()->actions())
        if (title->text() == u"&Contact"_s)
            contactMenu = title->menu();
    QVERIFY(contactMenu);
    QStringList items;
    for (const QAction *action : contactMenu->actions())
        items.append(action->text());
    QVERIFY2(items.contains(u"&New contact…"_s), qPrintable(items.join(u", "_s)));

    window.showPage(MainWindow::Page::Contacts);
    QTableView *table = window.contactsView()->tableView();
    table->selectAll();
    const auto archiveText = [&] {
        emit contactMenu->aboutToShow();
        QString text;
        for (const QAction *action : contactMenu->actions())
            if (action->text().contains(u"rchive"_s))
                text = action->text();
        emit contactMenu->aboutToHide();
        return text;
    };
    QCOMPARE(archiveText(), u"&Archive 2 contacts"_s);
    QVERIFY(network.notebook->setArchived({network.grace}, true).ok());
    window.openContact(network.grace);
    QCOMPARE(archiveText(), u"Un&archive"_s);

    // "Log interaction with…" on several selected contacts fills in all of them.
    QVERIFY(network.notebook->setArchived({network.grace}, false).ok());
    window.showPage(MainWindow::Page::Contacts);
    table->selectAll();
    QAction *logWith = nullptr;
    for (QAction *action : contactMenu->actions())
        if (action->text() == u"&Log interaction with…"_s)
            logWith = action;
    QVERIFY(logWith);
    logWith->trigger();
    LogInteractionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<LogInteractionDialog *>()) != nullptr);
    QCOMPARE(dialog->participants().size(), 2);
    dialog->reject();
}

void TestWindowBehaviour::aboutShowsVersionLicenceAndPath()
{
    SmallNetwork network;
    MainWindow window(*network.notebook.notebook);
    const QString about = window.aboutText();
    QVERIFY(about.contains(QApplication::applicationVersion()));
    QVERIFY(about.contains(QDir::toNativeSeparators(network.notebook.path)));
    QVERIFY(about.contains(u"GNU General Public License"_s));
    QStringList buttons;
    test::answerNextModal<QMessageBox>(this, [&](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons())
            buttons.append(button->text());
        QCOMPARE(box->textFormat(), Qt::PlainText);
        box->reject();
    });
    window.showAbout();
    QVERIFY2(buttons.contains(u"About &Qt"_s), qPrintable(buttons.join(u", "_s)));
}

void TestWindowBehaviour::helpedSortsByItsColumns()
{
    SmallNetwork network;
    Interaction gave;
    gave.kind = InteractionKind::Review;
    gave.date = test::defaultToday.addDays(-2);
    gave.participants = {{network.grace, u"Grace Hopper"_s}};
    gave.direction = Direction::Gave;
    QVERIFY(network.notebook->logInteraction(gave, FollowUpChoice::none()));
    QVERIFY(network.notebook->logInteraction(gave, FollowUpChoice::none()));
    HelpedView view(*network.notebook.notebook);
    view.show();
    QSignalSpy loaded(view.model(), &HelpedModel::loaded);
    QVERIFY(loaded.wait(5000));
    QTableView *table = view.tableView();
    QVERIFY(table->isSortingEnabled());
    table->sortByColumn(HelpedModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(table->model()->index(0, HelpedModel::NameColumn).data().toString(), u"Ada Lovelace"_s);
    table->sortByColumn(HelpedModel::GaveColumn, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, HelpedModel::NameColumn).data().toString(), u"Grace Hopper"_s);
    table->sortByColumn(HelpedModel::ReceivedColumn, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, HelpedModel::NameColumn).data().toString(), u"Ada Lovelace"_s);
}

void TestWindowBehaviour::theTimelineMarksOverdueAndClosedFollowUps()
{
    SmallNetwork network;
    QVERIFY(network.overdueReminder > 0);
    MainWindow window(*network.notebook.notebook);
    window.openContact(network.ada);
    TimelineModel *timeline = window.contactPage()->timelineModel();
    QModelIndex reminder, chat;
    for (int row = 0; row < timeline->rowCount(); ++row) {
        const QModelIndex index = timeline->index(row);
        (index.data(TimelineModel::IsInteractionRole).toBool() ? chat : reminder) = index;
    }
    QVERIFY(reminder.isValid() && chat.isValid());
    QVERIFY(reminder.data(TimelineModel::IsOverdueRole).toBool());
    QCOMPARE(reminder.data(TimelineModel::StateRole).toString(), u"6 days overdue"_s);
    // A multi-line agenda is indented under its heading.
    QVERIFY2(chat.data(TimelineModel::DetailsRole).toString().startsWith(u"Agenda:\n\u2003Ask about the engine\n\u2003Ask about the notes"_s),
             qPrintable(chat.data(TimelineModel::DetailsRole).toString()));

    QVERIFY(network.notebook->completeReminder(network.overdueReminder).ok());
    for (int row = 0; row < timeline->rowCount(); ++row)
        if (!timeline->index(row).data(TimelineModel::IsInteractionRole).toBool())
            reminder = timeline->index(row);
    QVERIFY(!reminder.data(TimelineModel::IsOverdueRole).toBool());
    QDate doneOn;
    const auto entries = network.notebook->timeline(network.ada);
    QVERIFY(entries.ok());
    for (const TimelineEntry &entry : *entries)
        if (!entry.isInteraction())
            doneOn = entry.reminder().completedAt.toLocalTime().date();
    QVERIFY(doneOn.isValid());
    QCOMPARE(reminder.data(TimelineModel::StateRole).toString(),
             u"done %1"_s.arg(text::shortDate(doneOn, test::defaultToday)));

    // An empty timeline says what to do.
    window.openContact(network.grace);
    QVERIFY2(window.contactPage()->emptyTimelineText().startsWith(u"Nothing logged with Grace yet."_s),
             qPrintable(window.contactPage()->emptyTimelineText()));
    window.openContact(network.ada);
    QVERIFY(window.contactPage()->emptyTimelineText().isEmpty());
}

QTEST_MAIN(TestWindowBehaviour)
#include "tst_windowbehaviour.moc"
