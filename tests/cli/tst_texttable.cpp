#include "cli/TextTable.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tend::cli::TextTable;
using tend::cli::terminalColumns;

// Columns line up in a terminal whatever script the names are written in.
class TestTextTable : public QObject
{
    Q_OBJECT
private slots:
    void countsTerminalColumns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("columns");
        QTest::newRow("ascii") << u"Ada"_s << qsizetype(3);
        QTest::newRow("accented, precomposed") << u"José"_s << qsizetype(4);
        QTest::newRow("accented, combining") << u"Jose\u0301"_s << qsizetype(4);
        QTest::newRow("CJK") << u"山田太郎"_s << qsizetype(8);
        QTest::newRow("emoji outside the BMP") << u"Ada 🚀"_s << qsizetype(6);
        QTest::newRow("right to left") << u"שלום"_s << qsizetype(4);
        QTest::newRow("empty") << QString() << qsizetype(0);
    }

    void countsTerminalColumns()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, columns);
        QCOMPARE(terminalColumns(text), columns);
    }

    void alignsWideNamesUnderTheHeader()
    {
        TextTable table({u"NAME"_s, u"ORG"_s});
        table.addRow({u"山田太郎"_s, u"Acme"_s});
        table.addRow({u"Ada 🚀"_s, u"Engines"_s});
        table.addRow({u"Jose\u0301"_s, u"-"_s});
        const QStringList lines = table.toString().split(u'\n');
        QCOMPARE(lines.size(), 4);
        for (const QString &line : lines) {
            const qsizetype orgAt = line.lastIndexOf(u"  "_s) + 2;
            QCOMPARE(terminalColumns(line.left(orgAt)), qsizetype(10)); // 8 wide + 2 spaces
        }
    }

    void controlCharactersBecomeVisible_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("title escape") << u"Ada\x1b]0;owned\x07"_s << u"Ada\u241b]0;owned\u2407"_s;
        QTest::newRow("colour") << u"\x1b[31mred"_s << u"\u241b[31mred"_s;
        QTest::newRow("carriage return") << u"fake\rreal"_s << u"fake\u240dreal"_s;
        QTest::newRow("DEL and C1 CSI") << u"a\x7f\u009b2J"_s << u"a\u2421\ufffd2J"_s;
        QTest::newRow("lines and tabs stay") << u"one\n\ttwo"_s << u"one\n\ttwo"_s;
        QTest::newRow("text stays") << u"Zoë 👩🏽‍💻 \u200fשרה"_s << u"Zoë 👩🏽‍💻 \u200fשרה"_s;
    }
    void controlCharactersBecomeVisible()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(tend::cli::terminalSafe(text), shown);
    }
};

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
