#include "TestSupport.h"

#include "commands/AddContactCommand.h"
#include "commands/DeleteContactCommand.h"
#include "commands/EditContactCommand.h"
#include "commands/LogInteractionCommand.h"
#include "MainWindow.h"

#include <QAction>
#include <QTemporaryDir>
#include <QMenuBar>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

class TestUndo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void undoRestoresADeletedContactWithInteractions();
    void editAndAddAreUndoable();
    void logUndoRemovesTheFollowUp();
    void editMenuNamesWhatUndoWillDo();

private:
    QTemporaryDir m_config;
};

void TestUndo::initTestCase()
{
    test::keepSettingsIn(m_config);
}

void TestUndo::undoRestoresADeletedContactWithInteractions()
{
    test::TempNotebook notebook;
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s, {Role::Mentor});
    Interaction chat;
    chat.date = QDate(2026, 11, 20);
    chat.participants = {{ada, {}}};
    chat.summary = u"Career options"_s;
    QVERIFY(notebook->logInteraction(chat, FollowUpChoice::inDays(14)));
    const int before = int(notebook->timeline(ada)->size());
    QCOMPARE(before, 2); // the chat and its follow-up

    QUndoStack stack;
    QVERIFY(NotebookCommand::execute(&stack, new DeleteContactCommand(*notebook.notebook, ada, u"Ada Lovelace"_s), nullptr));
    QVERIFY(!notebook->contact(ada));
    QCOMPARE(stack.undoText(), u"Delete Ada Lovelace"_s);

    stack.undo();
    auto restored = notebook->contact(ada);
    QVERIFY(restored);
    QCOMPARE(restored->name, u"Ada Lovelace"_s);
    QCOMPARE(int(notebook->timeline(ada)->size()), before);

    stack.redo();
    QVERIFY(!notebook->contact(ada));
    stack.undo();
    QVERIFY(notebook->contact(ada));
}

void TestUndo::editAndAddAreUndoable()
{
    test::TempNotebook notebook;
    QUndoStack stack;
    Contact grace;
    grace.name = u"Grace Hopper"_s;
    auto *add = new AddContactCommand(*notebook.notebook, grace);
    const AddContactCommand *added = add;
    QVERIFY(NotebookCommand::execute(&stack, add, nullptr));
    const qint64 id = added->contactId();
    QVERIFY(notebook->contact(id));

    Contact before = *notebook->contact(id);
    Contact after = before;
    after.organisation = u"US Navy"_s;
    QVERIFY(NotebookCommand::execute(&stack, new EditContactCommand(*notebook.notebook, before, after), nullptr));
    QCOMPARE(notebook->contact(id)->organisation, u"US Navy"_s);
    stack.undo();
    QCOMPARE(notebook->contact(id)->organisation, QString());
    stack.undo();
    QVERIFY(!notebook->contact(id));
    stack.redo();
    QCOMPARE(notebook->contact(id)->name, u"Grace Hopper"_s); // same id after redo
}

void TestUndo::logUndoRemovesTheFollowUp()
{
    test::TempNotebook notebook;
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    QUndoStack stack;
    Interaction chat;
    chat.date = QDate(2026, 11, 23);
    chat.participants = {{ada, u"Ada Lovelace"_s}};
    QVERIFY(NotebookCommand::execute(&stack, new LogInteractionCommand(*notebook.notebook, chat, FollowUpChoice::inDays(1)), nullptr));
    QCOMPARE(notebook->due(QDate(2026, 11, 24))->size(), 1);
    stack.undo();
    QCOMPARE(notebook->due(QDate(2026, 11, 24))->size(), 0);
    QVERIFY(notebook->timeline(ada)->isEmpty());
    stack.redo();
    QCOMPARE(notebook->due(QDate(2026, 11, 24))->size(), 1);
}

void TestUndo::editMenuNamesWhatUndoWillDo()
{
    test::TempNotebook notebook;
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    MainWindow window(*notebook.notebook);
    QVERIFY(NotebookCommand::execute(window.undoStack(), new DeleteContactCommand(*notebook.notebook, ada, u"Ada Lovelace"_s), nullptr));
    QAction *undo = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    QVERIFY(undo);
    QCOMPARE(undo->text(), u"&Undo Delete Ada Lovelace"_s);
    undo->trigger();
    QVERIFY(notebook->contact(ada));
}

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
