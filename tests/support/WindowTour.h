#pragma once

#include "MnemonicWalker.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/DatePickerDialog.h"
#include "dialogs/LogInteractionDialog.h"
#include "dialogs/ShortcutsDialog.h"

#include <QUndoStack>

namespace tend::test {

// The mnemonic clashes of every page of the window (a contact's page shows `contactId`), of the
// welcome page of an empty notebook, and of every dialog. Issue 14: a test walks them all.
inline QStringList mnemonicClashesEverywhere(Notebook &notebook, qint64 contactId)
{
    using namespace tend::gui;
    using Page = MainWindow::Page;
    QStringList clashes;
    MainWindow window(notebook);
    window.resize(1200, 800);
    window.show();
    for (const auto &[page, name] : QList<std::pair<Page, QString>>{{Page::Today, QStringLiteral("Today")},
                                                                    {Page::Contacts, QStringLiteral("Contacts")},
                                                                    {Page::Helped, QStringLiteral("Helped lately")},
                                                                    {Page::Insights, QStringLiteral("Insights")},
                                                                    {Page::Search, QStringLiteral("Search")}}) {
        window.showPage(page);
        clashes += mnemonicClashes(&window, name);
    }
    window.openContact(contactId);
    clashes += mnemonicClashes(&window, QStringLiteral("a contact's page"));

    TempNotebook empty;
    MainWindow welcome(*empty.notebook);
    welcome.show();
    clashes += mnemonicClashes(&welcome, QStringLiteral("Welcome"));

    QUndoStack stack;
    LogInteractionDialog log(notebook, &stack);
    clashes += mnemonicClashes(&log, QStringLiteral("Log interaction"));
    ContactDialog newContact(notebook, Contact{});
    clashes += mnemonicClashes(&newContact, QStringLiteral("New contact"));
    ContactDialog editContact(notebook, *notebook.contact(contactId));
    clashes += mnemonicClashes(&editContact, QStringLiteral("Edit contact"));
    DatePickerDialog date(notebook.today(), notebook.today());
    clashes += mnemonicClashes(&date, QStringLiteral("Snooze until"));
    ShortcutsDialog shortcuts(window.shortcutSections());
    clashes += mnemonicClashes(&shortcuts, QStringLiteral("Keyboard shortcuts"));
    return clashes;
}

} // namespace tend::test
