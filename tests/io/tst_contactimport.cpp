// Notebook::importContacts / planImport / undoImport / exportBackup / importBackup on real SQLite
// files: matching, re-imports, dry runs, cancel, strict, tags, and the JSON round trip.
#include "IoTestSupport.h"
#include "TestSupport.h"

#include "exchange/ContactExport.h"
#include "io/ContactFile.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

io::ParsedFile parse(const QByteArray &data, const QString &name = u"test.vcf"_s, bool strict = false)
{
    io::ReadOptions options;
    options.strict = strict;
    auto parsed = io::readContactsData(data, options, name);
    if (!parsed)
        qFatal("cannot parse %s: %s", qPrintable(name), qPrintable(parsed.error().message));
    return *parsed;
}

io::ParsedFile fixture(const QString &relative)
{
    return parse(test::readFixture(relative), relative);
}

QByteArray card(const QString &lines)
{
    return (u"BEGIN:VCARD\r\nVERSION:3.0\r\n"_s + lines + u"END:VCARD\r\n"_s).toUtf8();
}

int contactCount(Notebook &notebook)
{
    ContactQuery everyone;
    everyone.includeArchived = true;
    return *notebook.contactCount(everyone);
}

ImportOptions noBackup()
{
    ImportOptions options;
    options.backupFirst = false;
    return options;
}

} // namespace

