#include "TestSupport.h"

#include "db/Sql.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

const QDate today(2026, 11, 23);

// Every row of every table, every column, in a stable order; of the full-text indexes, what they
// hold, not how their b-trees happen to be laid out (the _data and _idx shadow tables).
QStringList everyRow(const QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery names(db);
    names.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%\\_data' ESCAPE '\\'"
               " AND name NOT LIKE '%\\_idx' ESCAPE '\\' ORDER BY name"_s);
    while (names.next())
        tables.append(names.value(0).toString());
    QStringList rows;
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT * FROM \"%1\""_s.arg(table)))
            continue; // a virtual table's internals
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i) {
                const QVariant value = query.value(i);
                values.append(value.isNull() ? u"NULL"_s
                              : value.typeId() == QMetaType::QByteArray ? QString::fromLatin1(value.toByteArray().toHex())
                                                                        : value.toString());
            }
            rows.append(table + u": "_s + values.join(u" | "_s));
        }
    }
    rows.sort();
    return rows;
}

// Each table with a foreign key to contact, with the column, as the schema says.
QList<QPair<QString, QString>> referencesToContact(const QSqlDatabase &db)
{
    QList<QPair<QString, QString>> found;
    QSqlQuery query(db);
    query.exec(u"SELECT m.name, f.\"from\" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f"
               " WHERE m.type = 'table' AND f.\"table\" = 'contact' ORDER BY m.name, f.\"from\""_s);
    while (query.next())
        found.append({query.value(0).toString(), query.value(1).toString()});
    return found;
}

template<typename T>
T valueOf(Result<T> result)
{
    if (!result)
        QTest::qFail(qPrintable(result.error().message), __FILE__, __LINE__);
    return result ? *result : T{};
}

void check(const Status &status)
{
    if (!status)
        QTest::qFail(qPrintable(status.error().message), __FILE__, __LINE__);
}

Interaction meeting(InteractionKind kind, QDate day, const QList<qint64> &people, const QStringList &advice = {})
{
    Interaction interaction;
    interaction.kind = kind;
    interaction.date = day;
    interaction.summary = u"Talked"_s;
    for (const qint64 id : people)
        interaction.participants.append(ContactRef{id, {}});
    interaction.advice = advice;
    return interaction;
}

Ask askOf(qint64 contactId, const QString &text, AskDirection direction)
{
    Ask ask;
    ask.contact.id = contactId;
    ask.text = text;
    ask.deadline = today.addDays(10);
    ask.direction = direction;
    return ask;
}

} // namespace

