#include "TestSupport.h"

#include "db/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

// What a refused change says: SQLite's extended code kept, a message without SQL in it, and never
// Error::Code::Invalid (which the command line turns into "your command line is wrong").
class TestErrors : public QObject
{
    Q_OBJECT
private slots:
    void constraintFailuresAreNamedNotBlamedOnTheCaller_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<int>("sqliteCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("foreign key") << u"INSERT INTO interaction_participant VALUES (424242, 424242)"_s << 787
                                     << u"does not exist"_s;
        QTest::newRow("check") << u"UPDATE reminder SET due_on = '10000-01-01'"_s << 275 << u"outside what the notebook can store"_s;
        QTest::newRow("unique") << u"INSERT INTO contact_role (contact_id, role) SELECT contact_id, role FROM contact_role"_s
                                << 1555 << u"duplicate"_s;
        QTest::newRow("not null") << u"UPDATE contact SET name = NULL"_s << 1299 << u"missing"_s;
    }

    void constraintFailuresAreNamedNotBlamedOnTheCaller()
    {
        QFETCH(QString, statement);
        QFETCH(int, sqliteCode);
        QFETCH(QString, says);
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {Role::Mentor});
        QVERIFY(nb->addReminder(ada, QDate(2026, 12, 1), u"call"_s).ok());
        auto refused = sql::exec(nb.database().connection(), statement);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Constraint);
        QCOMPARE(refused.error().sqliteCode, sqliteCode);
        QVERIFY2(refused.error().message.contains(says), qPrintable(refused.error().message));
        QVERIFY2(!refused.error().message.contains(u"GLOB"_s) && !refused.error().message.contains(u"constraint failed"_s),
                 qPrintable(refused.error().message));
        QVERIFY(!refused.error().detail.isEmpty()); // the driver's words, for the log
    }

    // Only a missing row is "no such contact"; other refusals keep their own meaning.
    void onlyAMissingRowIsReportedAsMissing()
    {
        test::TempNotebook nb;
        auto missing = nb->addReminder(777, QDate(2026, 12, 1), u"call"_s);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains(u"no contact with id 777"_s));

        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        Interaction chat;
        chat.date = QDate(2026, 11, 20);
        chat.participants = {{ada, {}}, {888, {}}};
        auto logged = nb->logInteraction(chat);
        QVERIFY(!logged.ok());
        QCOMPARE(logged.error().code, Error::Code::NotFound);
        QVERIFY(logged.error().message.contains(u"no contact with id 888"_s));

        // A date the schema cannot hold is not "no contact": the snooze of a reminder past 9999.
        test::TempNotebook late(QDate(9999, 12, 30));
        const qint64 grace = test::addContact(*late.notebook, u"Grace"_s);
        auto reminder = late->addReminder(grace, QDate(9999, 12, 31), u"call"_s);
        QVERIFY(reminder.ok());
        auto snoozed = late->snoozeReminder(*reminder, 3);
        QVERIFY(!snoozed.ok());
        QCOMPARE(snoozed.error().code, Error::Code::Constraint);
        QVERIFY2(!snoozed.error().message.contains(u"no contact"_s), qPrintable(snoozed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
