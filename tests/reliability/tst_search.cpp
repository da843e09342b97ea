#include "ReliabilitySupport.h"
#include "TestSupport.h"

#include "db/Sql.h"
#include "store/SearchQueries.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

// Full-text search (migration 0002): kept in step with every edit, safe with any typed text.
class TestSearch : public QObject
{
    Q_OBJECT

    static QStringList names(const Result<QList<SearchHit>> &hits)
    {
        QStringList result;
        if (hits)
            for (const SearchHit &hit : *hits)
                result.append(hit.name);
        return result;
    }

    static bool indexIsConsistent(const test::TempNotebook &notebook)
    {
        for (const QString &statement : {u"INSERT INTO interaction_search (interaction_search) VALUES ('integrity-check')"_s,
                                         u"INSERT INTO contact_search (contact_search) VALUES ('integrity-check')"_s}) {
            if (!sql::exec(notebook.database().connection(), statement).ok())
                return false;
        }
        return true;
    }

private slots:
    void interactionEditsAndDeletesKeepTheIndexInStep()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        Interaction chat;
        chat.date = QDate(2026, 11, 20);
        chat.participants = {{ada, {}}};
        chat.summary = u"zebra crossing"_s;
        chat.agenda = u"budget"_s;
        auto logged = nb->logInteraction(chat);
        QVERIFY(logged.ok());
        QCOMPARE(names(nb->search(u"zebra"_s)), QStringList{u"Ada"_s});

        Interaction edited = *nb->interaction(logged->interactionId);
        edited.summary = u"giraffe"_s;
        QVERIFY(nb->updateInteraction(edited).ok());
        QVERIFY(names(nb->search(u"zebra"_s)).isEmpty());
        QCOMPARE(names(nb->search(u"giraffe"_s)), QStringList{u"Ada"_s});
        QCOMPARE(names(nb->search(u"budget"_s)), QStringList{u"Ada"_s});
        QVERIFY(indexIsConsistent(nb));

