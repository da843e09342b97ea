// Reminders ↔ VTODO with libical, judged by an independent reader: python3-icalendar reads every
// file Tend writes.
#include "io/ical/TodoMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::ical;

namespace {

const QDateTime now(QDate(2026, 11, 23), QTime(9, 30, 0), Qt::UTC);

TodoFields adaTask()
{
    TodoFields fields;
    fields.uid = u"reminder-12@tend"_s;
    fields.contactName = u"Ada Lovelace"_s;
    fields.contactUid = u"urn:uuid:6f1c9a52-0d2e-4a53-9c11-5b1a2a4de001"_s;
    fields.reason = u"Send the slides; then ask, politely, about the talk"_s;
    fields.due = QDate(2026, 12, 7);
    return fields;
}

// What python3-icalendar reads in `calendar`.
QJsonObject readWithPython(const QByteArray &calendar)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"task.ics"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(calendar);
    file.close();
    QProcess python;
    python.start(QStringLiteral(TEND_PYTHON3), {QStringLiteral(TEND_READ_ICS), path});
    if (!python.waitForFinished(30'000) || python.exitCode() != 0) {
        QTest::qFail(python.readAllStandardError().constData(), __FILE__, __LINE__);
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// A task as another client writes it: a time zone, a date-time DUE, its own alarm and properties.
const QByteArray phoneTask = "BEGIN:VCALENDAR\r\n"
                             "VERSION:2.0\r\n"
                             "PRODID:-//Phone Corp//Reminders 3.1//EN\r\n"
                             "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
                             "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
                             "BEGIN:VTODO\r\n"
                             "UID:reminder-12@tend\r\n"
                             "DTSTAMP:20261120T080000Z\r\n"
                             "SUMMARY:Ada Lovelace: Send the slides\r\n"
                             "X-TEND-CONTACT:Ada Lovelace\r\n"
                             "DUE;TZID=Europe/Berlin:20261207T150000\r\n"
                             "STATUS:NEEDS-ACTION\r\n"
                             "PRIORITY:1\r\n"
                             "CATEGORIES:Career,Mentors\r\n"
                             "X-PHONE-LIST-COLOR:#ff9500\r\n"
                             "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Reminder\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n"
                             "END:VTODO\r\n"
                             "END:VCALENDAR\r\n";

QByteArray todoWith(const QByteArray &lines)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VTODO\r\nUID:other-1\r\nDTSTAMP:20261120T080000Z\r\n"
        + lines + "END:VTODO\r\nEND:VCALENDAR\r\n";
}

} // namespace

class TestTodoMapping : public QObject
{
    Q_OBJECT

private slots:
    void anotherReaderReadsWhatTendWrites();
    void doneCarriesCompletedAndPercent();
    void roundTripsThroughLibical();
    void readsWhatOtherClientsWrite_data();
    void readsWhatOtherClientsWrite();
    void updateKeepsWhatTendDoesNotMap();
    void snoozeMovesTheDueDate();
    void reopeningClearsTheCompletion();
    void summaryEditedElsewhereBecomesTheReason();
    void hashIgnoresStampsOrderAndFolding();
    void brokenInputIsRefused_data();
    void brokenInputIsRefused();
    void remindersMapBothWays();
};

void TestTodoMapping::anotherReaderReadsWhatTendWrites()
{
    const QJsonObject read = readWithPython(writeTodo(adaTask(), now));
    QCOMPARE(read[u"version"_s].toString(), u"2.0"_s);
    QCOMPARE(read[u"todos"_s].toInt(), 1);
    QCOMPARE(read[u"uid"_s].toString(), u"reminder-12@tend"_s);
    QCOMPARE(read[u"summary"_s].toString(), u"Ada Lovelace: Send the slides; then ask, politely, about the talk"_s);
    QCOMPARE(read[u"status"_s].toString(), u"NEEDS-ACTION"_s);
    QCOMPARE(read[u"due"_s][u"type"_s].toString(), u"date"_s);
    QCOMPARE(read[u"due"_s][u"value"_s].toString(), u"2026-12-07"_s);
    QVERIFY(read[u"completed"_s].isNull());
    QVERIFY(read[u"dtstamp"_s][u"utc"_s].toBool());
    QCOMPARE(read[u"dtstamp"_s][u"value"_s].toString(), u"2026-11-23T09:30:00+00:00"_s);
    QCOMPARE(read[u"contact"_s].toString(), u"Ada Lovelace"_s);
    QCOMPARE(read[u"contact_uid"_s].toString(), adaTask().contactUid);
    const QJsonArray alarms = read[u"alarms"_s].toArray();
    QCOMPARE(alarms.size(), 1);
    QCOMPARE(alarms.at(0)[u"action"_s].toString(), u"DISPLAY"_s);
    QCOMPARE(alarms.at(0)[u"trigger"_s].toString(), u"9:00:00"_s);
    QCOMPARE(alarms.at(0)[u"related"_s].toString(), u"END"_s);
    QCOMPARE(alarms.at(0)[u"description"_s].toString(), read[u"summary"_s].toString());
}

void TestTodoMapping::doneCarriesCompletedAndPercent()
{
    TodoFields done = adaTask();
    done.state = ReminderState::Done;
    done.completedAt = QDateTime(QDate(2026, 11, 22), QTime(18, 5, 0), Qt::UTC);
    const QJsonObject read = readWithPython(writeTodo(done, now));
    QCOMPARE(read[u"status"_s].toString(), u"COMPLETED"_s);
    QCOMPARE(read[u"completed"_s][u"value"_s].toString(), u"2026-11-22T18:05:00+00:00"_s);
    QCOMPARE(read[u"percent"_s].toInt(), 100);

    TodoFields dismissed = adaTask();
    dismissed.state = ReminderState::Dismissed;
    QCOMPARE(readWithPython(writeTodo(dismissed, now))[u"status"_s].toString(), u"CANCELLED"_s);
}

void TestTodoMapping::roundTripsThroughLibical()
{
    TodoFields fields = adaTask();
    QCOMPARE(*readTodo(writeTodo(fields, now)), fields);
    fields.state = ReminderState::Done;
    fields.completedAt = QDateTime(QDate(2026, 11, 22), QTime(18, 5, 0), Qt::UTC);
    QCOMPARE(*readTodo(writeTodo(fields, now)), fields);
    fields.contactName.clear();
    fields.contactUid.clear();
    fields.reason = u"Line one\nline two, with: punctuation \\ and \"quotes\""_s;
    QCOMPARE(*readTodo(writeTodo(fields, now)), fields);
    TodoFields noReason = adaTask();
    noReason.reason.clear();
    QCOMPARE(summaryOf(noReason), u"Ada Lovelace"_s);
    QCOMPARE(*readTodo(writeTodo(noReason, now)), noReason);
}

void TestTodoMapping::readsWhatOtherClientsWrite_data()
{
    QTest::addColumn<QByteArray>("calendar");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("reason");
    QTest::newRow("date-time DUE in a zone: its own date") << phoneTask << QDate(2026, 12, 7) << int(ReminderState::Open)
                                                          << u"Send the slides"_s;
    QTest::newRow("STATUS:COMPLETED without COMPLETED") << todoWith("SUMMARY:Call\r\nSTATUS:COMPLETED\r\nDUE;VALUE=DATE:20261201\r\n")
                                                        << QDate(2026, 12, 1) << int(ReminderState::Done) << u"Call"_s;
    QTest::newRow("COMPLETED only") << todoWith("SUMMARY:Call\r\nCOMPLETED:20261201T100000Z\r\n") << QDate()
                                    << int(ReminderState::Done) << u"Call"_s;
    QTest::newRow("PERCENT-COMPLETE:100 only") << todoWith("SUMMARY:Call\r\nPERCENT-COMPLETE:100\r\n") << QDate()
                                               << int(ReminderState::Done) << u"Call"_s;
    QTest::newRow("IN-PROCESS is open") << todoWith("SUMMARY:Call\r\nSTATUS:IN-PROCESS\r\nPERCENT-COMPLETE:40\r\n")
                                        << QDate() << int(ReminderState::Open) << u"Call"_s;
    QTest::newRow("CANCELLED is dismissed") << todoWith("SUMMARY:Call\r\nSTATUS:CANCELLED\r\n") << QDate()
                                            << int(ReminderState::Dismissed) << u"Call"_s;
    QTest::newRow("UTC DUE") << todoWith("SUMMARY:x\r\nDUE:20261207T120000Z\r\n") << QDate(2026, 12, 7)
                             << int(ReminderState::Open) << u"x"_s;
    QTest::newRow("LF line ends, folded summary") << QByteArray("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VTODO\nUID:lf\nSUMMARY:A long \n summary\nEND:VTODO\nEND:VCALENDAR\n")
                                                  << QDate() << int(ReminderState::Open) << u"A long summary"_s;
}

void TestTodoMapping::readsWhatOtherClientsWrite()
{
    QFETCH(QByteArray, calendar);
    QFETCH(QDate, due);
    QFETCH(int, state);
    QFETCH(QString, reason);
    const Result<TodoFields> read = readTodo(calendar);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QCOMPARE(read->due, due);
    QCOMPARE(int(read->state), state);
    QCOMPARE(read->reason, reason);
}

void TestTodoMapping::updateKeepsWhatTendDoesNotMap()
{
    TodoFields fields = *readTodo(phoneTask);
    QCOMPARE(fields.contactName, u"Ada Lovelace"_s);
    fields.state = ReminderState::Done;
    fields.completedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0, 0), Qt::UTC);
    const Result<QByteArray> updated = updateTodo(phoneTask, fields, now);
    QVERIFY(updated.ok());
    const QByteArray text = *updated;
    QVERIFY(text.contains("DUE;TZID=Europe/Berlin:20261207T150000")); // the due date did not move: untouched
    QVERIFY(text.contains("PRIORITY:1"));
    QVERIFY(text.contains("X-PHONE-LIST-COLOR:#ff9500"));
    QVERIFY(text.contains("TZID:Europe/Berlin"));
    QVERIFY(text.contains("TRIGGER:-PT15M"));
    QCOMPARE(text.count("BEGIN:VALARM"), 1); // the phone's alarm, no second one
    QVERIFY(text.contains("SUMMARY:Ada Lovelace: Send the slides"));
    QVERIFY(!text.contains("DTSTAMP:20261120T080000Z"));

    const QJsonObject read = readWithPython(text);
    QCOMPARE(read[u"status"_s].toString(), u"COMPLETED"_s);
    QCOMPARE(read[u"completed"_s][u"value"_s].toString(), u"2026-11-23T09:00:00+00:00"_s);
    QCOMPARE(read[u"categories"_s].toArray().size(), 2);
    QCOMPARE(read[u"due"_s][u"type"_s].toString(), u"datetime"_s);
    QCOMPARE(read[u"prodid"_s].toString(), u"-//Phone Corp//Reminders 3.1//EN"_s);

    // Nothing changed: only the stamps move.
    const QByteArray same = *updateTodo(phoneTask, *readTodo(phoneTask), now);
    QCOMPARE(*contentHash(same), *contentHash(phoneTask));

    TodoFields other = fields;
    other.uid = u"someone-else"_s;
    QVERIFY(!updateTodo(phoneTask, other, now).ok());
}