class TestContactImport : public QObject
{
    Q_OBJECT
private slots:
    void importsAndReimportCreatesNothing()
    {
        test::TempNotebook nb;
        const QList<io::ParsedFile> files = {fixture(u"vcard/v40_features.vcf"_s), fixture(u"vcard/names.vcf"_s),
                                             fixture(u"csv/linkedin_connections.csv"_s)};
        auto first = nb->importContacts(files, noBackup());
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QVERIFY(first->created > 0);
        QCOMPARE(first->updated, 0);
        QCOMPARE(contactCount(*nb.notebook), first->created);
        for (const ImportRow &row : first->rows) {
            if (row.action != ImportAction::Skip)
                QVERIFY(row.contactId > 0);
        }

        auto again = nb->importContacts(files, noBackup());
        QVERIFY(again);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->unchanged, first->created);
        QCOMPARE(contactCount(*nb.notebook), first->created);
    }

    void matchesByUidThenEmailThenPhoneThenFoldedName()
    {
        test::TempNotebook nb;
        auto created = nb->importContacts({parse(card(u"UID:urn:uuid:ada\r\nFN:Ada Lovelace\r\n"
                                                      "EMAIL:ada@example.org\r\nTEL:+44 20 7946 0001\r\n"_s)
                                                 + card(u"FN:Élodie Durand\r\n"_s))},
                                          noBackup());
        QVERIFY(created);
        QCOMPARE(created->created, 2);

        const auto matchOf = [&](const QString &lines) {
            auto plan = nb->planImport({parse(card(lines))});
            if (!plan || plan->summary.rows.size() != 1)
                return std::optional<MatchReason>();
            return plan->summary.rows.constFirst().matchedBy;
        };
        QCOMPARE(matchOf(u"UID:urn:uuid:ada\r\nFN:Someone Else\r\n"_s), MatchReason::Uid);
        QCOMPARE(matchOf(u"FN:A. Lovelace\r\nEMAIL:ADA@example.org\r\n"_s), MatchReason::Email);
        QCOMPARE(matchOf(u"FN:The Countess\r\nTEL:(+44) 20-7946-0001\r\n"_s), MatchReason::Phone);
        QCOMPARE(matchOf(u"FN:ELODIE  durand\r\n"_s), MatchReason::Name);
        QCOMPARE(matchOf(u"FN:Charles Babbage\r\n"_s), std::nullopt);

        // A match updates instead of adding: the new e-mail and title join the contact.
        auto updated = nb->importContacts({parse(card(u"FN:Elodie Durand\r\nEMAIL:elodie@example.org\r\nTITLE:CTO\r\n"_s))},
                                          noBackup());
        QVERIFY(updated);
        QCOMPARE(updated->created, 0);
        QCOMPARE(updated->updated, 1);
        const qint64 id = updated->rows.constFirst().contactId;
        auto contact = nb->contact(id);
        QVERIFY(contact);
        QCOMPARE(contact->name, u"Élodie Durand"_s); // the notebook's name stays
        QCOMPARE(contact->emails, QStringList{u"elodie@example.org"_s});
        QCOMPARE(contact->title, u"CTO"_s);
        QCOMPARE(contactCount(*nb.notebook), 2);
    }

    void recordsOfOnePersonInOneFileBecomeOneContact()
    {
        test::TempNotebook nb;
        auto summary = nb->importContacts({parse(card(u"FN:Grace Hopper\r\nEMAIL:grace@example.org\r\n"_s)
                                                 + card(u"FN:Grace B. Hopper\r\nEMAIL:grace@example.org\r\nTEL:555 0100 999\r\n"_s))},
                                          noBackup());
        QVERIFY(summary);
        QCOMPARE(summary->created, 1);
        QCOMPARE(summary->merged, 1);
        auto contact = nb->contact(summary->createdIds.constFirst());
        QCOMPARE(contact->phones, QStringList{u"555 0100 999"_s});
    }

    // Issue 10: BDAY and ANNIVERSARY become important dates (with or without a year); the card keeps them.
    void birthdaysAndAnniversariesBecomeImportantDates()
    {
        test::TempNotebook nb(QDate(2026, 11, 23));
        auto summary = nb->importContacts({parse(card(u"FN:Ada\r\nBDAY:1815-12-10\r\nANNIVERSARY:--0601\r\n"_s)
                                                 + card(u"FN:Bo\r\nBDAY:--02-29\r\n"_s))},
                                          noBackup());
        QVERIFY(summary);
        QCOMPARE(summary->created, 2);
        auto ada = nb->importantDates(summary->createdIds.at(0), QDate(2026, 11, 23));
        QCOMPARE(ada->size(), 2);
        QCOMPARE(ada->at(0).date.dateText(), u"1815-12-10"_s);
        QCOMPARE(ada->at(0).years, 211);
        QCOMPARE(ada->at(1).date.kind, ImportantDate::Kind::Anniversary);
        QCOMPARE(ada->at(1).date.dateText(), u"--06-01"_s);
        auto bo = nb->importantDates(summary->createdIds.at(1), QDate(2026, 11, 23));
        QCOMPARE(bo->constFirst().occursOn, QDate(2027, 2, 28));
        QVERIFY(nb->undoImport(*summary).ok());
        QCOMPARE(nb->upcomingDates(QDate(2026, 11, 23), 365)->size(), 0);
    }

    void keepsUidCardTagsAndConnectionDay()
    {
        test::TempNotebook nb;
        const QByteArray text = card(u"UID:abc-123\r\nFN:Ada\r\nCATEGORIES:PyLadies,inner circle,pyladies\r\n"
                                     "BDAY:1815-12-10\r\nX-UNKNOWN;TYPE=odd:kept\r\n"_s);
        auto summary = nb->importContacts({parse(text)}, noBackup());
        QVERIFY(summary);
        auto contact = nb->contact(summary->createdIds.constFirst());
        QCOMPARE(contact->uid, u"abc-123"_s);
        QCOMPARE(contact->tags, (QStringList{u"inner circle"_s, u"PyLadies"_s}));
        QVERIFY(contact->card.contains(u"X-UNKNOWN;TYPE=odd:kept"_s));
        QVERIFY(contact->card.contains(u"BDAY:1815-12-10"_s));

        auto tags = nb->tags();
        QCOMPARE(tags->size(), 2);
        ContactQuery tagged;
        tagged.tag = u"PYLADIES"_s;
        QCOMPARE(*nb->contactCount(tagged), 1);

        // The export merges Tend's fields into the kept card: unknown properties and the birthday stay.
        const QByteArray exported = exportVCards(*nb->exportContacts());
        QVERIFY(exported.contains("X-UNKNOWN;TYPE=odd:kept"));
        QVERIFY(exported.contains("BDAY:18151210") || exported.contains("BDAY:1815-12-10"));
        QVERIFY(exported.contains("UID:abc-123"));

        auto linkedin = nb->importContacts({fixture(u"csv/linkedin_connections.csv"_s)}, noBackup());
        QVERIFY(linkedin);
        const qint64 id = linkedin->createdIds.constFirst();
        auto connected = nb->contact(id);
        QVERIFY(connected->connectedOn.isValid());
        QCOMPARE(connected->metVia, MetVia::Online);
        QVERIFY(!connected->uid.isEmpty());
    }

    void datesEnteredInTendGoOutAsBdayAndAnniversary()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        ImportantDate birthday;
        birthday.contactId = ada;
        birthday.month = 12;
        birthday.day = 10; // no year: vCard's --12-10
        ImportantDate joined;
        joined.contactId = ada;
        joined.kind = ImportantDate::Kind::Anniversary;
        joined.year = 1842;
        joined.month = 9;
        joined.day = 1;
        QVERIFY(nb->addImportantDate(birthday));
        QVERIFY(nb->addImportantDate(joined));
        auto dates = nb->exportImportantDates();
        QVERIFY(dates);
        const DatesByContact byContact = datesByContact(*dates);
        for (const io::VCardVersion version : {io::VCardVersion::V3_0, io::VCardVersion::V4_0}) {
            auto read = io::readContactsData(exportVCards(*nb->exportContacts(), version, byContact), {});
            QVERIFY(read);
            QCOMPARE(read->contacts.size(), 1);
            const io::ContactRecord &record = read->contacts.constFirst();
            QVERIFY(record.birthday);
            QCOMPARE(record.birthday->toIso(), u"--12-10"_s);
            QVERIFY(record.anniversary);
            QCOMPARE(record.anniversary->toIso(), u"1842-09-01"_s);
        }
        auto csv = io::readContactsData(exportCsv(*nb->exportContacts(), byContact), {});
        QVERIFY(csv);
        QCOMPARE(csv->contacts.constFirst().birthday->toIso(), u"--12-10"_s);
    }

    void reimportingACardWithABirthdayGivesTheExistingContactItsDate()
    {
        test::TempNotebook nb;
        auto first = nb->importContacts({parse(card(u"UID:ada-1\r\nFN:Ada\r\n"_s))}, noBackup());
        QVERIFY(first);
        const qint64 ada = first->createdIds.constFirst();
        QVERIFY(nb->importantDates(ada, nb->today())->isEmpty());

        const QByteArray withDates = card(u"UID:ada-1\r\nFN:Ada\r\nBDAY:1815-12-10\r\nANNIVERSARY:18420901\r\n"_s);
        auto second = nb->importContacts({parse(withDates)}, noBackup());
        QVERIFY(second);
        QCOMPARE(second->created, 0);
        QCOMPARE(second->addedDateIds.size(), 2);
        QCOMPARE(nb->importantDates(ada, nb->today())->size(), 2);

        // Again: the contact has a date of each kind, so nothing is added; undo takes back only its own.
        auto third = nb->importContacts({parse(withDates)}, noBackup());
        QVERIFY(third);
        QVERIFY(third->addedDateIds.isEmpty());
        QVERIFY(nb->undoImport(*second));
        QVERIFY(nb->importantDates(ada, nb->today())->isEmpty());
    }

    void dryRunWritesNothing()
    {
        test::TempNotebook nb;
        test::addContact(*nb.notebook, u"Ada Lovelace"_s);
        const QByteArray before = test::fileDigest(nb.path);
        ImportOptions options;
        options.dryRun = true;
        auto summary = nb->importContacts({fixture(u"vcard/names.vcf"_s)}, options);
        QVERIFY(summary);
        QVERIFY(summary->dryRun);
        QVERIFY(summary->created > 0);
        QCOMPARE(test::fileDigest(nb.path), before);
        QCOMPARE(contactCount(*nb.notebook), 1);
        QVERIFY(nb->backups().isEmpty());
    }

    void backupBeforeImport()
    {
        test::TempNotebook nb;
        test::addContact(*nb.notebook, u"Ada Lovelace"_s);
        auto summary = nb->importContacts({fixture(u"vcard/names.vcf"_s)});
        QVERIFY(summary);
        QVERIFY(!summary->backupPath.isEmpty());
        QVERIFY(QFile::exists(summary->backupPath));
    }

    void cancelLeavesNothing()
    {
        test::TempNotebook nb;
        const QByteArray before = test::fileDigest(nb.path);
        auto summary = nb->importContacts({fixture(u"csv/linkedin_connections.csv"_s)}, noBackup(),
                                          [](qint64, qint64) { return false; });
        QVERIFY(!summary);
        QCOMPARE(summary.error().code, Error::Code::Cancelled);
        QCOMPARE(contactCount(*nb.notebook), 0);
        QCOMPARE(test::fileDigest(nb.path), before);
    }

    void damagedCardsSkippedOrStrictRefuses()
    {
        test::TempNotebook nb;
        auto summary = nb->importContacts({fixture(u"vcard/damaged.vcf"_s)}, noBackup());
        QVERIFY(summary);
        QVERIFY(summary->skipped > 0);
        QVERIFY(summary->created > 0);
        const auto skipped = std::find_if(summary->issues.cbegin(), summary->issues.cend(), [](const ImportIssue &i) {
            return i.problem.severity == io::ImportProblem::Severity::Skipped;
        });
        QVERIFY(skipped != summary->issues.cend());
        QVERIFY(skipped->describe().startsWith(u"vcard/damaged.vcf: line "_s));

        // A record the notebook cannot store (its name is far too long) is skipped with the reason.
        test::TempNotebook other;
        ImportOptions strict = noBackup();
        strict.strict = true;
        const io::ParsedFile tooLong = parse(card(u"FN:"_s + QString(300, u'x') + u"\r\n"_s) + card(u"FN:Fine\r\n"_s));
        auto refused = other->importContacts({tooLong}, strict);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QVERIFY2(refused.error().message.contains(u"line 1"_s), qPrintable(refused.error().message));
        QCOMPARE(contactCount(*other.notebook), 0);
        auto lenient = other->importContacts({tooLong}, noBackup());
        QVERIFY(lenient);
        QCOMPARE(lenient->created, 1);
        QCOMPARE(lenient->skipped, 1);
    }

    void undoTakesTheImportBack()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada Lovelace"_s);
        auto summary = nb->importContacts({parse(card(u"FN:Ada Lovelace\r\nEMAIL:ada@example.org\r\n"_s)
                                                 + card(u"FN:New Person\r\n"_s))},
                                          noBackup());
        QVERIFY(summary);
        QCOMPARE(summary->created, 1);
        QCOMPARE(summary->updated, 1);
        QVERIFY(nb->undoImport(*summary));
        QCOMPARE(contactCount(*nb.notebook), 1);
        QVERIFY(nb->contact(ada)->emails.isEmpty());
    }

    void jsonRoundTripGivesTheSameDocument()
    {
        test::TempNotebook nb;
        QVERIFY(nb->importContacts({fixture(u"vcard/v40_features.vcf"_s), fixture(u"csv/google_new_layout.csv"_s)},
                                   noBackup()));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada \"Quoted\" Lovelace 🧮"_s, {Role::Mentor}, 21);
        const qint64 bob = test::addContact(*nb.notebook, u"Bob"_s, {Role::Peer});
        QVERIFY(nb->setTags(ada, {u"inner circle"_s}));
        Interaction chat;
        chat.kind = InteractionKind::Coffee;
        chat.date = QDate(2026, 11, 2);
        chat.participants = {{ada, {}}, {bob, {}}};
        chat.summary = u"Talked about engines"_s;
        auto logged = nb->logInteraction(chat);
        QVERIFY(logged);
        QVERIFY(nb->snoozeReminder(logged->reminderIds.constFirst(), 3));
        QVERIFY(nb->addReminder(bob, QDate(2026, 12, 1), u"Send the paper"_s));
        QVERIFY(nb->snoozeNudge(ada, QDate(2026, 12, 24)));
        QVERIFY(nb->setRoleCadence(Role::Coach, 10));
        const qint64 bobToo = test::addContact(*nb.notebook, u"Bob"_s);
        QVERIFY(nb->dismissDuplicate(bobToo, bob));

        auto first = nb->exportBackup();
        QVERIFY(first);
        QVERIFY(first->bytes.contains("\"dismissed_duplicates\""));
        test::TempNotebook empty;
        auto restored = empty->importBackup(first->bytes, noBackup());
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        auto second = empty->exportBackup();
        QVERIFY(second);
        QCOMPARE(QString::fromUtf8(second->bytes), QString::fromUtf8(first->bytes));
        auto pairs = empty->possibleDuplicates();
        QVERIFY(pairs);
        QVERIFY(std::none_of(pairs->cbegin(), pairs->cend(), [](const DuplicatePair &pair) {
            return pair.a.name == u"Bob"_s && pair.b.name == u"Bob"_s;
        }));

        // Again into the same notebook: nothing is added twice.
        auto again = empty->importBackup(first->bytes, noBackup());
        QVERIFY(again);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->interactionsAdded, 0);
        QCOMPARE(again->remindersAdded, 0);
        QCOMPARE(QString::fromUtf8(empty->exportBackup()->bytes), QString::fromUtf8(first->bytes));
    }

    void damagedJsonSaysWhere()
    {
        test::TempNotebook nb;
        auto refused = nb->importBackup(R"({"format":"tend-notebook","version":1,"contacts":[{"uid":"a","name":"A","roles":["wizard"]}]})");
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"contacts[0].roles[0]"_s), qPrintable(refused.error().message));
        auto badPair = nb->importBackup(R"({"format":"tend-notebook","version":1,"dismissed_duplicates":[{"contacts":["a","a"],"dismissed_at":"2026-01-01T00:00:00Z"}]})");
        QVERIFY(!badPair);
        QVERIFY2(badPair.error().message.contains(u"dismissed_duplicates[0].contacts"_s), qPrintable(badPair.error().message));
        QVERIFY(!nb->importBackup("{ not json"));
        QVERIFY(!nb->importBackup(R"({"format":"something else"})"));
        QCOMPARE(contactCount(*nb.notebook), 0);
    }

    // Other programs' files (../shared/testdata/real-world): every name the parser reads (checked
    // against SOURCES.md by tst_realworldfiles) comes out of the notebook exactly.
    void realWorldFilesKeepTheirNames()
    {
        const QString folder = QStringLiteral(TEND_REAL_WORLD_DATA);
        if (folder.isEmpty() || !QDir(folder).exists())
            QSKIP("../shared/testdata/real-world is not here");
        int files = 0;
        QDirIterator it(folder, {u"*.vcf"_s, u"*.csv"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            auto parsed = io::readContactsFile(path);
            if (!parsed)
                continue; // files no importer should take (tst_realworldfiles says which)
            ++files;
            test::TempNotebook nb;
            auto summary = nb->importContacts({*parsed}, noBackup());
            QVERIFY2(summary, qPrintable(path + u": "_s + (summary ? QString() : summary.error().message)));
            QSet<QString> stored;
            const auto contacts = nb->exportContacts();
            QVERIFY(contacts);
            for (const Contact &contact : *contacts)
                stored.insert(contact.name);
            for (const io::ContactRecord &record : std::as_const(parsed->contacts))
                QVERIFY2(stored.contains(record.displayName), qPrintable(path + u": "_s + record.displayName));
            // And again: nothing new.
            auto again = nb->importContacts({*parsed}, noBackup());
            QVERIFY(again);
            QCOMPARE(again->created, 0);
        }
        QVERIFY(files > 20);
    }
};

QTEST_GUILESS_MAIN(TestContactImport)
#include "tst_contactimport.moc"
