#include "TestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

class TestSmoke : public QObject
{
    Q_OBJECT
private slots:
    void coffeeChatSchedulesFollowUp()
    {
        test::TempNotebook nb(QDate(2026, 11, 23));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada Lovelace"_s, {Role::Mentor});
        Interaction chat;
        chat.kind = InteractionKind::Coffee;
        chat.date = QDate(2026, 11, 23);
        chat.participants = {{ada, {}}};
        chat.direction = Direction::Received;
        auto logged = nb->logInteraction(chat);
        QVERIFY2(logged.ok(), logged.ok() ? "" : qPrintable(logged.error().message));
        QCOMPARE(logged->followUpDue, QDate(2026, 12, 7));
        auto contact = nb->contact(ada);
        QVERIFY(contact.ok());
        QCOMPARE(contact->lastInteraction, QDate(2026, 11, 23));
        QCOMPARE(contact->nextFollowUp, QDate(2026, 12, 7));
        auto due = nb->due(QDate(2026, 12, 7), 0);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->at(0).overdueDays, 0);
        auto resolved = nb->resolveContact(u"ada"_s);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->id, ada);
        ContactQuery query;
        query.limit = 10;
        auto page = nb->contacts(query);
        QVERIFY(page.ok());
        QCOMPARE(page->rows.size(), 1);
        QCOMPARE(page->rows.at(0).roles, QList<Role>{Role::Mentor});
        auto helped = nb->helped(QDate(2026, 11, 30), 30);
        QVERIFY(helped.ok());
        QCOMPARE(helped->size(), 1);
        QCOMPARE(helped->at(0).receivedCount, 1);
        auto snapshot = nb->deleteContact(ada);
        QVERIFY(snapshot.ok());
        QVERIFY(!nb->contact(ada).ok());
        QVERIFY(nb->restoreContact(*snapshot).ok());
        auto timeline = nb->timeline(ada);
        QVERIFY(timeline.ok());
        QCOMPARE(timeline->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