void TestTodoMapping::snoozeMovesTheDueDate()
{
    const QByteArray started = todoWith("SUMMARY:Call\r\nDTSTART;VALUE=DATE:20261205\r\nDUE;VALUE=DATE:20261207\r\n");
    TodoFields fields = *readTodo(started);
    fields.due = QDate(2026, 12, 10);
    const QByteArray later = *updateTodo(started, fields, now);
    QVERIFY(later.contains("DUE;VALUE=DATE:20261210"));
    QVERIFY(later.contains("DTSTART;VALUE=DATE:20261205"));
    QCOMPARE(readTodo(later)->due, QDate(2026, 12, 10));

    fields.due = QDate(2026, 12, 1); // earlier than the start: the start goes (RFC 5545: DTSTART <= DUE)
    const QByteArray earlier = *updateTodo(started, fields, now);
    QVERIFY(!earlier.contains("DTSTART"));
    QCOMPARE(readWithPython(earlier)[u"due"_s][u"value"_s].toString(), u"2026-12-01"_s);
}

void TestTodoMapping::reopeningClearsTheCompletion()
{
    TodoFields done = adaTask();
    done.state = ReminderState::Done;
    done.completedAt = now;
    const QByteArray completed = writeTodo(done, now);
    TodoFields open = done;
    open.state = ReminderState::Open;
    open.completedAt = {};
    const QByteArray reopened = *updateTodo(completed, open, now);
    const QJsonObject read = readWithPython(reopened);
    QCOMPARE(read[u"status"_s].toString(), u"NEEDS-ACTION"_s);
    QVERIFY(read[u"completed"_s].isNull());
    QVERIFY(read[u"percent"_s].isNull());
}