// Deleting a contact and undoing it puts back every row that went, ids included: a test that
// fills every table the schema links to a contact, so a new table cannot be forgotten.
class TestDeleteUndo : public QObject
{
    Q_OBJECT
private slots:
    void deleteThenRestoreKeepsEveryRowOfEveryTable()
    {
        test::TempNotebook nb(today);
        Contact full;
        full.name = u"Ada Lovelace"_s;
        full.organisation = u"Analytical Engines"_s;
        full.roles = {Role::Mentor, Role::Peer};
        full.emails = {u"ada@example.org"_s};
        full.phones = {u"+44 20 7946 0000"_s};
        full.links = {{u"Site"_s, u"https://ada.example"_s}};
        full.tags = {u"inner circle"_s};
        full.card = u"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n"_s;
        full.photo = {QByteArray("\xff\xd8\xff photo", 10), u"image/jpeg"_s};
        full.cadenceDays = 21;
        const qint64 older = test::addContact(*nb.notebook, u"Ada L."_s); // a dismissed pair names Ada second
        const qint64 ada = valueOf(nb->addContact(full));
        const qint64 grace = test::addContact(*nb.notebook, u"Grace"_s);
        const qint64 linus = test::addContact(*nb.notebook, u"Linus"_s);
        check(nb->dismissDuplicate(ada, grace));
        check(nb->dismissDuplicate(older, ada));

        // Her own interactions (advice in one, acted on and reported back), one shared, one planned.
        const auto own = valueOf(nb->logInteraction(meeting(InteractionKind::Coffee, today.addDays(-20), {ada},
                                                            {u"Write the abstract first"_s, u"Ask for feedback"_s})));
        check(nb->snoozeReminder(own.reminderIds.value(0), 2));
        const auto shared = valueOf(nb->logInteraction(meeting(InteractionKind::Meeting, today.addDays(-10), {ada, grace},
                                                               {u"Pair on it"_s})));
        const auto advice = valueOf(nb->adviceItems());
        QCOMPARE(advice.size(), 3);
        for (const AdviceItem &item : advice) {
            check(nb->markAdviceActedOn(item.id, u"It worked"_s));
            valueOf(nb->reportAdviceBack(item.id, u"Thanks!"_s));
        }
        Interaction planned = meeting(InteractionKind::Call, today.addDays(7), {ada});
        planned.agenda = u"The talk"_s;
        valueOf(nb->planMeeting(planned));

        // Reminders: one-off, and a recurring one completed (its next occurrence names it).
        valueOf(nb->addReminder(ada, today.addDays(30), u"card"_s));
        const qint64 series = valueOf(nb->addReminder(ada, today, u"check in"_s, Recurrence{1, Recurrence::Unit::Months}));
        check(nb->completeReminder(series));
        check(nb->completeNudge(ada));

        // Asks both ways, moved; introductions with her first and second, advanced and declined.
        const qint64 mine = valueOf(nb->addAsk(askOf(ada, u"Review my talk"_s, AskDirection::Mine)));
        check(nb->moveAsk(mine, AskState::Answered, u"Sent"_s));
        valueOf(nb->addAsk(askOf(ada, u"Read her draft"_s, AskDirection::Theirs)));
        const qint64 first = valueOf(nb->addIntroduction(ada, linus, u"Both write compilers"_s));
        valueOf(nb->advanceIntroduction(first));
        valueOf(nb->advanceIntroduction(first));
        const qint64 second = valueOf(nb->addIntroduction(grace, ada, u"Both mentor"_s));
        valueOf(nb->advanceIntroduction(second));
        valueOf(nb->advanceIntroduction(second));
        valueOf(nb->advanceIntroduction(second));
        valueOf(nb->advanceIntroduction(second, true));
        // Grace's own ask and introduction stay as they are; the ask came from Ada's coffee, which
        // goes with her (the reference is cleared) and comes back.
        Ask gracesAsk = askOf(grace, u"Grace's ask"_s, AskDirection::Mine);
        gracesAsk.interactionId = own.interactionId;
        valueOf(nb->addAsk(gracesAsk));
        valueOf(nb->addIntroduction(grace, linus, u"Unrelated"_s));

        ImportantDate birthday;
        birthday.contactId = ada;
        birthday.kind = ImportantDate::Kind::Birthday;
        birthday.year = 1815;
        birthday.month = 12;
        birthday.day = 10;
        const qint64 birthdayId = valueOf(nb->addImportantDate(birthday));
        // Her date reminders: this year's birthday done, a custom date's occurrence snoozed.
        valueOf(nb->completeDateReminder(birthdayId, QDate(today.year(), 12, 10)));
        ImportantDate defense;
        defense.contactId = ada;
        defense.kind = ImportantDate::Kind::Custom;
        defense.label = u"PhD defense"_s;
        defense.month = today.month();
        defense.day = today.day();
        const qint64 defenseId = valueOf(nb->addImportantDate(defense));
        valueOf(nb->snoozeDateReminder(defenseId, today, today.addDays(2)));

        const QSqlDatabase db = nb.database().connection();
        // The guard: every table that references a contact holds one of Ada's rows here.
        const auto references = referencesToContact(db);
        QVERIFY(references.size() >= 14);
        for (const auto &[table, column] : references) {
            const auto count = valueOf(sql::scalar(db, u"SELECT count(*) FROM \"%1\" WHERE \"%2\" = ?"_s.arg(table, column), {ada}));
            QVERIFY2(count > 0, qPrintable(u"The test gives Ada no row in %1.%2: add one, so that undoing a delete is "
                                           "shown to bring it back."_s.arg(table, column)));
        }

        // Date occurrences reference her through her dates (two foreign keys away).
        QCOMPARE(valueOf(sql::scalar(db, u"SELECT count(*) FROM date_occurrence o JOIN important_date d"
                                         " ON d.id = o.important_date_id WHERE d.contact_id = ?"_s, {ada})), 2);

        const QStringList before = everyRow(db);
        const auto snapshot = valueOf(nb->deleteContact(ada));
        const QStringList deleted = everyRow(db);
        QVERIFY(deleted.size() < before.size());
        QCOMPARE(nb->contact(ada).error().code, Error::Code::NotFound);
        QCOMPARE(nb->interaction(own.interactionId).error().code, Error::Code::NotFound);
        QCOMPARE(valueOf(nb->interaction(shared.interactionId)).participants.size(), 1);
        QCOMPARE(valueOf(nb->asks()).size(), 1);
        QCOMPARE(valueOf(nb->asks()).constFirst().interactionId, std::nullopt);
        QCOMPARE(valueOf(nb->introductions()).size(), 1);
        QCOMPARE(valueOf(sql::scalar(db, u"SELECT count(*) FROM date_occurrence"_s)), 0);

        check(nb->restoreContact(snapshot));
        QCOMPARE(valueOf(sql::scalar(db, u"SELECT count(*) FROM date_occurrence"_s)), 2);
        QCOMPARE(valueOf(nb->dateOccurrence(birthdayId, QDate(today.year(), 12, 10))).value_or(DateOccurrence{}).doneOn, today);
        const QStringList after = everyRow(db);
        for (const QString &row : before) {
            if (!after.contains(row))
                qWarning("missing after undo: %s", qPrintable(row));
        }
        for (const QString &row : after) {
            if (!before.contains(row))
                qWarning("new after undo: %s", qPrintable(row));
        }
        QCOMPARE(after, before);
        QVERIFY(valueOf(nb->integrityProblems()).isEmpty());

        // And again: a redo of the delete takes the same rows, its undo puts them back.
        const auto again = valueOf(nb->deleteContact(ada));
        QCOMPARE(everyRow(db), deleted);
        check(nb->restoreContact(again));
        QCOMPARE(everyRow(db), before);
    }

    void restoreRefusesWhenARowsIdWasTakenMeanwhile()
    {
        test::TempNotebook nb(today);
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const auto snapshot = valueOf(nb->deleteContact(ada));
        const qint64 other = test::addContact(*nb.notebook, u"Grace"_s); // SQLite gives Ada's id again
        QCOMPARE(other, ada);
        const QStringList before = everyRow(nb.database().connection());
        QVERIFY(!nb->restoreContact(snapshot).ok());
        QCOMPARE(everyRow(nb.database().connection()), before);
    }
};

QTEST_GUILESS_MAIN(TestDeleteUndo)
#include "tst_deleteundo.moc"
