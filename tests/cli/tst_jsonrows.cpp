#include "cli/JsonRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend::cli;

// JsonRows writes what QJsonDocument::toJson(Indented) writes for the same rows, byte for byte:
// the list commands changed how they write, not what.
class TestJsonRows : public QObject
{
    Q_OBJECT
private slots:
    void noRowsIsAnEmptyArray()
    {
        QCOMPARE(JsonRows().toJson(), QJsonDocument(QJsonArray()).toJson(QJsonDocument::Indented).trimmed());
    }

    void rowsMatchQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"Ada Lovelace"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("quotes and backslashes") << uR"(say "hi" \ then \\ "\")"_s;
        QTest::newRow("short escapes") << u"a\bb\fc\nd\re\tf"_s;
        QTest::newRow("other controls") << u"\x01\x02\x1b[2J\x1f end"_s;
        QTest::newRow("DEL and C1 stay for printJson") << u"a\x7f b\u0085 c\u009b"_s;
        QTest::newRow("two-byte UTF-8") << u"Zoë Élodie İlker ß"_s;
        QTest::newRow("three-byte UTF-8") << u"日本語 … – €"_s;
        QTest::newRow("four-byte UTF-8") << u"🎉 𝄞 family: 👩‍👩‍👧"_s;
        QTest::newRow("lone high surrogate") << QString(QChar(0xd83d)) + u"x"_s;
        QTest::newRow("lone low surrogate") << u"x"_s + QString(QChar(0xdc00));
        QTest::newRow("surrogate at the end") << u"end "_s + QString(QChar(0xd800));
        QTest::newRow("slash and unicode line separators") << u"a/b \u2028 \u2029 \ufeff \uffff"_s;
    }

    void rowsMatchQJsonDocument()
    {
        QFETCH(QString, text);
        const QStringList list{text, u"second"_s, QString()};

        JsonRows rows;
        JsonRows::Row first;
        // added out of order: QJsonObject sorts its keys
        first.text("name"_L1, text).integer("id"_L1, -42).boolean("archived"_L1, true).null("org"_L1)
            .texts("emails"_L1, list).texts("roles"_L1, {}).day("due"_L1, QDate(2026, 12, 4)).day("never"_L1, QDate())
            .textOrNull("title"_L1, text).integer("big"_L1, Q_INT64_C(9007199254740993)).boolean("no"_L1, false)
            .optionalInteger("some"_L1, 7).optionalInteger("none"_L1, std::nullopt)
            .objects("people"_L1, {JsonRows::Row().text("name"_L1, text).integer("id"_L1, 3), JsonRows::Row()})
            .objects("nobody"_L1, {});
        rows.append(first);
        rows.append(JsonRows::Row());
        JsonRows::Row third;
        third.text("contact_id"_L1, text).text("contact"_L1, u"x"_s);
        rows.append(third);

        const QJsonArray expected{
            QJsonObject{{u"name"_s, text}, {u"id"_s, -42}, {u"archived"_s, true}, {u"org"_s, QJsonValue::Null},
                        {u"emails"_s, QJsonArray::fromStringList(list)}, {u"roles"_s, QJsonArray()},
                        {u"due"_s, u"2026-12-04"_s}, {u"never"_s, QJsonValue::Null},
                        {u"title"_s, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text)},
                        {u"big"_s, Q_INT64_C(9007199254740993)}, {u"no"_s, false},
                        {u"some"_s, 7}, {u"none"_s, QJsonValue::Null},
                        {u"people"_s, QJsonArray{QJsonObject{{u"name"_s, text}, {u"id"_s, 3}}, QJsonObject()}},
                        {u"nobody"_s, QJsonArray()}},
            QJsonObject(),
            QJsonObject{{u"contact_id"_s, text}, {u"contact"_s, u"x"_s}},
        };
        const QByteArray written = rows.toJson();
        QCOMPARE(written, QJsonDocument(expected).toJson(QJsonDocument::Indented).chopped(1));
        QJsonParseError error;
        QJsonDocument::fromJson(written, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    // Days are written digit by digit; outside years 1–9999 as QDate writes them.
    void daysAreWrittenAsQDateWritesThem()
    {
        const QList<QDate> days{QDate(1, 1, 1),     QDate(9, 2, 3),      QDate(999, 12, 31), QDate(1815, 12, 10),
                                QDate(2026, 2, 28), QDate(2028, 2, 29),  QDate(9999, 12, 31), QDate(10000, 1, 1),
                                QDate(-44, 3, 15),  QDate(2026, 10, 9)};
        JsonRows rows;
        QJsonArray expected;
        for (const QDate &day : days) {
            rows.append(JsonRows::Row().day("day"_L1, day));
            const QString text = day.toString(Qt::ISODate);
            expected.append(QJsonObject{{u"day"_s, text}});
        }
        QCOMPARE(rows.toJson(), QJsonDocument(expected).toJson(QJsonDocument::Indented).chopped(1));
    }
};

QTEST_GUILESS_MAIN(TestJsonRows)
#include "tst_jsonrows.moc"
