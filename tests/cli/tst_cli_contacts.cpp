#include "CliRunner.h"
#include "TestSupport.h"

#include "db/Database.h"
#include "db/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tend::test::CliResult;
using tend::test::CliRunner;

class TestCliContacts : public QObject
{
    Q_OBJECT
private slots:
    // `tend` links no Qt Gui: a photo that must be scaled is scaled by the photo plugin, which
    // it loads for the first photo of an import (frontend/files/PhotoScaler.h).
    void importScalesAWidePhotoThroughThePlugin()
    {
        CliRunner cli;
        const CliResult imported = cli.run({u"import"_s, tend::test::testDataPath(u"import/vcard/wide_photo.vcf"_s)});
        QVERIFY2(imported.ok(), qPrintable(imported.describe()));
        QVERIFY2(!imported.err.contains(u"photo"_s, Qt::CaseInsensitive), qPrintable(imported.describe()));
        QVERIFY2(!imported.out.contains(u"could not be kept"_s), qPrintable(imported.describe()));

        const auto database = tend::test::openForReading(cli.databasePath());
        QVERIFY(database);
        auto photo = tend::sql::exec(database->connection(), u"SELECT mime_type, data FROM contact_photo"_s);
        QVERIFY(photo && photo->next());
        QCOMPARE(photo->value(0).toString(), u"image/jpeg"_s); // the 1024-pixel PNG, now a JPEG
        QVERIFY(photo->value(1).toByteArray().startsWith("\xff\xd8\xff"));
    }

    void addPrintsIdAndShowJsonHasEveryField()
    {
        CliRunner tend;
        const qint64 id = tend.addContact(u"Ada Lovelace"_s,
                                          {u"--role"_s, u"mentor"_s, u"--role"_s, u"peer"_s, u"--email"_s,
                                           u"ada@example.com"_s, u"--email"_s, u"ada@home.example"_s, u"--phone"_s,
                                           u"+44 7700 900123"_s, u"--org"_s, u"Analytical Engines"_s, u"--title"_s,
                                           u"Staff Engineer"_s, u"--met-via"_s, u"community"_s, u"--cadence"_s,
                                           u"21"_s, u"--note"_s, u"Likes specific asks."_s});
        QCOMPARE(id, 1);

        const CliResult shown = tend.run({u"contact"_s, u"show"_s, u"ada"_s, u"--json"_s});
        QVERIFY_CLI_OK(shown);
        const QJsonObject contact = shown.json().object();
        QCOMPARE(contact.value(u"id"_s).toInteger(), 1);
        QCOMPARE(contact.value(u"name"_s).toString(), u"Ada Lovelace"_s);
        QCOMPARE(contact.value(u"roles"_s).toArray(), (QJsonArray{u"mentor"_s, u"peer"_s}));
        QCOMPARE(contact.value(u"emails"_s).toArray(), (QJsonArray{u"ada@example.com"_s, u"ada@home.example"_s}));
        QCOMPARE(contact.value(u"phones"_s).toArray(), QJsonArray{u"+44 7700 900123"_s});
        QCOMPARE(contact.value(u"org"_s).toString(), u"Analytical Engines"_s);
        QCOMPARE(contact.value(u"title"_s).toString(), u"Staff Engineer"_s);
        QCOMPARE(contact.value(u"met_via"_s).toString(), u"community"_s);
        QVERIFY(contact.value(u"met_via_detail"_s).isNull());
        QCOMPARE(contact.value(u"cadence"_s).toInt(), 21);
        QCOMPARE(contact.value(u"effective_cadence"_s).toInt(), 21);
        QCOMPARE(contact.value(u"notes"_s).toString(), u"Likes specific asks."_s);
        QCOMPARE(contact.value(u"archived"_s).toBool(), false);
        QVERIFY(contact.value(u"last_interaction"_s).isNull());
        QVERIFY(contact.value(u"next_follow_up"_s).isNull());

        const CliResult text = tend.run({u"contact"_s, u"show"_s, u"1"_s});
        QVERIFY_CLI_OK(text);
        QVERIFY(text.out.contains(u"Ada Lovelace"_s));
        QVERIFY(text.out.contains(u"every 21 days (own)"_s));
    }

