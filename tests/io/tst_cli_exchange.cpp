// tend import / tend export end to end, with the real binary; other programs' readers
// (python3-vobject, python3-icalendar, Python's csv) judge what Tend writes.
#include "CliRunner.h"
#include "IoTestSupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::test;

namespace {

QString fixturePath(const QString &relative)
{
    return testDataPath(u"import/"_s + relative);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestCliExchange : public QObject
{
    Q_OBJECT
private slots:
    void importPrintsTheSummaryAndReimportAddsNothing()
    {
        CliRunner tend;
        const QStringList files = {fixturePath(u"vcard/names.vcf"_s), fixturePath(u"vcard/damaged.vcf"_s),
                                   fixturePath(u"csv/linkedin_connections.csv"_s)};
        const CliResult first = tend.run(QStringList{u"import"_s, u"--json"_s} + files);
        QVERIFY2(first.ok(), qPrintable(first.describe()));
        const QJsonObject summary = first.json().object();
        QVERIFY(summary.value(u"created"_s).toInt() > 0);
        QVERIFY(summary.value(u"skipped"_s).toInt() > 0);
        bool namedWhere = false;
        for (const QJsonValue &error : summary.value(u"errors"_s).toArray()) {
            const QJsonObject e = error.toObject();
            if (e.value(u"severity"_s) == u"skipped"_s && e.value(u"line"_s).toInt() > 0
                && e.value(u"file"_s).toString().endsWith(u"damaged.vcf"_s))
                namedWhere = true;
        }
        QVERIFY(namedWhere);

        const CliResult dry = tend.run(QStringList{u"import"_s, u"--dry-run"_s, u"--json"_s} + files);
        QVERIFY(dry.ok());
        QCOMPARE(dry.json().object().value(u"created"_s).toInt(), 0);
        QCOMPARE(dry.json().object().value(u"unchanged"_s).toInt(), summary.value(u"created"_s).toInt());

        const CliResult strict = tend.run({u"import"_s, u"--strict"_s, fixturePath(u"vcard/damaged.vcf"_s)});
        QCOMPARE(strict.exitCode, 2);
        QVERIFY2(strict.err.contains(u"line "_s), qPrintable(strict.describe()));

        const CliResult badFormat = tend.run({u"import"_s, u"--format"_s, u"xml"_s, fixturePath(u"vcard/names.vcf"_s)});
        QCOMPARE(badFormat.exitCode, 2);
        const CliResult missing = tend.run({u"import"_s, u"/nonexistent/file.vcf"_s});
        QCOMPARE(missing.exitCode, 1);
    }

    void vcardExportReadByVobject()
    {
        const QString python = pythonWith(u"vobject"_s);
        if (python.isEmpty())
            QSKIP("python3-vobject is not installed (scripts/install-deps.sh)");
        CliRunner tend;
        QVERIFY(tend.run({u"import"_s, fixturePath(u"vcard/v40_features.vcf"_s), fixturePath(u"vcard/names.vcf"_s)}).ok());
        QTemporaryDir dir;
        for (const QString &version : {u"4.0"_s, u"3.0"_s}) {
            const QString out = dir.filePath(u"out.vcf"_s);
            const CliResult exported = tend.run({u"export"_s, out, u"--vcard-version"_s, version});
            QVERIFY2(exported.ok(), qPrintable(exported.describe()));
            const PythonResult read = runPython(python,
                                                u"import sys, vobject\n"
                                                "cards = list(vobject.readComponents(sys.stdin.read()))\n"
                                                "print('\\n'.join(sorted(c.fn.value for c in cards)))\n"_s,
                                                readAll(out));
            QVERIFY2(read.exitCode == 0, read.err.constData());
            const CliResult list = tend.run({u"contact"_s, u"list"_s, u"--json"_s});
            QStringList names;
            for (const QJsonValue &row : list.json().array())
                names.append(row.toObject().value(u"name"_s).toString());
            names.sort();
            QCOMPARE(QString::fromUtf8(read.out).trimmed(), names.join(u'\n'));
        }
    }

    void csvExportNeutralisesFormulasAndReadsBack()
    {
        const QString python = pythonWith(u"csv"_s);
        if (python.isEmpty())
            QSKIP("no python3");
        CliRunner tend;
        QVERIFY(tend.run({u"contact"_s, u"add"_s, u"=HYPERLINK(\"http://evil\")"_s, u"--org"_s, u"+Acme"_s}).ok());
        QTemporaryDir dir;
        const QString out = dir.filePath(u"out.csv"_s);
        QVERIFY(tend.run({u"export"_s, out}).ok());
        const PythonResult read = runPython(python,
                                            u"import sys, csv, io\n"
                                            "rows = list(csv.DictReader(io.StringIO(sys.stdin.buffer.read().decode('utf-8-sig'))))\n"
                                            "print(rows[0]['Name']); print(rows[0]['Organization Name'])\n"_s,
                                            readAll(out));
        QVERIFY2(read.exitCode == 0, read.err.constData());
        QCOMPARE(QString::fromUtf8(read.out).trimmed(), u"'=HYPERLINK(\"http://evil\")\n'+Acme"_s);

        // Tend reads its own CSV back as the same person.
        CliRunner other;
        const CliResult imported = other.run({u"import"_s, u"--json"_s, out});
        QVERIFY2(imported.ok(), qPrintable(imported.describe()));
        const CliResult list = other.run({u"contact"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.json().array().at(0).toObject().value(u"name"_s).toString(), u"=HYPERLINK(\"http://evil\")"_s);
    }

    void icsExportReadByIcalendar()
    {
        const QString python = pythonWith(u"icalendar"_s);
        if (python.isEmpty())
            QSKIP("python3-icalendar is not installed");
        CliRunner tend;
        QVERIFY(tend.run({u"contact"_s, u"add"_s, u"Ada Lovelace"_s, u"--role"_s, u"mentor"_s}).ok());
        QVERIFY(tend.run({u"remind"_s, u"Ada"_s, u"--in"_s, u"3"_s, u"--reason"_s, u"Send the slides"_s}).ok());
        QTemporaryDir dir;
        const QString out = dir.filePath(u"tasks.ics"_s);
        const CliResult exported = tend.run({u"export"_s, out, u"--format"_s, u"ics"_s});
        QVERIFY2(exported.ok(), qPrintable(exported.describe()));
        const QString script = u"import sys, icalendar\n"
                               "cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())\n"
                               "for t in sorted(cal.walk('VTODO'), key=lambda t: str(t['UID'])):\n"
                               "    alarms = t.walk('VALARM')\n"
                               "    print(t['UID'], t.decoded('DUE').isoformat(), len(alarms), t['SUMMARY'])\n"_s;
        const PythonResult read = runPython(python, script, readAll(out));
        QVERIFY2(read.exitCode == 0, read.err.constData());
        const QStringList lines = QString::fromUtf8(read.out).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.at(0).contains(u"-reminder-"_s) && lines.at(0).contains(u" 1 Ada Lovelace: Send the slides"_s),
                 qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).contains(defaultToday.addDays(3).toString(Qt::ISODate)));

        // Exported again, the same UIDs: a calendar updates rather than duplicates.
        const QString again = dir.filePath(u"again.ics"_s);
        QVERIFY(tend.run({u"export"_s, again}).ok());
        const PythonResult reread = runPython(python, script, readAll(again));
        QCOMPARE(reread.out, read.out);
    }

    void jsonExportImportExportIsTheSame()
    {
        CliRunner tend;
        QVERIFY(tend.run({u"import"_s, fixturePath(u"vcard/v40_features.vcf"_s), fixturePath(u"csv/google_new_layout.csv"_s)}).ok());
        QVERIFY(tend.run({u"contact"_s, u"add"_s, u"Ada Lovelace"_s, u"--role"_s, u"mentor"_s}).ok());
        QVERIFY(tend.run({u"log"_s, u"coffee"_s, u"Ada"_s, u"--summary"_s, u"Engines"_s}).ok());
        QTemporaryDir dir;
        const QString first = dir.filePath(u"first.json"_s);
        QVERIFY(tend.run({u"export"_s, first}).ok());
        CliRunner empty;
        const CliResult restored = empty.run({u"import"_s, first});
        QVERIFY2(restored.ok(), qPrintable(restored.describe()));
        const QString second = dir.filePath(u"second.json"_s);
        QVERIFY(empty.run({u"export"_s, second, u"--format"_s, u"json"_s}).ok());
        QCOMPARE(readAll(second), readAll(first));
    }

    void exportKeepsAnEarlierFileWhenItFails()
    {
        CliRunner tend;
        const CliResult unknown = tend.run({u"export"_s, u"out.txt"_s});
        QCOMPARE(unknown.exitCode, 2);
        const CliResult badVersion = tend.run({u"export"_s, u"out.vcf"_s, u"--vcard-version"_s, u"2.1"_s});
        QCOMPARE(badVersion.exitCode, 2);
        const CliResult noFolder = tend.run({u"export"_s, u"/nonexistent-folder/out.vcf"_s});
        QCOMPARE(noFolder.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"
