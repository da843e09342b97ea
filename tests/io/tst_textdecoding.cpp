#include "io/text/TextDecoding.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend::io;

class TestTextDecoding : public QObject
{
    Q_OBJECT
private slots:
    void sniffsByteOrderMarks()
    {
        QCOMPARE(sniffTextShape("\xEF\xBB\xBF" "BEGIN").kind, TextShape::Kind::Utf8Bom);
        QCOMPARE(sniffTextShape("\xEF\xBB\xBF" "BEGIN").bomLength, 3);
        QCOMPARE(sniffTextShape(QByteArray("\xFF\xFE" "B\0E\0", 6)).kind, TextShape::Kind::Utf16LE);
        QCOMPARE(sniffTextShape(QByteArray("\xFE\xFF\0B\0E", 6)).kind, TextShape::Kind::Utf16BE);
        QCOMPARE(sniffTextShape(QByteArray("\xFF\xFE\0\0B\0\0\0", 8)).kind, TextShape::Kind::Utf32LE);
        QCOMPARE(sniffTextShape("BEGIN:VCARD").kind, TextShape::Kind::Bytes);
    }

    void sniffsUtf16WithoutAMark()
    {
        const QString text = u"BEGIN:VCARD\r\nFN:Zoë\r\n"_s;
        QByteArray be, le;
        for (const QChar c : text) {
            be += char(c.unicode() >> 8);
            be += char(c.unicode() & 0xFF);
            le += char(c.unicode() & 0xFF);
            le += char(c.unicode() >> 8);
        }
        const TextShape bigEndian = sniffTextShape(be);
        QCOMPARE(bigEndian.kind, TextShape::Kind::Utf16BE);
        QCOMPARE(bigEndian.bomLength, 0);
        QCOMPARE(decodeWide(be, bigEndian), text);
        QCOMPARE(sniffTextShape(le).kind, TextShape::Kind::Utf16LE);
        QCOMPARE(decodeWide(le, sniffTextShape(le)), text);
        QCOMPARE(sniffTextShape(le).encodingName(), u"UTF-16LE"_s);
        // NULs further on do not make a file of bytes UTF-16.
        const QByteArray nuls = QByteArray("BEGIN:VCARD\r\nFN:") + QByteArray(200, '\0');
        QCOMPARE(sniffTextShape(nuls).kind, TextShape::Kind::Bytes);
    }

    void validatesUtf8()
    {
        QVERIFY(isValidUtf8("plain ascii"));
        QVERIFY(isValidUtf8("Zo\xC3\xAB \xE5\xB1\xB1 \xF0\x9F\x8E\x89"));
        QVERIFY(!isValidUtf8("Do\xEB"));             // windows-1252 ë
        QVERIFY(!isValidUtf8("\xC0\xAF"));           // overlong '/'
        QVERIFY(!isValidUtf8("\xED\xA0\x80"));       // a surrogate
        QVERIFY(!isValidUtf8("\xE5\xB1"));           // cut short
        QVERIFY(!isValidUtf8("\xF4\x90\x80\x80"));   // past U+10FFFF
    }

    void decodesWindows1252()
    {
        QCOMPARE(decodeWindows1252("\x80 \x93quoted\x94 L\xE4mmerweg"), u"€ “quoted” Lämmerweg"_s);
        QCOMPARE(decodeWindows1252("\x81"), QString(QChar(0x81)));
        QCOMPARE(decodeGuessingCharset("Do\xEB"), u"Doë"_s);
        QCOMPARE(decodeGuessingCharset("Do\xC3\xAB"), u"Doë"_s);
    }

    void decodesDeclaredCharsets()
    {
        bool invalid = true;
        QCOMPARE(decodeCharset("\x88\xC0\x93\xA1", u"SHIFT_JIS", &invalid).value_or(QString()), u"安藤"_s);
        QVERIFY(!invalid);
        QCOMPARE(decodeCharset("Gr\xFC\xDF", u"iso-8859-1").value_or(QString()), u"Grüß"_s);
        QCOMPARE(decodeCharset("\xA4", u"ISO-8859-15").value_or(QString()), u"€"_s);
        QVERIFY(!decodeCharset("abc", u"no-such-charset").has_value());
        QVERIFY(isKnownCharset(u"Shift_JIS"));
        QVERIFY(!isKnownCharset(u"klingon-8"));
        decodeCharset("Do\xEB", u"UTF-8", &invalid);
        QVERIFY(invalid);
    }

    void canonicalNames()
    {
        QCOMPARE(canonicalCharsetName(u" utf8 "), u"UTF-8"_s);
        QCOMPARE(canonicalCharsetName(u"Latin1"), u"windows-1252"_s);
        QCOMPARE(canonicalCharsetName(u"x-sjis"), u"Shift_JIS"_s);
        QCOMPARE(canonicalCharsetName(u"\"us-ascii\""), u"US-ASCII"_s);
        QCOMPARE(canonicalCharsetName(u"KOI8-R"), u"KOI8-R"_s);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