void TestTodoMapping::summaryEditedElsewhereBecomesTheReason()
{
    TodoFields task = adaTask();
    task.reason = u"Send the slides"_s;
    QByteArray edited = writeTodo(task, now);
    edited.replace("SUMMARY:Ada Lovelace: Send the slides", "SUMMARY:Book the lunch");
    QVERIFY(edited.contains("SUMMARY:Book the lunch"));
    const TodoFields read = *readTodo(edited);
    QCOMPARE(read.reason, u"Book the lunch"_s);
    QCOMPARE(read.contactName, u"Ada Lovelace"_s);
    QCOMPARE(summaryOf(read), u"Ada Lovelace: Book the lunch"_s);
}

void TestTodoMapping::hashIgnoresStampsOrderAndFolding()
{
    const QByteArray first = writeTodo(adaTask(), now);
    const QByteArray later = writeTodo(adaTask(), now.addDays(3));
    QVERIFY(first != later);
    QCOMPARE(*contentHash(first), *contentHash(later));

    const QByteArray a = todoWith("SUMMARY:A fairly long summary that a server may well fold at another column than libical\r\n"
                                  "PRIORITY:5\r\nLAST-MODIFIED:20261101T000000Z\r\n");
    const QByteArray b = "BEGIN:VCALENDAR\r\nPRODID:-//Server rewrite//EN\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nPRIORITY:5\r\n"
                         "SUMMARY:A fairly long summary that a server may well fold\r\n  at another column than libical\r\n"
                         "UID:other-1\r\nDTSTAMP:20261124T080000Z\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
    QCOMPARE(*contentHash(a), *contentHash(b));

    TodoFields changed = adaTask();
    changed.reason = u"Something else"_s;
    QVERIFY(*contentHash(writeTodo(changed, now)) != *contentHash(first));
    QVERIFY(*contentHash(todoWith("SUMMARY:x\r\nPRIORITY:1\r\n")) != *contentHash(todoWith("SUMMARY:x\r\nPRIORITY:2\r\n")));
}

