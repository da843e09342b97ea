#include "TestSupport.h"
#include "WindowTour.h"

#include "DisplayText.h"
#include "MainWindow.h"

#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::gui;

// The window as `LANG=de_DE.UTF-8 tend` shows it: this suite runs in that locale (tests/ui/
// CMakeLists.txt) and installs the translations on start as Tend does, with no glibc locale needed.
class TestGerman : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theLocaleComesFromTheEnvironment();
    void menusAreGerman();
    void everyMenuHasUniqueMnemonics();
    void noMnemonicIsClaimedTwiceInGerman();
    void datesAreWrittenTheGermanWay();
    void pluralsAndStoredKeysReadAsGerman();
    void qtsOwnButtonsAreGermanWhenTheSystemHasThem();

private:
    QTemporaryDir m_config;
};

void TestGerman::initTestCase()
{
    test::keepSettingsIn(m_config);
}

void TestGerman::theLocaleComesFromTheEnvironment()
{
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QLocale::system().name(), u"de_DE"_s);
}

void TestGerman::menusAreGerman()
{
    test::TempNotebook notebook;
    MainWindow window(*notebook.notebook);
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles.append(menu->text());
    QCOMPARE(titles, (QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Kontakt"_s, u"&Hilfe"_s}));
    QCOMPARE(window.windowTitle(), u"Tend"_s);
    const QList<QAction *> file = window.menuBar()->actions().constFirst()->menu()->actions();
    QCOMPARE(file.constFirst()->text(), u"&Neuer Kontakt …"_s);
    QCOMPARE(file.constFirst()->shortcut(), QKeySequence(QKeySequence::New)); // shortcuts are not translated
}

// Alt+letter must reach one entry: within the menu bar, and within each menu.
void TestGerman::everyMenuHasUniqueMnemonics()
{
    test::TempNotebook notebook;
    MainWindow window(*notebook.notebook);
    const auto check = [](const QString &where, const QList<QAction *> &actions) {
        QHash<QString, QString> seen;
        for (const QAction *action : actions) {
            if (action->isSeparator())
                continue;
            const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
            QVERIFY2(!mnemonic.isEmpty(), qPrintable(where + u": \""_s + action->text() + u"\" has no mnemonic"_s));
            const QString key = mnemonic.toString();
            QVERIFY2(!seen.contains(key), qPrintable(u"%1: \"%2\" and \"%3\" share %4"_s.arg(where, seen.value(key),
                                                                                                  action->text(), key)));
            seen.insert(key, action->text());
        }
    };
    check(u"menu bar"_s, window.menuBar()->actions());
    for (QAction *menu : window.menuBar()->actions())
        check(menu->text(), menu->menu()->actions());
}

void TestGerman::noMnemonicIsClaimedTwiceInGerman()
{
    test::TempNotebook notebook;
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s, {Role::Mentor});
    const QStringList clashes = test::mnemonicClashesEverywhere(*notebook.notebook, ada);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestGerman::datesAreWrittenTheGermanWay()
{
    QCOMPARE(text::longDate(QDate(2026, 11, 23)), u"Montag, 23. November"_s);
    const QDate today(2026, 12, 1);
    const int year = today.year();
    QCOMPARE(text::shortDate(QDate(year, 12, 7), today), u"7. Dez."_s);
    QCOMPARE(text::shortDate(QDate(year - 1, 3, 2), today), u"2. März %1"_s.arg(year - 1));
    QCOMPARE(text::dueWhen(-3, QDate(2026, 11, 26), QDate(2026, 11, 23)), u"Do., 26. Nov."_s);
    QCOMPARE(text::dueWhen(0, QDate(2026, 11, 23), QDate(2026, 11, 23)), u"heute"_s);
    QCOMPARE(text::backupTime(QDateTime(QDate(2026, 11, 22), QTime(18, 40)), QDate(2026, 11, 23)), u"gestern 18:40"_s);
}

void TestGerman::pluralsAndStoredKeysReadAsGerman()
{
    QCOMPARE(text::dueWhen(1, QDate(2026, 11, 22), QDate(2026, 11, 23)), u"1 Tag überfällig"_s);
    QCOMPARE(text::dueWhen(5, QDate(2026, 11, 18), QDate(2026, 11, 23)), u"5 Tage überfällig"_s);
    QCOMPARE(text::roles({Role::Mentor, Role::Peer}), u"Mentor · Peer"_s);
    QCOMPARE(displayName(InteractionKind::Coffee), u"Kaffeegespräch"_s);
    QCOMPARE(inlineName(ReminderState::Done), u"erledigt"_s);

    test::TempNotebook notebook;
    test::addContact(*notebook.notebook, u"Ada Lovelace"_s, {Role::Mentor});
    MainWindow window(*notebook.notebook);
    QCOMPARE(window.countsText(), u"1 Kontakt · 0 fällig"_s);
    test::addContact(*notebook.notebook, u"Grace Hopper"_s, {Role::Peer});
    QCOMPARE(window.countsText(), u"2 Kontakte · 0 fällig"_s);
}

// Qt's translations come with the system (qt6-translations-l10n on Debian); without them the
// standard buttons stay English, and Tend still starts.
void TestGerman::qtsOwnButtonsAreGermanWhenTheSystemHasThem()
{
    if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s))
        QSKIP("this system has no qtbase_de.qm");
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Abbrechen"_s);
}

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
