#include "IoTestSupport.h"

#include "io/csv/CsvReader.h"
#include "io/csv/CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::io;

namespace {

QList<QStringList> fields(const CsvParseResult &result)
{
    QList<QStringList> out;
    for (const CsvRecord &record : result.records)
        out.append(record.fields);
    return out;
}

} // namespace

class TestCsvSyntax : public QObject
{
    Q_OBJECT
private slots:
    void readsRfc4180()
    {
        const CsvParseResult parsed = parseCsv(
            u"a,b,c\r\n\"quoted, comma\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nplain \"inner\" quote,,\n\nlast,\"x\"tail,\r"_s, u',');
        QCOMPARE(fields(parsed), (QList<QStringList>{
                                     {u"a"_s, u"b"_s, u"c"_s},
                                     {u"quoted, comma"_s, u"say \"hi\""_s, u"two\r\nlines"_s},
                                     {u"plain \"inner\" quote"_s, {}, {}},
                                     {u"last"_s, u"xtail"_s, {}},
                                 }));
        QList<int> lines;
        for (const CsvRecord &record : parsed.records)
            lines.append(record.line);
        QCOMPARE(lines, (QList<int>{1, 2, 4, 6}));
        QVERIFY(parsed.problems.isEmpty());
    }

    void aQuoteNeverClosedCostsOneRow()
    {
        const CsvParseResult parsed = parseCsv(QString::fromUtf8(test::readFixture(u"csv/broken_quote.csv"_s)), u',');
        QCOMPARE(parsed.records.size(), 3);
        QCOMPARE(parsed.records.at(1).fields.value(0), u"Alan Turing"_s);
        QCOMPARE(parsed.records.at(2).fields.value(0), u"John von Neumann"_s);
        QCOMPARE(parsed.records.at(2).line, 5);
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems.constFirst().line, 4);
        QCOMPARE(parsed.problems.constFirst().severity, ImportProblem::Severity::Skipped);
    }

    void detectsTheSeparator_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << u"Name,Email\nAda,ada@x.org\nBob,\"b;c\"\n"_s << QChar(u',');
        QTest::newRow("semicolon") << u"Vorname;Nachname;Stadt\nAnna;Schmidt;Berlin, Mitte\nKarl;Weber;\n"_s << QChar(u';');
        QTest::newRow("tab") << u"Name\tE-mail\nAna, Lima\tana@x.org\n"_s << QChar(u'\t');
        QTest::newRow("pipe") << u"Name|Email|Phone\nAda|a@x.org|1\n"_s << QChar(u'|');
        QTest::newRow("commas inside quotes only") << u"\"a,b\";c\n\"d,e\";f\n"_s << QChar(u';');
    }
    void detectsTheSeparator()
    {
        QFETCH(QString, text);
        QFETCH(QChar, separator);
        QCOMPARE(detectCsvSeparator(text), separator);
    }

    void neutralisesFormulas()
    {
        QCOMPARE(neutraliseCsvFormula(u"=SUM(A1)"_s), u"'=SUM(A1)"_s);
        QCOMPARE(neutraliseCsvFormula(u"+1 555"_s), u"'+1 555"_s);
        QCOMPARE(neutraliseCsvFormula(u"-2"_s), u"'-2"_s);
        QCOMPARE(neutraliseCsvFormula(u"@cmd"_s), u"'@cmd"_s);
        QCOMPARE(neutraliseCsvFormula(u"\tx"_s), u"'\tx"_s);
        QCOMPARE(neutraliseCsvFormula(u"\rx"_s), u"'\rx"_s);
        QCOMPARE(neutraliseCsvFormula(u"Ada = Lovelace"_s), u"Ada = Lovelace"_s);
        QCOMPARE(neutraliseCsvFormula(u"'=already guarded"_s), u"''=already guarded"_s);
        QCOMPARE(neutraliseCsvFormula(u"'quoted"_s), u"'quoted"_s);
    }

    void writesQuotedCrlfUtf8WithMark()
    {
        const CsvTable table{{u"Name"_s, u"Notes"_s}, {{u"Zoë, PhD"_s, u"said \"hi\"\nthen left"_s}, {u"=1+1"_s, {}}}};
        const QByteArray csv = writeCsv(table);
        QCOMPARE(csv, QByteArray("\xEF\xBB\xBFName,Notes\r\n\"Zo\xC3\xAB, PhD\",\"said \"\"hi\"\"\nthen left\"\r\n'=1+1,\r\n"));
    }

    void pythonReadsTendsCsv()
    {
        const QString python = test::pythonWith(u"csv"_s);
        QVERIFY2(!python.isEmpty(), "python3 is needed");
        const QList<QStringList> rows = {
            {u"Name"_s, u"Notes"_s, u"Phone"_s},
            {u"Zoë O'Brien, PhD"_s, u"line one\r\nline \"two\"\n"_s, u"+81 90 1234"_s},
            {u" leading space"_s, u"=HYPERLINK(\"http://evil\")"_s, u"@SUM(1)"_s},
            {u"山田;太郎"_s, u"\ttab"_s, QString()},
        };
        const QByteArray csv = writeCsv({rows.at(0), rows.mid(1)});
        const test::PythonResult result = test::runPython(
            python, u"import csv, io, json, sys\n"
                    "rows = list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8-sig', newline='')))\n"
                    "print(json.dumps(rows))"_s,
            csv);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonArray read = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(read.size(), rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QJsonArray cells = read.at(r).toArray();
            QCOMPARE(cells.size(), rows.at(r).size());
            for (qsizetype c = 0; c < cells.size(); ++c)
                QCOMPARE(cells.at(c).toString(), neutraliseCsvFormula(rows.at(r).at(c)));
        }
        // Tend's reader sees the same cells (the contacts layer then takes the apostrophes off).
        const CsvParseResult back = parseCsv(QString::fromUtf8(csv.mid(3)), u',');
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QStringList expected;
            for (const QString &cell : rows.at(r))
                expected.append(neutraliseCsvFormula(cell));
            QCOMPARE(back.records.at(r).fields, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvSyntax)
#include "tst_csvsyntax.moc"
