// The JSON export is the user's way out and back in: everything the notebook holds must survive
// it. These tests fill a notebook with every kind of row (ReliabilitySupport's sample data), take
// it out and read it into an empty notebook, and fail when a migration adds a table or a column
// the export neither carries nor names as deliberately left out.
#include "ReliabilitySupport.h"
#include "TestSupport.h"

#include "db/Sql.h"
#include "exchange/BackupTables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

ImportOptions noBackup()
{
    ImportOptions options;
    options.backupFirst = false;
    return options;
}

// Per table, the columns the document's own sections (contacts, interactions, reminders,
// settings, dismissed_duplicates, tag_cadences) carry, and after "|" the columns the notebook
// derives again or that hold this machine's sync state.
const QMap<QString, QString> &sectionColumns()
{
    static const QMap<QString, QString> columns{
        {u"contact"_s, u"name organisation title met_via met_via_detail notes cadence_days archived nudge_snoozed_until"
                       " created_at updated_at kept_in_touch_on uid connected_on"
                       "|id name_key last_interaction_on next_follow_up_on nudge_cadence_days nudge_due_on left_sync"_s},
        {u"contact_card"_s, u"contact_id card|from_server"_s},
        {u"contact_email"_s, u"contact_id position email|id"_s},
        {u"contact_phone"_s, u"contact_id position phone|id"_s},
        {u"contact_link"_s, u"contact_id position label url|id"_s},
        {u"contact_photo"_s, u"contact_id mime_type data|"_s},
        {u"contact_role"_s, u"contact_id role|"_s},
        {u"contact_tag"_s, u"contact_id tag_id|"_s},
        {u"tag"_s, u"name cadence_days|id name_key"_s},
        {u"dismissed_duplicate"_s, u"contact_id other_id dismissed_at|"_s},
        {u"interaction"_s, u"kind occurred_on direction summary notes agenda created_at updated_at duration_minutes rating|id"_s},
        {u"interaction_participant"_s, u"interaction_id contact_id|"_s},
        {u"reminder"_s, u"contact_id interaction_id due_on reason state completed_at created_at repeat_every"
                        " repeat_from_completion series_anchor series_index previous_id uid|id ical_original left_sync"_s},
        {u"reminder_event"_s, u"reminder_id at action from_due to_due|id"_s},
        {u"setting"_s, u"key value|"_s},
    };
    return columns;
}

// Tables with nothing of the user's own: the sync state of this machine, and the search indexes
// (rebuilt from the rows they index).
bool notBackedUp(const QString &table)
{
    // The search index is derived from the rows; search_deferral only lives inside a bulk write.
    return table.startsWith(u"sync_"_s) || table.startsWith(u"contact_search"_s)
        || table.startsWith(u"interaction_search"_s) || table == u"search_deferral"_s;
}

QStringList schemaTables(const Database &database)
{
    QStringList tables;
    auto rows = sql::exec(database.connection(),
                          u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                          " ORDER BY name"_s);
    while (rows && rows->next())
        tables.append(rows->value(0).toString());
    return tables;
}

QStringList columnsOf(const Database &database, const QString &table)
{
    QStringList columns;
    auto rows = sql::exec(database.connection(), u"SELECT name FROM pragma_table_info(?) ORDER BY name"_s, {table});
    while (rows && rows->next())
        columns.append(rows->value(0).toString());
    return columns;
}

