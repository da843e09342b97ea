// The .ics export end to end (issue 11): a notebook's open follow-ups as VTODOs and its planned
// meetings as VEVENTs, written with libical through the same path as `tend export` and File ▸
// Export…, judged by python3-icalendar.
#include "TestSupport.h"

#include "files/ExchangeFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

QJsonObject readWithPython(const QByteArray &calendar)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.ics"_s);
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

qint64 logOn(Notebook &notebook, QList<qint64> people, QDate day, const QString &summary, const QString &agenda,
             const QString &notes)
{
    Interaction interaction;
    interaction.kind = InteractionKind::Coffee;
    interaction.date = day;
    for (const qint64 id : people)
        interaction.participants.append(ContactRef{id, {}});
    interaction.summary = summary;
    interaction.agenda = agenda;
    interaction.notes = notes;
    auto logged = notebook.logInteraction(interaction, FollowUpChoice::none());
    if (!logged)
        qFatal("%s", qPrintable(logged.error().message));
    return logged->interactionId;
}

QByteArray exportIcs(Notebook &notebook, const ExportFilter &filter = {}, int *count = nullptr)
{
    auto bytes = files::exportBytes(notebook, files::ExportFormat::Ics, filter, io::VCardVersion::V4_0, count);
    if (!bytes)
        qFatal("%s", qPrintable(bytes.error().message));
    return *bytes;
}

} // namespace

class TestIcsExport : public QObject
{
    Q_OBJECT
private slots:
    void plannedMeetingsBecomeEvents();
    void aReExportKeepsTheUids();
    void theFilterChoosesTheMeetings();
};

void TestIcsExport::plannedMeetingsBecomeEvents()
{
    test::TempNotebook notebook;
    const QDate today = notebook->today();
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    const qint64 grace = test::addContact(*notebook.notebook, u"Grace Hopper"_s);
    logOn(*notebook.notebook, {ada}, today.addDays(-3), u"Talked about the PhD"_s, {}, u"past, not planned"_s);
    logOn(*notebook.notebook, {ada, grace}, today.addDays(10), u"Plan the talk"_s,
          u"1. slides\n2. the venue, \"Hall B\"; dates"_s, u"PRIVATE: she seemed tired"_s);
    QVERIFY(notebook->addReminder(ada, today.addDays(2), u"Send the slides"_s).ok());

    int count = 0;
    const QByteArray calendar = exportIcs(*notebook.notebook, {}, &count);
    QCOMPARE(count, 2); // one task, one meeting
    QVERIFY2(!calendar.contains("PRIVATE"), "an interaction's notes are private and stay out of the .ics");
    const QJsonObject read = readWithPython(calendar);
    QCOMPARE(read.value(u"todos"_s).toInt(), 1);
    const QJsonArray events = read.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.first().toObject();
    const QJsonObject start = event.value(u"start"_s).toObject();
    QCOMPARE(start.value(u"type"_s).toString(), u"date"_s);
    QCOMPARE(start.value(u"value"_s).toString(), today.addDays(10).toString(Qt::ISODate));
    const QString summary = event.value(u"summary"_s).toString();
    QVERIFY2(summary.contains(u"Ada Lovelace"_s) && summary.contains(u"Grace Hopper"_s)
                 && summary.contains(u"Plan the talk"_s),
             qPrintable(summary));
    const QString description = event.value(u"description"_s).toString();
    QVERIFY2(description.startsWith(u"1. slides\n2. the venue, \"Hall B\"; dates"_s), qPrintable(description));
    QVERIFY2(description.contains(u"Ada Lovelace, Grace Hopper"_s), qPrintable(description));
    QVERIFY(event.value(u"dtstamp"_s).toObject().value(u"utc"_s).toBool());
    QVERIFY(!event.value(u"uid"_s).toString().isEmpty());
}

void TestIcsExport::aReExportKeepsTheUids()
{
    test::TempNotebook notebook;
    const QDate today = notebook->today();
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s);
    const qint64 meeting = logOn(*notebook.notebook, {ada}, today.addDays(30), u"Lunch"_s, {}, {});
    const QString first = readWithPython(exportIcs(*notebook.notebook))
                              .value(u"events"_s).toArray().first().toObject().value(u"uid"_s).toString();
    QVERIFY(first.endsWith(u"-interaction-"_s + QString::number(meeting)));
    auto contact = notebook->contact(ada);
    QVERIFY(contact.ok());
    QVERIFY(first.startsWith(contact->uid));

    // A later export, after the meeting was edited: the same UID, so a calendar updates it.
    auto edited = notebook->interaction(meeting);
    QVERIFY(edited.ok());
    edited->summary = u"Lunch at the canal"_s;
    edited->date = today.addDays(31);
    QVERIFY(notebook->updateInteraction(*edited).ok());
    const QJsonObject again = readWithPython(exportIcs(*notebook.notebook)).value(u"events"_s).toArray().first().toObject();
    QCOMPARE(again.value(u"uid"_s).toString(), first);
    QVERIFY(again.value(u"summary"_s).toString().contains(u"Lunch at the canal"_s));
    QCOMPARE(again.value(u"start"_s).toObject().value(u"value"_s).toString(), today.addDays(31).toString(Qt::ISODate));
}

void TestIcsExport::theFilterChoosesTheMeetings()
{
    test::TempNotebook notebook;
    const QDate today = notebook->today();
    const qint64 ada = test::addContact(*notebook.notebook, u"Ada Lovelace"_s, {Role::Mentor});
    const qint64 grace = test::addContact(*notebook.notebook, u"Grace Hopper"_s, {Role::Sponsor});
    logOn(*notebook.notebook, {ada}, today.addDays(5), u"With Ada"_s, {}, {});
    logOn(*notebook.notebook, {grace}, today.addDays(6), u"With Grace"_s, {}, {});
    logOn(*notebook.notebook, {grace}, today, u"Today is not ahead"_s, {}, {});
    ExportFilter sponsors;
    sponsors.roles = {Role::Sponsor};
    const QJsonArray events = readWithPython(exportIcs(*notebook.notebook, sponsors)).value(u"events"_s).toArray();
    QCOMPARE(events.size(), 1);
    QVERIFY(events.first().toObject().value(u"summary"_s).toString().contains(u"With Grace"_s));
    QCOMPARE(readWithPython(exportIcs(*notebook.notebook)).value(u"events"_s).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestIcsExport)
#include "tst_icsexport.moc"
