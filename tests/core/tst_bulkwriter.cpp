#include "TestSupport.h"

#include "db/Sql.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

// Notebook::writeInBulk: the one path for many rows at once (demo, imports, sync).
class TestBulkWriter : public QObject
{
    Q_OBJECT
private slots:
    void manyRowsOneTransactionOneNotification()
    {
        test::TempNotebook nb;
        QSignalSpy changed(nb.notebook.get(), &Notebook::changed);
        constexpr int people = 2000;
        QElapsedTimer timer;
        timer.start();
        auto written = nb->writeInBulk(people, [&](BulkWriter &writer) -> Status {
            qint64 previous = 0;
            for (int i = 0; i < people; ++i) {
                Contact contact;
                contact.name = u"Imported %1"_s.arg(i);
                contact.roles = {i % 2 ? Role::Mentor : Role::Peer};
                contact.emails = {u"person%1@example.org"_s.arg(i)};
                auto id = writer.addContact(contact);
                if (!id)
                    return id.error();
                if (previous) {
                    Interaction chat;
                    chat.date = QDate(2026, 11, 1);
                    chat.participants = {{*id, {}}, {previous, {}}};
                    if (auto logged = writer.addInteraction(chat); !logged)
                        return logged.error();
                }
                previous = *id;
                if (auto going = writer.advance(); !going)
                    return going;
            }
            return {};
        });
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        qInfo("bulk write: %d contacts and %d interactions in %lld ms", people, people - 1, elapsed);
        QCOMPARE(written->contactsAdded, people);
        QCOMPARE(written->interactionsAdded, people - 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(*nb->contactCount({}), people);

        // The keep-in-touch schedule was refreshed for everyone written: a mentor is due 30 days
        // after the interaction, a peer 90.
        auto mentor = nb->resolveContact(u"Imported 1"_s);
        QVERIFY(mentor.ok());
        QCOMPARE(nb->contact(mentor->id)->nudgeDue, QDate(2026, 12, 1));
        auto search = nb->search(u"imported 1999"_s);
        QVERIFY(search.ok() && search->size() == 1);
    }

    void anErrorOrACancelLeavesNothing()
    {
        test::TempNotebook nb;
        test::addContact(*nb.notebook, u"Already here"_s);
        QSignalSpy changed(nb.notebook.get(), &Notebook::changed);

        auto failed = nb->writeInBulk(3, [](BulkWriter &writer) -> Status {
            Contact fine;
            fine.name = u"Fine"_s;
            if (auto id = writer.addContact(fine); !id)
                return id.error();
            Contact empty; // no name: refused, and the caller stops
            auto refused = writer.addContact(empty);
            return refused ? Status() : Status(refused.error());
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, Error::Code::Invalid);

        auto unknownPerson = nb->writeInBulk(1, [](BulkWriter &writer) -> Status {
            Interaction chat;
            chat.date = QDate(2026, 11, 1);
            chat.participants = {{987654, {}}};
            auto logged = writer.addInteraction(chat);
            return logged ? Status() : Status(logged.error());
        });
        QVERIFY(!unknownPerson.ok());
        QCOMPARE(unknownPerson.error().code, Error::Code::NotFound);
        QVERIFY2(unknownPerson.error().message.contains(u"987654"_s), qPrintable(unknownPerson.error().message));

        int reports = 0;
        auto cancelled = nb->writeInBulk(
            500,
            [](BulkWriter &writer) -> Status {
                for (int i = 0; i < 500; ++i) {
                    Contact contact;
                    contact.name = u"Person %1"_s.arg(i);
                    if (auto id = writer.addContact(contact); !id)
                        return id.error();
                    if (auto going = writer.advance(); !going)
                        return going;
                }
                return {};
            },
            [&](qint64 done, qint64 total) {
                ++reports;
                return done < total / 2;
            });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QVERIFY(reports > 10);

        QCOMPARE(changed.size(), 0);
        auto size = nb->size();
        QVERIFY(size.ok());
        QCOMPARE(size->contacts, 1);
        QCOMPARE(size->interactions, 0);
        QVERIFY(nb->search(u"fine"_s)->isEmpty());
    }

    // The rows a bulk write adds are indexed once at its end (migrations/0011); what it changes
    // or removes along the way, new rows or old, leaves the index as the triggers would have.
    void theSearchIndexCatchesUpAtTheEnd()
    {
        test::TempNotebook nb;
        const QSqlDatabase db = nb.database().connection();
        const qint64 old = test::addContact(*nb.notebook, u"Old Friend"_s);
        Interaction oldChat;
        oldChat.date = QDate(2026, 10, 1);
        oldChat.summary = u"talked about gliders"_s;
        oldChat.participants = {{old, {}}};
        const qint64 oldChatId = nb->logInteraction(oldChat, FollowUpChoice::none())->interactionId;

        int deferredDuring = -1;
        auto written = nb->writeInBulk(3, [&](BulkWriter &writer) -> Status {
            deferredDuring = int(*sql::scalar(db, u"SELECT count(*) FROM search_deferral"_s));
            Contact person;
            person.name = u"Bulk Person"_s;
            person.emails = {u"bulk.person@example.org"_s};
            auto id = writer.addContact(person);
            if (!id)
                return id.error();
            QList<qint64> chats;
            for (const QString &summary : {u"zeppelin ride"_s, u"balloon fiesta"_s, u"airship museum"_s}) {
                Interaction chat;
                chat.date = QDate(2026, 11, 1);
                chat.summary = summary;
                chat.participants = {{*id, {}}};
                auto chatId = writer.addInteraction(chat);
                if (!chatId)
                    return chatId.error();
                chats.append(*chatId);
            }
            // A new row changed and another removed before the end; an old row changed meanwhile.
            for (const auto &[statement, values] :
                 {std::pair{u"UPDATE interaction SET summary = 'hot-air balloon fiesta' WHERE id = ?"_s, QVariantList{chats[1]}},
                  std::pair{u"DELETE FROM interaction WHERE id = ?"_s, QVariantList{chats[2]}},
                  std::pair{u"UPDATE interaction SET summary = 'talked about kites' WHERE id = ?"_s, QVariantList{oldChatId}}}) {
                if (auto done = sql::exec(db, statement, values); !done)
                    return done.error();
            }
            Contact renamed = *nb->contact(old);
            renamed.name = u"Renamed Friend"_s;
            renamed.emails = {u"renamed@example.org"_s};
            return writer.updateContact(renamed);
        });
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE(deferredDuring, 2);
        QCOMPARE(*sql::scalar(db, u"SELECT count(*) FROM search_deferral"_s), 0);

        // FTS5's own check: every row indexed, with the text its table holds now.
        QVERIFY(sql::exec(db, u"INSERT INTO interaction_search (interaction_search, rank) VALUES ('integrity-check', 1)"_s));
        QVERIFY(sql::exec(db, u"INSERT INTO contact_search (contact_search) VALUES ('integrity-check')"_s));
        QCOMPARE(*sql::scalar(db, u"SELECT count(*) FROM contact_search"_s), 2);
        QCOMPARE(*sql::scalar(db, u"SELECT count(*) FROM interaction_search WHERE interaction_search MATCH 'balloon'"_s), 1);
        QCOMPARE(*sql::scalar(db, u"SELECT count(*) FROM interaction_search WHERE interaction_search MATCH 'zeppelin OR hot'"_s), 2);
        QCOMPARE(*sql::scalar(db, u"SELECT count(*) FROM interaction_search WHERE interaction_search MATCH 'airship OR gliders'"_s), 0);
        QCOMPARE(*sql::scalar(db, u"SELECT count(*) FROM interaction_search WHERE interaction_search MATCH 'kites'"_s), 1);
        QCOMPARE(*sql::scalar(db, u"SELECT count(*) FROM contact_search WHERE contact_search MATCH 'emails: \"bulk.person\"'"_s), 1);
        QCOMPARE(*sql::scalar(db, u"SELECT count(*) FROM contact_search WHERE contact_search MATCH 'renamed'"_s), 1);
        QCOMPARE(nb->search(u"zeppelin"_s)->size(), 1);

        // A write that fails takes its deferral with it; the triggers index the next single write.
        auto failed = nb->writeInBulk(1, [](BulkWriter &writer) -> Status {
            Contact empty;
            auto refused = writer.addContact(empty);
            return refused ? Status() : Status(refused.error());
        });
        QVERIFY(!failed.ok());
        QCOMPARE(*sql::scalar(db, u"SELECT count(*) FROM search_deferral"_s), 0);
        test::addContact(*nb.notebook, u"Single Write"_s);
        QCOMPARE(nb->search(u"single"_s)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBulkWriter)
#include "tst_bulkwriter.moc"