qint64 countOf(const Database &database, const QString &table)
{
    // `table` comes from sqlite_schema, never from input.
    auto count = sql::scalar(database.connection(), u"SELECT count(*) FROM \"%1\""_s.arg(table));
    return count ? *count : -1;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QByteArray withChange(const QByteArray &json, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    change(root);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestJsonBackup : public QObject
{
    Q_OBJECT

private slots:
    void everyColumnIsCarriedOrNamedAsLeftOut()
    {
        test::TempNotebook nb;
        QMap<QString, QStringList> expected;
        for (auto it = sectionColumns().cbegin(); it != sectionColumns().cend(); ++it)
            expected.insert(it.key(), it.value().split(QRegularExpression(u"[ |]"_s), Qt::SkipEmptyParts));
        for (const exchange::BackupTable &table : exchange::backupTables()) {
            QStringList columns{u"id"_s};
            for (const exchange::BackupColumn &column : table.columns)
                columns.append(column.column);
            columns.append(table.leftOut);
            QVERIFY2(!expected.contains(table.table), qPrintable(table.table));
            expected.insert(table.table, columns);
        }
        for (const QString &table : schemaTables(nb.database())) {
            if (notBackedUp(table))
                continue;
            QVERIFY2(expected.contains(table),
                     qPrintable(u"table %1 is in no section of the JSON export and not named as left out"_s.arg(table)));
            QCOMPARE(columnsOf(nb.database(), table), sorted(expected.value(table)));
            expected.remove(table);
        }
        QVERIFY2(expected.isEmpty(), qPrintable(u"no such tables: "_s + expected.keys().join(u", "_s)));
    }

    void aRestoredNotebookHoldsEverythingAndExportsTheSameDocument()
    {
        test::TempNotebook source;
        test::fillSampleData(*source.notebook);
        for (const QString &table : schemaTables(source.database())) {
            if (!notBackedUp(table) && table != u"contact_card"_s && table != u"contact_photo"_s)
                QVERIFY2(countOf(source.database(), table) > 0, qPrintable(u"the sample data has no "_s + table));
        }
        auto exported = source->exportBackup();
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));

        test::TempNotebook restored;
        auto imported = restored->importBackup(exported->bytes, noBackup());
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QVERIFY(imported->practiceAndDatesAdded > 0);
        for (const QString &table : schemaTables(source.database())) {
            if (!notBackedUp(table))
                QCOMPARE(u"%1=%2"_s.arg(table).arg(countOf(restored.database(), table)),
                         u"%1=%2"_s.arg(table).arg(countOf(source.database(), table)));
        }
        auto again = restored->exportBackup();
        QVERIFY(again);
        QCOMPARE(QString::fromUtf8(again->bytes), QString::fromUtf8(exported->bytes));

        // What the practice and the dates do with the restored rows: the same as with the originals.
        auto sourceAsks = source->asks();
        auto restoredAsks = restored->asks();
        QVERIFY(sourceAsks && restoredAsks);
        QCOMPARE(restoredAsks->size(), sourceAsks->size());
        QCOMPARE(restoredAsks->constFirst().history.size(), sourceAsks->constFirst().history.size());
        auto sourceDue = source->dateReminders(source->today(), 30);
        auto restoredDue = restored->dateReminders(restored->today(), 30);
        QVERIFY(sourceDue && restoredDue);
        QCOMPARE(restoredDue->size(), sourceDue->size());
    }

    void readingTheSameExportTwiceAddsNothing()
    {
        test::TempNotebook source;
        test::fillSampleData(*source.notebook);
        auto exported = source->exportBackup();
        QVERIFY(exported);
        test::TempNotebook restored;
        QVERIFY(restored->importBackup(exported->bytes, noBackup()));
        const QString before = test::rowCounts(restored.database());
        QMap<QString, qint64> counts;
        for (const QString &table : schemaTables(restored.database()))
            counts.insert(table, countOf(restored.database(), table));

        auto again = restored->importBackup(exported->bytes, noBackup());
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->created, 0);
        QCOMPARE(again->practiceAndDatesAdded, 0);
        for (const QString &table : schemaTables(restored.database())) {
            if (!notBackedUp(table))
                QCOMPARE(u"%1=%2"_s.arg(table).arg(countOf(restored.database(), table)),
                         u"%1=%2"_s.arg(table).arg(counts.value(table)));
        }
        QCOMPARE(test::rowCounts(restored.database()), before);
    }

    void aVersionOneDocumentStillReads()
    {
        test::TempNotebook source;
        test::fillSampleData(*source.notebook);
        auto exported = source->exportBackup();
        QVERIFY(exported);
        const QByteArray versionOne = withChange(exported->bytes, [](QJsonObject &root) {
            root.insert(u"version"_s, 1);
            root.remove(u"tag_cadences"_s);
            for (const exchange::BackupTable &table : exchange::backupTables())
                root.remove(table.section);
            QJsonArray reminders = root.value(u"reminders"_s).toArray();
            for (QJsonValueRef reminder : reminders) {
                QJsonObject object = reminder.toObject();
                for (const QString &key : {u"uid"_s, u"repeat"_s, u"repeat_from_completion"_s, u"series_anchor"_s,
                                           u"series_index"_s, u"previous"_s, u"ref"_s})
                    object.remove(key);
                reminder = object;
            }
            root.insert(u"reminders"_s, reminders);
        });
        test::TempNotebook restored;
        auto imported = restored->importBackup(versionOne, noBackup());
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->created, int(countOf(source.database(), u"contact"_s)));
        QCOMPARE(imported->practiceAndDatesAdded, 0);
        QCOMPARE(countOf(restored.database(), u"ask"_s), 0);
    }

    void aDamagedRowSaysWhereAndChangesNothing_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown state") << u"asks"_s << u"state"_s << QJsonValue(u"pending"_s) << u"asks[0]: "_s;
        QTest::newRow("number as text") << u"important_dates"_s << u"month"_s << QJsonValue(u"12"_s)
                                        << u"important_dates[0].month: must be a whole number"_s;
        QTest::newRow("unknown contact") << u"introductions"_s << u"first"_s << QJsonValue(u"nobody"_s)
                                         << u"introductions[0].first: names no contact of this file"_s;
        QTest::newRow("row beyond the list") << u"ask_steps"_s << u"ask"_s << QJsonValue(99)
                                             << u"ask_steps[0].ask: names no row of this file"_s;
        QTest::newRow("interaction beyond the list") << u"advice"_s << u"interaction"_s << QJsonValue(100000)
                                                     << u"advice[0].interaction: names no interaction of this file"_s;
        QTest::newRow("unknown field") << u"date_occurrences"_s << u"colour"_s << QJsonValue(u"red"_s)
                                       << u"date_occurrences[0].colour: is not a field Tend knows"_s;
    }

    void aDamagedRowSaysWhereAndChangesNothing()
    {
        QFETCH(QString, section);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        test::TempNotebook source;
        test::fillSampleData(*source.notebook);
        auto exported = source->exportBackup();
        QVERIFY(exported);
        const QByteArray damaged = withChange(exported->bytes, [&](QJsonObject &root) {
            QJsonArray rows = root.value(section).toArray();
            QJsonObject first = rows.at(0).toObject();
            first.insert(key, value);
            rows[0] = first;
            root.insert(section, rows);
        });
        test::TempNotebook restored;
        auto imported = restored->importBackup(damaged, noBackup());
        QVERIFY(!imported);
        QVERIFY2(imported.error().message.startsWith(message), qPrintable(imported.error().message));
        QCOMPARE(imported.error().code, Error::Code::Invalid);
        QCOMPARE(countOf(restored.database(), u"contact"_s), 0);
        QCOMPARE(countOf(restored.database(), u"ask"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestJsonBackup)
#include "tst_jsonbackup.moc"
