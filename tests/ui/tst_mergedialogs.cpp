#include "TestSupport.h"

#include "MainWindow.h"
#include "dialogs/DuplicatesDialog.h"
#include "dialogs/MergeContactsDialog.h"
#include "models/DuplicatesModel.h"
#include "views/ContactsView.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenuBar>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

namespace {

QAction *contactMenuAction(MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->text() == u"&Contact"_s) {
            emit menu->menu()->aboutToShow();
            for (QAction *item : menu->menu()->actions())
                if (item->text() == text)
                    return item;
        }
    }
    return nullptr;
}

qint64 add(Notebook &notebook, const QString &name, const QString &organisation, const QStringList &emails)
{
    Contact contact;
    contact.name = name;
    contact.organisation = organisation;
    contact.emails = emails;
    auto id = notebook.addContact(contact);
    return id ? *id : 0;
}

} // namespace

// The window's side of merging (Contact ▸ Merge…) and of Contact ▸ Find Duplicates….
class TestMergeDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::keepSettingsIn(m_config); }

    void mergeDialogOffersEachConflictAndUndoBringsBothBack()
    {
        test::TempNotebook nb;
        const qint64 keep = add(*nb.notebook, u"Ada Lovelace"_s, u"AT&T <b>Labs</b>"_s, {u"ada@x.org"_s});
        const qint64 other = add(*nb.notebook, u"Ada King"_s, u"Royal Society"_s, {u"king@x.org"_s});
        Interaction chat;
        chat.date = QDate(2026, 11, 20);
        chat.participants = {ContactRef{other, QString()}};
        QVERIFY(nb->logInteraction(chat, FollowUpChoice::none()));
        MainWindow window(*nb.notebook);

        MergeContactsDialog *dialog = window.mergeContacts(keep, other);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QRadioButton *keepName = dialog->choiceButton(MergeField::Name, false);
        QRadioButton *otherName = dialog->choiceButton(MergeField::Name, true);
        QVERIFY(keepName && otherName);
        QVERIFY(keepName->isChecked());
        QCOMPARE(otherName->text(), u"Ada King"_s);
        // User text is shown as written: no markup, no mnemonic.
        QCOMPARE(dialog->choiceButton(MergeField::Organisation, false)->text(), u"AT&&T <b>Labs</b>"_s);
        QVERIFY(!dialog->choiceButton(MergeField::Title, false));
        QVERIFY(dialog->combinedText().contains(u"ada@x.org, king@x.org"_s));
        QVERIFY2(dialog->movesText().startsWith(u"Moves to Ada Lovelace: 1 interaction"_s), qPrintable(dialog->movesText()));
        QVERIFY(dialog->choices().takeFromOther.isEmpty());

        otherName->click();
        QCOMPARE(dialog->choices().takeFromOther, QSet<MergeField>{MergeField::Name});
        dialog->accept();
        QVERIFY(!nb->contact(other));
        QCOMPARE(nb->contact(keep)->name, u"Ada King"_s);
        QCOMPARE(nb->contact(keep)->organisation, u"AT&T <b>Labs</b>"_s);
        QCOMPARE(window.undoStack()->undoText(), u"Merge Ada King into Ada Lovelace"_s);

        window.undo();
        QCOMPARE(nb->contact(keep)->name, u"Ada Lovelace"_s);
        QCOMPARE(nb->contact(other)->name, u"Ada King"_s);
        QCOMPARE(nb->contact(keep)->emails, QStringList{u"ada@x.org"_s});
        QCOMPARE(nb->timeline(other)->size(), 1);
        window.redo();
        QVERIFY(!nb->contact(other));
    }

    void swappingSidesKeepsTheOther()
    {
        test::TempNotebook nb;
        const qint64 first = add(*nb.notebook, u"Grace Hopper"_s, u"Navy"_s, {});
        const qint64 second = add(*nb.notebook, u"Grace B. Hopper"_s, u"Harvard"_s, {});
        MainWindow window(*nb.notebook);
        MergeContactsDialog *dialog = window.mergeContacts(first, second);
        QVERIFY(dialog);
        dialog->swapSides();
        QCOMPARE(dialog->keepId(), second);
        QVERIFY(dialog->choiceButton(MergeField::Organisation, false)->isChecked());
        QCOMPARE(dialog->choiceButton(MergeField::Organisation, false)->text(), u"Harvard"_s);
        dialog->accept();
        QVERIFY(!nb->contact(first));
        QCOMPARE(nb->contact(second)->organisation, u"Harvard"_s);
    }

    void contactMenuMergesTwoSelected()
    {
        test::TempNotebook nb;
        const qint64 a = add(*nb.notebook, u"Mary Jackson"_s, {}, {});
        const qint64 b = add(*nb.notebook, u"Mary W. Jackson"_s, {}, {});
        add(*nb.notebook, u"Katherine Johnson"_s, {}, {});
        MainWindow window(*nb.notebook);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Contacts);
        QTableView *table = window.contactsView()->tableView();
        QTRY_COMPARE(table->model()->rowCount(), 3);

        QAction *merge = contactMenuAction(window, u"&Merge…"_s);
        QVERIFY(merge);
        table->selectRow(0);
        merge = contactMenuAction(window, u"&Merge…"_s);
        QVERIFY(!merge->isEnabled());
        QItemSelectionModel *selection = table->selectionModel();
        selection->clearSelection();
        table->selectRow(1); // by name: Katherine Johnson, Mary Jackson, Mary W. Jackson
        selection->select(table->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(window.contactsView()->selectedContactIds().size(), 2);
        merge = contactMenuAction(window, u"&Merge…"_s);
        QVERIFY(merge->isEnabled());
        merge->trigger();
        MergeContactsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<MergeContactsDialog *>()) && dialog->isVisible());
        const QList<qint64> pair{dialog->keepId(), dialog->otherId()};
        QVERIFY(pair.contains(a) && pair.contains(b));
        QVERIFY(contactMenuAction(window, u"Find D&uplicates…"_s)->isEnabled());
        dialog->reject();
    }

    void duplicatesDialogDismissesUndoablyAndOpensTheMerge()
    {
        test::TempNotebook nb;
        const qint64 a = add(*nb.notebook, u"Dorothy Vaughan"_s, {}, {u"dv@nasa.gov"_s});
        const qint64 b = add(*nb.notebook, u"Dorothy <i>Vaughan</i>"_s, {}, {u"DV@nasa.gov"_s});
        add(*nb.notebook, u"Christine Darden"_s, {}, {});
        add(*nb.notebook, u"Christine Darden"_s, {}, {});
        MainWindow window(*nb.notebook);
        DuplicatesDialog *dialog = window.findDuplicates();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(window.findDuplicates(), dialog); // one list, raised again
        QTRY_COMPARE(dialog->model()->rowCount(), 2);
        QTRY_VERIFY(!dialog->model()->isLoading());
        const QModelIndex why = dialog->model()->index(0, DuplicatesModel::ReasonColumn);
        QCOMPARE(why.data().toString(), u"Same e-mail: dv@nasa.gov"_s);
        QCOMPARE(dialog->model()->index(0, DuplicatesModel::SecondColumn).data().toString(),
                 u"Dorothy <i>Vaughan</i> (#%1)"_s.arg(b));
        QCOMPARE(dialog->statusText().isEmpty(), false);

        dialog->selectRow(0);
        dialog->dismissSelected();
        QTRY_COMPARE(dialog->model()->rowCount(), 1);
        QCOMPARE(window.undoStack()->undoText(), u"Not duplicates: Dorothy Vaughan and Dorothy <i>Vaughan</i>"_s);
        window.undo();
        QTRY_COMPARE(dialog->model()->rowCount(), 2);
        QTRY_VERIFY(!dialog->model()->isLoading());

        dialog->selectRow(0);
        dialog->mergeSelected();
        MergeContactsDialog *merge = nullptr;
        QTRY_VERIFY((merge = dialog->findChild<MergeContactsDialog *>()) && merge->isVisible());
        QCOMPARE(merge->keepId(), a);
        QCOMPARE(merge->otherId(), b);
        merge->accept();
        QTRY_COMPARE(dialog->model()->rowCount(), 1);
        window.undo();
        QTRY_COMPARE(dialog->model()->rowCount(), 2);
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestMergeDialogs)
#include "tst_mergedialogs.moc"