void TestTodoMapping::brokenInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("calendar");
    QTest::addColumn<QString>("words");
    QTest::newRow("not iCalendar") << QByteArray("hello") << u"not iCalendar"_s;
    QTest::newRow("empty") << QByteArray() << u"not iCalendar"_s;
    QTest::newRow("an event") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:e\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                              << u"no task"_s;
    QTest::newRow("no UID") << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nSUMMARY:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n")
                            << u"no UID"_s;
    QTest::newRow("a DUE that is no date") << todoWith("DUE:next tuesday\r\n") << u"cannot be read"_s;
}

void TestTodoMapping::brokenInputIsRefused()
{
    QFETCH(QByteArray, calendar);
    QFETCH(QString, words);
    const Result<TodoFields> read = readTodo(calendar);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, Error::Code::Invalid);
    QVERIFY2(read.error().message.contains(words), qPrintable(read.error().message));
    QVERIFY(!contentHash(calendar).ok());
    QVERIFY(!updateTodo(calendar, adaTask(), now).ok());
}

void TestTodoMapping::remindersMapBothWays()
{
    Reminder reminder;
    reminder.id = 12;
    reminder.contactId = 3;
    reminder.contactName = u"Ada Lovelace"_s;
    reminder.reason = u"Send the slides"_s;
    reminder.due = QDate(2026, 12, 7);
    const TodoFields fields = todoFromReminder(reminder, u"reminder-12@tend"_s, u"urn:uuid:ada"_s);
    QCOMPARE(fields.uid, u"reminder-12@tend"_s);
    QCOMPARE(fields.contactUid, u"urn:uuid:ada"_s);
    QCOMPARE(fields.state, ReminderState::Open);
    QVERIFY(!fields.completedAt.isValid());

    // Completed on the phone, two days later than planned.
    TodoFields phone = fields;
    phone.state = ReminderState::Done;
    phone.completedAt = QDateTime(QDate(2026, 12, 9), QTime(8, 0), Qt::UTC);
    phone.due = QDate(2026, 12, 9);
    Reminder updated = reminder;
    applyTodo(phone, updated);
    QCOMPARE(updated.state, ReminderState::Done);
    QCOMPARE(updated.completedAt, phone.completedAt);
    QCOMPARE(updated.due, QDate(2026, 12, 9));
    QCOMPARE(updated.id, 12);
    QCOMPARE(updated.contactId, 3);

    phone.state = ReminderState::Open;
    applyTodo(phone, updated);
    QVERIFY(!updated.completedAt.isValid());
}

QTEST_APPLESS_MAIN(TestTodoMapping)
#include "tst_todomapping.moc"
