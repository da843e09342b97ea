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
};

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
