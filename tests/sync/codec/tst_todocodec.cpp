// The VTODO codec sync uses: which fields merges compare, and that writing them back keeps the rest.
#include "sync/codec/TodoCodec.h"
#include "sync/engine/FieldMerge.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::sync;

namespace {

const QByteArray phoneTask = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VTODO\r\nUID:r1@tend\r\n"
                             "DTSTAMP:20261120T080000Z\r\nSUMMARY:Ada Lovelace: Send the slides\r\nX-TEND-CONTACT:Ada Lovelace\r\n"
                             "DUE;VALUE=DATE:20261207\r\nSTATUS:NEEDS-ACTION\r\nPRIORITY:1\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";

} // namespace

class TestTodoCodec : public QObject
{
    Q_OBJECT

private slots:
    void fieldsAreWhatMergesCompare();
    void writingFieldsKeepsTheRest();
    void completingStampsTheMoment();
    void bothSidesCompletingAtOtherMomentsIsNoConflict();
    void unreadableIsInvalid();
};

void TestTodoCodec::fieldsAreWhatMergesCompare()
{
    const TodoCodec codec(Clock::fixed(QDate(2026, 11, 23)));
    const Result<ParsedItem> parsed = codec.parse(phoneTask);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->uid, u"r1@tend"_s);
    QCOMPARE(parsed->fields, (FieldMap{{u"reason"_s, u"Send the slides"_s}, {u"due"_s, u"2026-12-07"_s},
                                       {u"state"_s, u"open"_s}, {u"contact"_s, u"Ada Lovelace"_s}}));
    QCOMPARE(codec.fileSuffix(), u".ics"_s);
    QVERIFY(codec.mediaType().startsWith("text/calendar"));
}

void TestTodoCodec::writingFieldsKeepsTheRest()
{
    const TodoCodec codec(Clock::fixed(QDate(2026, 11, 23)));
    FieldMap fields = codec.parse(phoneTask)->fields;
    fields.insert(u"due"_s, u"2026-12-10"_s);
    const Result<QByteArray> written = codec.writeFields(phoneTask, fields);
    QVERIFY(written.ok());
    QVERIFY(written->contains("PRIORITY:1"));
    QVERIFY(written->contains("DUE;VALUE=DATE:20261210"));
    QCOMPARE(codec.parse(*written)->fields, fields);
    QVERIFY(codec.parse(*written)->hash != codec.parse(phoneTask)->hash);
    // The same fields again: only the stamps move, and the hash does not.
    const Result<QByteArray> again = codec.writeFields(*written, fields);
    QCOMPARE(codec.parse(*again)->hash, codec.parse(*written)->hash);
}

void TestTodoCodec::completingStampsTheMoment()
{
    const TodoCodec codec(Clock::fixed(QDate(2026, 11, 23)));
    FieldMap fields = codec.parse(phoneTask)->fields;
    fields.insert(u"state"_s, u"done"_s);
    const QByteArray done = *codec.writeFields(phoneTask, fields);
    const Result<ical::TodoFields> todo = ical::readTodo(done);
    QCOMPARE(todo->state, ReminderState::Done);
    QCOMPARE(todo->completedAt.date(), QDate(2026, 11, 23));
    fields.insert(u"state"_s, u"open"_s);
    QVERIFY(!ical::readTodo(*codec.writeFields(done, fields))->completedAt.isValid());
}

void TestTodoCodec::bothSidesCompletingAtOtherMomentsIsNoConflict()
{
    ical::TodoFields here = *ical::readTodo(phoneTask);
    ical::TodoFields there = here;
    const FieldMap base = TodoCodec::fieldsOf(here);
    here.state = ReminderState::Done;
    here.completedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    there.state = ReminderState::Done;
    there.completedAt = QDateTime(QDate(2026, 12, 2), QTime(18, 0), Qt::UTC);
    QVERIFY(mergeFields(base, TodoCodec::fieldsOf(here), TodoCodec::fieldsOf(there)).clean());
}

void TestTodoCodec::unreadableIsInvalid()
{
    const TodoCodec codec(Clock::system());
    const Result<ParsedItem> parsed = codec.parse("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, Error::Code::Invalid);
    QVERIFY(!codec.writeFields("nonsense", {}).ok());
}

QTEST_APPLESS_MAIN(TestTodoCodec)
#include "tst_todocodec.moc"