        auto snapshot = nb->deleteInteraction(logged->interactionId);
        QVERIFY(snapshot.ok());
        QVERIFY(names(nb->search(u"giraffe"_s)).isEmpty());
        QVERIFY(indexIsConsistent(nb));
        QVERIFY(nb->restoreInteraction(*snapshot).ok());
        QCOMPARE(names(nb->search(u"giraffe"_s)), QStringList{u"Ada"_s});
        QVERIFY(indexIsConsistent(nb));
    }

    void findsContactsByTheirTextAndTheirInteractions()
    {
        test::TempNotebook nb;
        Contact ada;
        ada.name = u"Ada Lovelace"_s;
        ada.organisation = u"Analytical Engines"_s;
        ada.emails = {u"ada@engines.example"_s};
        auto adaId = nb->addContact(ada);
        QVERIFY(adaId.ok());
        const qint64 zoe = test::addContact(*nb.notebook, u"Zoë Ng"_s);
        Interaction chat;
        chat.date = QDate(2026, 11, 20);
        chat.participants = {{zoe, {}}};
        chat.notes = u"Talked about the promotion packet and negotiation"_s;
        QVERIFY(nb->logInteraction(chat).ok());

        QCOMPARE(names(nb->search(u"ada"_s)), QStringList{u"Ada Lovelace"_s});
        QCOMPARE(names(nb->search(u"lov"_s)), QStringList{u"Ada Lovelace"_s});       // prefix
        QCOMPARE(names(nb->search(u"analytical"_s)), QStringList{u"Ada Lovelace"_s});
        QCOMPARE(names(nb->search(u"engines.example"_s)), QStringList{u"Ada Lovelace"_s});
        QCOMPARE(names(nb->search(u"zoe"_s)), QStringList{u"Zoë Ng"_s});            // diacritics folded
        QCOMPARE(names(nb->search(u"promotion"_s)), QStringList{u"Zoë Ng"_s});      // interaction notes
        auto hit = nb->search(u"negotiation"_s);
        QVERIFY(hit.ok() && hit->size() == 1);
        QVERIFY2(hit->constFirst().snippet.contains(u"negotiation"_s), qPrintable(hit->constFirst().snippet));
        QVERIFY(names(nb->search(u"ada promotion"_s)).isEmpty()); // every word must match

        // Edits, e-mail changes and deletions are followed.
        auto loaded = nb->contact(*adaId);
        QVERIFY(loaded.ok());
        loaded->name = u"Augusta King"_s;
        loaded->emails = {u"countess@lovelace.example"_s};
        QVERIFY(nb->updateContact(*loaded).ok());
        QVERIFY(names(nb->search(u"ada"_s)).isEmpty());
        QVERIFY(names(nb->search(u"engines.example"_s)).isEmpty());
        QCOMPARE(names(nb->search(u"countess"_s)), QStringList{u"Augusta King"_s});
        QVERIFY(nb->deleteContact(*adaId).ok());
        QVERIFY(names(nb->search(u"augusta"_s)).isEmpty());
    }

    void ownFieldsRankAboveInteractions()
    {
        test::TempNotebook nb;
        const qint64 zoe = test::addContact(*nb.notebook, u"Zoë Ng"_s);
        Interaction chat;
        chat.date = QDate(2026, 11, 20);
        chat.participants = {{zoe, {}}};
        chat.summary = u"Intro to Priya Raman Priya Raman Priya"_s; // many mentions, still second
        QVERIFY(nb->logInteraction(chat).ok());
        test::addContact(*nb.notebook, u"Priya Raman"_s);
        QCOMPARE(names(nb->search(u"priya"_s)), (QStringList{u"Priya Raman"_s, u"Zoë Ng"_s}));
        QCOMPARE(names(nb->search(u"priya"_s, 1)), QStringList{u"Priya Raman"_s});
    }

    void anyTypedTextIsASafeQuery_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes") << u"\"O'Brien"_s;
        QTest::newRow("operators") << u"AND OR NOT NEAR("_s;
        QTest::newRow("fts syntax") << u"name:ada* ^x {a b} -c +d"_s;
        QTest::newRow("sql") << u"'); DROP TABLE contact; --"_s;
        QTest::newRow("only spaces") << u"   \t "_s;
        QTest::newRow("emoji") << u"🎉"_s;
        QTest::newRow("nul") << QString(QChar(u'\0'));
    }

    void anyTypedTextIsASafeQuery()
    {
        QFETCH(QString, text);
        test::TempNotebook nb;
        test::fillSampleData(*nb.notebook);
        const QString before = test::rowCounts(nb.database());
        auto hits = nb->search(text);
        QVERIFY2(hits.ok(), hits.ok() ? "" : qPrintable(hits.error().message));
        QCOMPARE(test::rowCounts(nb.database()), before);
    }

    // Each hit says where it matched, and which words of its excerpt matched.
    void hitsSayWhereAndWhichWords()
    {
        test::TempNotebook nb;
        Contact una;
        una.name = u"Ünal Kaya"_s;
        una.organisation = u"Promotion Committee"_s;
        auto unaId = nb->addContact(una);
        QVERIFY(unaId.ok());
        const qint64 zoe = test::addContact(*nb.notebook, u"Zoë Ng"_s);
        Interaction chat;
        chat.kind = InteractionKind::Coffee;
        chat.date = QDate(2026, 11, 20);
        chat.participants = {{zoe, {}}};
        chat.summary = u"Career chat"_s;
        chat.agenda = u"1. <b>sponsorship</b> & the next step\n2. conference talk"_s;
        auto logged = nb->logInteraction(chat);
        QVERIFY(logged.ok());

        auto byName = nb->search(u"unal"_s); // diacritics folded
        QVERIFY(byName.ok() && byName->size() == 1);
        QCOMPARE(byName->first().place, SearchHit::Place::Contact);
        QCOMPARE(byName->first().field, u"name"_s);
        QCOMPARE(byName->first().snippet, u"Ünal Kaya"_s);
        QCOMPARE(byName->first().highlights, (QList<TextRange>{{0, 4}}));

        auto byOrganisation = nb->search(u"promo"_s);
        QVERIFY(byOrganisation.ok() && byOrganisation->size() == 1);
        QCOMPARE(byOrganisation->first().field, u"organisation"_s);

        auto byAgenda = nb->search(u"spons conf"_s); // every word a prefix
        QVERIFY(byAgenda.ok());
        QCOMPARE(byAgenda->size(), 1);
        const SearchHit &hit = byAgenda->first();
        QCOMPARE(hit.contactId, zoe);
        QCOMPARE(hit.place, SearchHit::Place::Agenda);
        QCOMPARE(hit.interactionId, logged->interactionId);
        QCOMPARE(hit.interactionDate, QDate(2026, 11, 20));
        QCOMPARE(hit.interactionKind, InteractionKind::Coffee);
        // The text comes back as it was typed, markup and all, on one line.
        QCOMPARE(hit.snippet, u"1. <b>sponsorship</b> & the next step 2. conference talk"_s);
        QCOMPARE(hit.highlights.size(), 2);
        QCOMPARE(hit.snippet.mid(hit.highlights.at(0).start, hit.highlights.at(0).length), u"sponsorship"_s);
        QCOMPARE(hit.snippet.mid(hit.highlights.at(1).start, hit.highlights.at(1).length), u"conference"_s);

        auto bySummary = nb->search(u"career"_s);
        QVERIFY(bySummary.ok() && bySummary->size() == 1);
        QCOMPARE(bySummary->first().place, SearchHit::Place::Interaction);
        QCOMPARE(bySummary->first().field, u"summary"_s);
    }

    void longTextIsCutAroundTheMatch()
    {
        const QString text = QString(u"word "_s).repeated(60) + u"needle "_s + QString(u"tail "_s).repeated(60);
        const QString cut = search::excerpt(text, {u"needle"_s}, 80);
        QVERIFY2(cut.size() <= 82, qPrintable(cut));
        QVERIFY(cut.startsWith(u"…"_s) && cut.endsWith(u"…"_s));
        QVERIFY(cut.contains(u"needle"_s));
        QCOMPARE(search::highlights(cut, {u"needle"_s}).size(), 1);
        QCOMPARE(search::terms(u"Élodie, ZOË-ng 42"_s), (QStringList{u"elodie"_s, u"zoe"_s, u"ng"_s, u"42"_s}));
    }

    void queryBuilding()
    {
        QCOMPARE(search::ftsQuery(u"ada lov"_s), u"\"ada\"* \"lov\"*"_s); // every word a prefix
        QCOMPARE(search::ftsQuery(u"say \"hi\""_s), u"\"say\"* \"\"\"hi\"\"\"*"_s);
        QCOMPARE(search::ftsQuery(u"  "_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
