#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using tend::test::CliResult;
using tend::test::CliRunner;

namespace {

const QDate lastDay(9999, 12, 31);

QByteArray digestOf(const CliRunner &tend)
{
    return tend::test::fileDigest(tend.databasePath());
}

// Writes around Tend's checks, as an older version or another program might have.
void storeRaw(const QString &path, const QString &statement, const QVariantList &values)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.prepare(statement));
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

QStringList beforeRestoreCopies(const QString &databasePath)
{
    return QDir(QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s))
        .entryList({u"*before-restore*"_s}, QDir::Files);
}

} // namespace

// The command line says exactly what happened: it never reports a change it did not make, never
// shows SQL, and its exit code says whose fault a failure was (README, "Exit codes").
class TestCliOutcomes : public QObject
{
    Q_OBJECT
private slots:
    void theEndOfTheCalendarIsRefusedPlainly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("done k1") << QStringList{u"done"_s, u"k1"_s};
        QTest::newRow("dismiss k1") << QStringList{u"dismiss"_s, u"k1"_s};
        QTest::newRow("snooze k1") << QStringList{u"snooze"_s, u"k1"_s, u"3"_s};
        QTest::newRow("snooze a follow-up") << QStringList{u"snooze"_s, u"1"_s, u"3"_s};
        QTest::newRow("remind") << QStringList{u"remind"_s, u"pat"_s, u"--in"_s, u"1"_s};
    }
    void theEndOfTheCalendarIsRefusedPlainly()
    {
        QFETCH(QStringList, arguments);
        CliRunner tend(QDate(2025, 1, 1));
        tend.addContact(u"Pat Doe"_s, {u"--cadence"_s, u"7"_s});
        tend.addContact(u"Sam Roe"_s); // no cadence: never due, even on the last day
        QVERIFY_CLI_OK(tend.run({u"remind"_s, u"pat"_s, u"--in"_s, u"3"_s}));
        tend.setToday(lastDay);
        const CliResult due = tend.run({u"due"_s}); // the day's backup, so that only the command below could write
        QVERIFY_CLI_OK(due);
        QVERIFY2(!due.out.contains(u"Sam Roe"_s), qPrintable(due.describe()));
        const QByteArray before = digestOf(tend);

        const CliResult result = tend.run(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"after 9999-12-31, the last day Tend can schedule"_s), qPrintable(result.describe()));
        for (const QString &sql : {u"CHECK"_s, u"GLOB"_s, u"constraint"_s, u"due_on"_s})
            QVERIFY2(!result.err.contains(sql), qPrintable(result.describe()));
        QVERIFY2(result.out.isEmpty(), qPrintable(result.describe()));
        QCOMPARE(digestOf(tend), before);
    }

    void closedRemindersStayClosed_data()
    {
        QTest::addColumn<QString>("close");
        QTest::addColumn<QString>("again");
        QTest::addColumn<QString>("message");
        QTest::newRow("dismissed, then done") << u"dismiss"_s << u"done"_s << u"Reminder 1 was already dismissed on 2025-03-02."_s;
        QTest::newRow("dismissed twice") << u"dismiss"_s << u"dismiss"_s << u"Reminder 1 was already dismissed on 2025-03-02."_s;
        QTest::newRow("done twice") << u"done"_s << u"done"_s << u"Reminder 1 was already done on 2025-03-02."_s;
        QTest::newRow("done, then dismissed") << u"done"_s << u"dismiss"_s << u"Reminder 1 was already done on 2025-03-02."_s;
    }
    void closedRemindersStayClosed()
    {
        QFETCH(QString, close);
        QFETCH(QString, again);
        QFETCH(QString, message);
        CliRunner tend(QDate(2025, 3, 1));
        tend.addContact(u"Ada Lovelace"_s);
        QVERIFY_CLI_OK(tend.run({u"remind"_s, u"ada"_s, u"--in"_s, u"1"_s}));
        tend.setToday(QDate(2025, 3, 2));
        QVERIFY_CLI_OK(tend.run({close, u"1"_s}));
        tend.setToday(QDate(2025, 3, 5));
        QVERIFY_CLI_OK(tend.run({u"due"_s}));
        const QByteArray before = digestOf(tend);

        const CliResult result = tend.run({again, u"1"_s});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.trimmed(), u"tend: "_s + message);
        QCOMPARE(digestOf(tend), before);
    }

    void failuresOfTheWorkExitOne()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s, {u"--email"_s, u"ada@example.org"_s});
        tend.addContact(u"Theo Rapist"_s, {u"--role"_s, u"therapist"_s}); // no cadence
        QTemporaryDir folder;
        QVERIFY_CLI_OK(tend.run({u"due"_s}));
        const QByteArray before = digestOf(tend);
        const QList<std::pair<QStringList, QString>> cases = {
            {{u"done"_s, u"k2"_s}, u"no keep-in-touch cadence"_s},
            {{u"snooze"_s, u"k2"_s, u"3"_s}, u"no keep-in-touch cadence"_s},
            {{u"contact"_s, u"edit"_s, u"ada"_s, u"--remove-email"_s, u"ada@elsewhere.org"_s}, u"ada@elsewhere.org"_s},
            {{u"backup"_s, tend.databasePath()}, u"own file"_s},
            {{u"restore"_s, folder.path()}, u"is not a file"_s},
            {{u"restore"_s, tend.databasePath()}, u"the database itself"_s},
        };
        for (const auto &[arguments, message] : cases) {
            const CliResult result = tend.run(arguments);
            QVERIFY2(result.exitCode == 1, qPrintable(arguments.join(u' ') + u"\n"_s + result.describe()));
            QVERIFY2(result.err.contains(message), qPrintable(result.describe()));
            QCOMPARE(digestOf(tend), before);
        }
        QVERIFY(beforeRestoreCopies(tend.databasePath()).isEmpty());
    }

    void oneLineFieldsRefuseControlCharacters_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("field");
        const QString escape = u"Ada\x1b]0;owned\x07"_s;
        QTest::newRow("name with an escape") << QStringList{u"contact"_s, u"add"_s, escape} << u"The name contains U+001B"_s;
        QTest::newRow("name with a newline") << QStringList{u"contact"_s, u"add"_s, u"Ada\nLovelace"_s}
                                             << u"The name contains a line break"_s;
        QTest::newRow("organisation") << QStringList{u"contact"_s, u"add"_s, u"Bob"_s, u"--org"_s, u"Acme\rEvil"_s}
                                      << u"The organisation contains a carriage return"_s;
        QTest::newRow("title") << QStringList{u"contact"_s, u"add"_s, u"Bob"_s, u"--title"_s, u"CTO\tCEO"_s}
                               << u"The title contains a tab"_s;
        QTest::newRow("e-mail") << QStringList{u"contact"_s, u"add"_s, u"Bob"_s, u"--email"_s, u"bob@x.org\n"_s}
                                << u"An e-mail address contains a line break"_s;
        QTest::newRow("phone") << QStringList{u"contact"_s, u"add"_s, u"Bob"_s, u"--phone"_s, u"555\x1b[2J"_s}
                               << u"A phone number contains U+001B"_s;
        QTest::newRow("new name") << QStringList{u"contact"_s, u"edit"_s, u"ada"_s, u"--name"_s, u"Ada\u0085"_s}
                                  << u"The name contains U+0085"_s;
        QTest::newRow("summary") << QStringList{u"log"_s, u"coffee"_s, u"ada"_s, u"--summary"_s, u"one\ntwo"_s}
                                 << u"The summary contains a line break"_s;
        QTest::newRow("reason") << QStringList{u"remind"_s, u"ada"_s, u"--in"_s, u"3"_s, u"--reason"_s, u"call\x1b[31m"_s}
                                << u"The reason contains U+001B"_s;
        QTest::newRow("notes") << QStringList{u"contact"_s, u"add"_s, u"Bob"_s, u"--note"_s, u"fine\nbut\x1b[31m"_s}
                               << u"The notes contains a control character (U+001B)"_s;
        QTest::newRow("agenda") << QStringList{u"log"_s, u"coffee"_s, u"ada"_s, u"--agenda"_s, u"1.\r2."_s}
                                << u"The agenda contains a control character (a carriage return"_s;
    }
    void oneLineFieldsRefuseControlCharacters()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, field);
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s);
        QVERIFY_CLI_OK(tend.run({u"due"_s}));
        const QByteArray before = digestOf(tend);
        const CliResult result = tend.run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(field), qPrintable(result.describe()));
        QVERIFY2(!result.err.contains(u'\x1b'), qPrintable(result.describe()));
        QCOMPARE(digestOf(tend), before);
    }

    void multiLineFieldsKeepLineBreaksAndTabs()
    {
        CliRunner tend;
        const QString notes = u"Met at the meetup.\n\t- sponsorship\n\t- a talk"_s;
        const qint64 id = tend.addContact(u"Ada Lovelace"_s, {u"--note"_s, notes});
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"ada"_s, u"--agenda"_s, notes, u"--note"_s, notes}));
        const CliResult shown = tend.run({u"contact"_s, u"show"_s, QString::number(id), u"--json"_s});
        QCOMPARE(shown.json().object().value(u"notes"_s).toString(), notes);
    }

    void textOutputPassesNoEscapeSequences()
    {
        CliRunner tend;
        const qint64 id = tend.addContact(u"Ada Lovelace"_s, {u"--role"_s, u"mentor"_s});
        QVERIFY_CLI_OK(tend.run({u"remind"_s, u"ada"_s, u"--in"_s, u"0"_s}));
        const QString hostile = u"Ada\x1b]0;owned\x07\x1b[2J\r\u009b31m"_s;
        storeRaw(tend.databasePath(), u"UPDATE contact SET name = ?, organisation = ?, notes = ? WHERE id = ?"_s,
                 QVariantList{hostile, hostile, QString(hostile + u"\nline two"_s), id});
        storeRaw(tend.databasePath(), u"UPDATE reminder SET reason = ?"_s, QVariantList{hostile});

        const QList<QStringList> commands = {{u"contact"_s, u"list"_s},
                                             {u"contact"_s, u"show"_s, QString::number(id)},
                                             {u"due"_s},
                                             {u"timeline"_s, QString::number(id)},
                                             {u"done"_s, u"1"_s},
                                             {u"contact"_s, u"show"_s, hostile}};
        for (const QStringList &arguments : commands) {
            const CliResult result = tend.run(arguments);
            const QString printed = result.out + result.err;
            for (const QChar c : printed) {
                QVERIFY2(c == u'\n' || c == u'\t' || (c.category() != QChar::Other_Control),
                         qPrintable(arguments.join(u' ') + u": U+"_s + QString::number(c.unicode(), 16)));
            }
            QVERIFY2(result.out.contains(u"Ada\u241b]0;owned\u2407"_s) || result.err.contains(u"Ada\u241b]0;owned\u2407"_s),
                     qPrintable(result.describe()));
        }
        // JSON keeps the text as it is, escaped by the JSON writer.
        const CliResult json = tend.run({u"contact"_s, u"show"_s, QString::number(id), u"--json"_s});
        for (const QChar c : std::as_const(json.out))
            QVERIFY2(c == u'\n' || c.category() != QChar::Other_Control, qPrintable(QString::number(c.unicode(), 16)));
        QVERIFY(json.out.contains(u"\\u001b"_s));
        QVERIFY(json.out.contains(u"\\u009b"_s));
        QCOMPARE(json.json().object().value(u"name"_s).toString(), hostile);
    }

    void editWithNoOptionsIsAUsageError()
    {
        CliRunner tend(QDate(2025, 1, 1));
        tend.addContact(u"Ada Lovelace"_s, {u"--org"_s, u"Engines"_s});
        const QString before = tend.run({u"contact"_s, u"show"_s, u"ada"_s, u"--json"_s}).json()[u"updated_at"_s].toString();
        tend.setToday(QDate(2025, 6, 1));
        QVERIFY_CLI_OK(tend.run({u"due"_s}));
        const QByteArray digest = digestOf(tend);
        const CliResult result = tend.run({u"contact"_s, u"edit"_s, u"ada"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"Nothing to change"_s), qPrintable(result.describe()));
        QCOMPARE(digestOf(tend), digest);
        QCOMPARE(tend.run({u"contact"_s, u"show"_s, u"ada"_s, u"--json"_s}).json()[u"updated_at"_s].toString(), before);
    }

    void editClearsRolesAndHowYouMet()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s, {u"--role"_s, u"mentor"_s, u"--role"_s, u"sponsor"_s, u"--met-via"_s,
                                            u"community"_s, u"--met-via-detail"_s, u"PyLadies"_s});
        QVERIFY_CLI_OK(tend.run({u"contact"_s, u"edit"_s, u"ada"_s, u"--no-roles"_s, u"--met-via"_s, u"none"_s}));
        const QJsonObject contact = tend.run({u"contact"_s, u"show"_s, u"ada"_s, u"--json"_s}).json().object();
        QCOMPARE(contact.value(u"roles"_s).toArray(), QJsonArray());
        QVERIFY(contact.value(u"met_via"_s).isNull());
        QVERIFY(contact.value(u"met_via_detail"_s).isNull());

        const CliResult both = tend.run({u"contact"_s, u"edit"_s, u"ada"_s, u"--no-roles"_s, u"--role"_s, u"peer"_s});
        QCOMPARE(both.exitCode, 2);
        const CliResult help = tend.run({u"contact"_s, u"edit"_s, u"--help"_s});
        QVERIFY(help.out.contains(u"--no-roles"_s));
        QVERIFY(help.out.contains(u"none clears it"_s));
    }

    void emailsAreOneAddressWhateverTheirCase()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s, {u"--email"_s, u"Ada@Example.org"_s, u"--email"_s, u"ada@example.ORG"_s,
                                            u"--email"_s, u"ada@work.org"_s});
        const auto emails = [&] {
            return tend.run({u"contact"_s, u"show"_s, u"ada"_s, u"--json"_s}).json()[u"emails"_s].toArray();
        };
        QCOMPARE(emails(), (QJsonArray{u"Ada@Example.org"_s, u"ada@work.org"_s}));
        QVERIFY_CLI_OK(tend.run({u"contact"_s, u"edit"_s, u"ada"_s, u"--add-email"_s, u"ADA@WORK.ORG"_s}));
        QCOMPARE(emails(), (QJsonArray{u"Ada@Example.org"_s, u"ada@work.org"_s}));
        QVERIFY_CLI_OK(tend.run({u"contact"_s, u"edit"_s, u"ada"_s, u"--email"_s, u"a@b.org"_s, u"--email"_s, u"A@B.org"_s}));
        QCOMPARE(emails(), (QJsonArray{u"a@b.org"_s}));
        QVERIFY_CLI_OK(tend.run({u"contact"_s, u"edit"_s, u"ada"_s, u"--remove-email"_s, u"A@B.ORG"_s}));
        QCOMPARE(emails(), QJsonArray());
    }

    void aParticipantNamedTwiceIsLoggedOnce()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s);
        tend.addContact(u"Grace Hopper"_s);
        const CliResult result = tend.run({u"log"_s, u"coffee"_s, u"ada"_s, u"grace"_s, u"Ada Lovelace"_s, u"1"_s});
        QVERIFY_CLI_OK(result);
        QVERIFY2(result.out.contains(u"with Ada Lovelace, Grace Hopper on"_s), qPrintable(result.describe()));
        QVERIFY2(result.out.contains(u"Ada Lovelace was named 3 times; logged once."_s), qPrintable(result.describe()));
        QVERIFY2(result.out.contains(u"(reminder 1, 2)."_s), qPrintable(result.describe()));

        const CliResult twice = tend.run({u"log"_s, u"call"_s, u"grace"_s, u"grace"_s});
        QVERIFY_CLI_OK(twice);
        QVERIFY2(twice.out.contains(u"Grace Hopper was named twice; logged once."_s), qPrintable(twice.describe()));
        QVERIFY(!twice.out.contains(u"Ada"_s));
    }

    void dueJsonGivesTheIdThatCommandsTake()
    {
        CliRunner tend(QDate(2026, 1, 1));
        tend.addContact(u"Ada Lovelace"_s, {u"--role"_s, u"coach"_s});
        tend.addContact(u"Grace Hopper"_s);
        QVERIFY_CLI_OK(tend.run({u"remind"_s, u"grace"_s, u"--in"_s, u"1"_s}));
        tend.setToday(QDate(2026, 3, 1));
        const QJsonArray items = tend.run({u"due"_s, u"--json"_s}).json().array();
        QCOMPARE(items.size(), 2);
        for (const QJsonValue &item : items) {
            const QJsonValue id = item[u"id"_s];
            if (item[u"kind"_s] == u"keep-in-touch"_s)
                QCOMPARE(id.toString(), u"k1"_s);
            else
                QCOMPARE(id.toInteger(), 1); // follow-ups keep their number
            const QString reference = id.isString() ? id.toString() : QString::number(id.toInteger());
            QVERIFY_CLI_OK(tend.run({u"done"_s, reference}));
        }
        QVERIFY(tend.run({u"due"_s, u"--json"_s}).json().array().isEmpty());
        QVERIFY(tend.run({u"due"_s, u"--help"_s}).out.contains(u"\"k7\""_s));
    }

    void oddDatabasePathsAreNamedPlainly()
    {
        const CliResult device = CliRunner::runRaw({u"--db"_s, u"/dev/null"_s, u"due"_s});
        QCOMPARE(device.exitCode, 1);
        QVERIFY2(device.err.contains(u"/dev/null is not a regular file"_s), qPrintable(device.describe()));

        QTemporaryDir folder;
        const QString link = folder.filePath(u"tend.db"_s);
        const QString target = folder.filePath(u"moved/notebook.db"_s);
        QVERIFY(QFile::link(target, link));
        const CliResult dangling = CliRunner::runRaw({u"--db"_s, link, u"due"_s});
        QCOMPARE(dangling.exitCode, 1);
        QVERIFY2(dangling.err.contains(u"is a symbolic link to %1, which does not exist"_s.arg(target)),
                 qPrintable(dangling.describe()));
        QVERIFY(!QFileInfo::exists(target));
    }

    void anEmptyFileBecomesAPrivateNotebook()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"empty.db"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                    | QFileDevice::ReadOther));
        CliRunner tend(path);
        tend.addContact(u"Ada Lovelace"_s);
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void aRefusedRestoreKeepsNoCopy()
    {
        CliRunner tend;
        tend.addContact(u"Ada Lovelace"_s);
        QTemporaryDir folder;
        const QString backup = folder.filePath(u"copy.db"_s);
        QVERIFY_CLI_OK(tend.run({u"backup"_s, backup}));
        tend.addContact(u"Grace Hopper"_s);

        // Open in another program, as the window would be.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"window"_s);
        db.setDatabaseName(tend.databasePath());
        QVERIFY(db.open());
        {
            QSqlQuery reader(db);
            QVERIFY(reader.exec(u"SELECT id FROM contact"_s) && reader.next());
            const CliResult busy = tend.run({u"restore"_s, backup});
            QCOMPARE(busy.exitCode, 1);
            QVERIFY2(busy.err.contains(u"open in another program"_s), qPrintable(busy.describe()));
            QVERIFY2(beforeRestoreCopies(tend.databasePath()).isEmpty(),
                     qPrintable(beforeRestoreCopies(tend.databasePath()).join(u' ')));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"window"_s);

        QVERIFY_CLI_OK(tend.run({u"restore"_s, backup}));
        QCOMPARE(beforeRestoreCopies(tend.databasePath()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliOutcomes)
#include "tst_cli_outcomes.moc"