    void listJsonHasTheContractShape()
    {
        CliRunner tend;
        tend.addContact(u"Grace Hopper"_s, {u"--role"_s, u"sponsor"_s, u"--org"_s, u"Navy"_s});
        tend.addContact(u"Alan Turing"_s, {u"--role"_s, u"peer"_s, u"--email"_s, u"alan@example.org"_s});
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"grace"_s, u"--date"_s, u"2026-11-20"_s}));

        const CliResult listed = tend.run({u"contact"_s, u"list"_s, u"--json"_s});
        QVERIFY_CLI_OK(listed);
        const QJsonArray rows = listed.json().array();
        QCOMPARE(rows.size(), 2);
        const QJsonObject alan = rows.at(0).toObject();
        const QStringList keys{u"emails"_s, u"id"_s, u"last_interaction"_s, u"name"_s, u"next_follow_up"_s,
                               u"org"_s, u"roles"_s, u"title"_s};
        QCOMPARE(alan.keys(), keys);
        QCOMPARE(alan.value(u"name"_s).toString(), u"Alan Turing"_s);
        QCOMPARE(alan.value(u"id"_s).toInteger(), 2);
        QCOMPARE(alan.value(u"emails"_s).toArray(), QJsonArray{u"alan@example.org"_s});
        QVERIFY(alan.value(u"org"_s).isNull());
        QVERIFY(alan.value(u"title"_s).isNull());
        QVERIFY(alan.value(u"last_interaction"_s).isNull());
        QVERIFY(alan.value(u"next_follow_up"_s).isNull());
        const QJsonObject grace = rows.at(1).toObject();
        QCOMPARE(grace.value(u"roles"_s).toArray(), QJsonArray{u"sponsor"_s});
        QCOMPARE(grace.value(u"org"_s).toString(), u"Navy"_s);
        QCOMPARE(grace.value(u"last_interaction"_s).toString(), u"2026-11-20"_s);
        QCOMPARE(grace.value(u"next_follow_up"_s).toString(), u"2026-12-04"_s);

        const CliResult sponsors = tend.run({u"contact"_s, u"list"_s, u"--role"_s, u"sponsor"_s, u"--json"_s});
        QVERIFY_CLI_OK(sponsors);
        QCOMPARE(sponsors.json().array().size(), 1);
        QCOMPARE(sponsors.json().array().at(0).toObject().value(u"name"_s).toString(), u"Grace Hopper"_s);

        const CliResult text = tend.run({u"contact"_s, u"list"_s});
        QVERIFY_CLI_OK(text);
        const QStringList lines = text.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(u"ID"_s));
        QVERIFY(lines.at(1).contains(u"Alan Turing"_s));
        QVERIFY(lines.at(2).contains(u"2026-12-04"_s));
        // Aligned: the NAME column starts at the same offset on every line.
        QCOMPARE(lines.at(1).indexOf(u"Alan"_s), lines.at(0).indexOf(u"NAME"_s));
        QCOMPARE(lines.at(2).indexOf(u"Grace"_s), lines.at(0).indexOf(u"NAME"_s));
    }

    void editChangesOnlyTheOptionsGiven()
    {
        CliResult result;
        CliRunner tend;
        tend.addContact(u"Katherine Johnson"_s, {u"--role"_s, u"mentor"_s, u"--org"_s, u"NASA"_s, u"--email"_s,
                                                 u"kj@example.com"_s, u"--cadence"_s, u"10"_s});
        QVERIFY_CLI_OK(tend.run({u"contact"_s, u"edit"_s, u"katherine"_s, u"--title"_s, u"Mathematician"_s}));
        result = tend.run({u"contact"_s, u"show"_s, u"1"_s, u"--json"_s});
        QJsonObject contact = result.json().object();
        QCOMPARE(contact.value(u"title"_s).toString(), u"Mathematician"_s);
        QCOMPARE(contact.value(u"org"_s).toString(), u"NASA"_s);
        QCOMPARE(contact.value(u"roles"_s).toArray(), QJsonArray{u"mentor"_s});
        QCOMPARE(contact.value(u"emails"_s).toArray(), QJsonArray{u"kj@example.com"_s});
        QCOMPARE(contact.value(u"cadence"_s).toInt(), 10);

        QVERIFY_CLI_OK(tend.run({u"contact"_s, u"edit"_s, u"1"_s, u"--role"_s, u"coach"_s, u"--role"_s, u"sponsor"_s,
                                 u"--clear-cadence"_s, u"--add-email"_s, u"k@home.example"_s, u"--remove-email"_s,
                                 u"kj@example.com"_s, u"--name"_s, u"Katherine G. Johnson"_s}));
        contact = tend.run({u"contact"_s, u"show"_s, u"1"_s, u"--json"_s}).json().object();
        QCOMPARE(contact.value(u"name"_s).toString(), u"Katherine G. Johnson"_s);
        QCOMPARE(contact.value(u"roles"_s).toArray(), (QJsonArray{u"sponsor"_s, u"coach"_s}));
        QCOMPARE(contact.value(u"emails"_s).toArray(), QJsonArray{u"k@home.example"_s});
        QVERIFY(contact.value(u"cadence"_s).isNull());
        QCOMPARE(contact.value(u"effective_cadence"_s).toInt(), 14); // coach 14 beats sponsor 60
        QCOMPARE(contact.value(u"org"_s).toString(), u"NASA"_s);
    }

    void archiveHidesAndUnarchiveRestores()
    {
        CliRunner tend;
        tend.addContact(u"Dennis Ritchie"_s, {u"--role"_s, u"peer"_s});
        tend.addContact(u"Ken Thompson"_s, {u"--role"_s, u"peer"_s});
        QVERIFY_CLI_OK(tend.run({u"contact"_s, u"archive"_s, u"dennis"_s}));
        QJsonArray rows = tend.run({u"contact"_s, u"list"_s, u"--json"_s}).json().array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(u"name"_s).toString(), u"Ken Thompson"_s);
        rows = tend.run({u"contact"_s, u"list"_s, u"--archived"_s, u"--json"_s}).json().array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(u"name"_s).toString(), u"Dennis Ritchie"_s);
        QCOMPARE(tend.run({u"contact"_s, u"show"_s, u"1"_s, u"--json"_s}).json().object().value(u"archived"_s).toBool(), true);

        QVERIFY_CLI_OK(tend.run({u"contact"_s, u"unarchive"_s, u"1"_s}));
        QCOMPARE(tend.run({u"contact"_s, u"list"_s, u"--json"_s}).json().array().size(), 2);
    }

    void unusualNamesRoundTripVerbatim_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("quotes") << u"Zoë \"Zed\" O'Brien"_s;
        QTest::newRow("emoji") << u"Priya 🌱 Raman 👩🏽‍💻"_s;
        QTest::newRow("arabic") << u"محمد الأحمد"_s;
        QTest::newRow("hebrew") << u"יעל כהן"_s;
        QTest::newRow("markup") << u"<b>Bold</b> & <i>Bert</i>"_s;
        QTest::newRow("sql") << u"Robert'); DROP TABLE contact;--"_s;
    }

    void unusualNamesRoundTripVerbatim()
    {
        QFETCH(QString, name);
        CliRunner tend;
        const qint64 id = tend.addContact(name, {u"--note"_s, name, u"--org"_s, name});
        const CliResult shown = tend.run({u"contact"_s, u"show"_s, QString::number(id), u"--json"_s});
        QVERIFY_CLI_OK(shown);
        const QJsonObject contact = shown.json().object();
        QCOMPARE(contact.value(u"name"_s).toString(), name);
        QCOMPARE(contact.value(u"notes"_s).toString(), name);
        QCOMPARE(contact.value(u"org"_s).toString(), name);
        // Found by its exact name too, and printed verbatim as text.
        const CliResult byName = tend.run({u"contact"_s, u"show"_s, name});
        QVERIFY_CLI_OK(byName);
        QVERIFY(byName.out.contains(name));
    }

    void ambiguousReferenceListsTheCandidates()
    {
        CliRunner tend;
        tend.addContact(u"Sam Chen"_s);
        tend.addContact(u"Sam Park"_s);
        const CliResult result = tend.run({u"contact"_s, u"show"_s, u"sam"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"Sam Chen"_s) && result.err.contains(u"Sam Park"_s), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        // The exact name, in any case, is not ambiguous.
        QVERIFY_CLI_OK(tend.run({u"contact"_s, u"show"_s, u"SAM PARK"_s}));
    }

    // Issue 14: contact references fold accents and Unicode case, as `tend search` does.
    void referencesFoldAccentsAndCase()
    {
        CliRunner tend;
        const qint64 ilker = tend.addContact(u"İlker Yılmaz"_s);
        const qint64 sam = tend.addContact(u"Sam Lefèvre"_s);
        const CliResult shown = tend.run({u"contact"_s, u"show"_s, u"ilker"_s, u"--json"_s});
        QVERIFY_CLI_OK(shown);
        QCOMPARE(shown.json().object().value(u"id"_s).toInteger(), ilker);
        const CliResult lefev = tend.run({u"contact"_s, u"show"_s, u"Sam Lefev"_s, u"--json"_s});
        QVERIFY_CLI_OK(lefev);
        QCOMPARE(lefev.json().object().value(u"id"_s).toInteger(), sam);
        QVERIFY_CLI_OK(tend.run({u"log"_s, u"coffee"_s, u"sam lefevre"_s, u"--no-follow-up"_s}));
    }

    void unknownContactIsAnError()
    {
        CliRunner tend;
        tend.addContact(u"Sam Chen"_s);
        const CliResult result = tend.run({u"contact"_s, u"show"_s, u"nobody"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"nobody"_s), qPrintable(result.err));
    }

    void helpPrintsUsage()
    {
        CliRunner tend;
        const CliResult result = tend.run({u"contact"_s, u"add"_s, u"--help"_s});
        QVERIFY_CLI_OK(result);
        QVERIFY(result.out.contains(u"Usage: tend"_s));
        QVERIFY(result.out.contains(u"--role ROLE"_s));
        QVERIFY(!QFile::exists(tend.databasePath())); // help opens no database
    }
};

QTEST_GUILESS_MAIN(TestCliContacts)
#include "tst_cli_contacts.moc"
