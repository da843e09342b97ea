#include "IoTestSupport.h"

#include "io/vcard/VCardParser.h"
#include "io/vcard/VCardSyntax.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::io;

namespace {

VCardParseResult parse(const QByteArray &data, const VCardParseOptions &options = {})
{
    auto result = parseVCards(data, options);
    if (!result)
        qFatal("parse failed: %s", qPrintable(result.error().message));
    return std::move(result).value();
}

VCardParseResult parseFixture(const QString &name)
{
    return parse(test::readFixture(u"vcard/"_s + name));
}

const VCardLine &line(const VCard &card, QStringView name)
{
    const VCardLine *found = card.first(name);
    if (!found)
        qFatal("no %s line", qPrintable(name.toString()));
    return *found;
}

// What a card says, without where it said it.
QStringList describe(const VCard &card)
{
    QStringList lines;
    for (const VCardLine &l : card.lines)
        lines.append(l.group + u'.' + l.name + u'=' + l.text() + u'|' + QString::fromLatin1(l.binary.toBase64()));
    return lines;
}

} // namespace

class TestVCardParser : public QObject
{
    Q_OBJECT
private slots:
    void unfoldsSpacesTabsAndOddLines()
    {
        const VCardParseResult parsed = parseFixture(u"folding.vcf"_s);
        QCOMPARE(parsed.cards.size(), 2);
        const VCard &first = parsed.cards.at(0);
        QCOMPARE(first.version, u"3.0"_s); // "VERSION: 3.0"
        QCOMPARE(line(first, u"FN").text(), u"Folded With A Tab"_s);
        QCOMPARE(line(first, u"NOTE").text(), u"a long note that was folded by one writer and by another"_s);
        const VCardLine &tel = line(first, u"TEL"); // written "tel;type=cell;type=pref"
        QCOMPARE(tel.parameterValues(u"type"), (QStringList{u"cell"_s, u"pref"_s}));
        QVERIFY(tel.hasType(u"CELL"));
        QCOMPARE(line(first, u"X-QUOTED").parameter(u"X-LABEL"), u"a:b;c"_s);
        QCOMPARE(line(first, u"X-QUOTED").text(), u"value"_s);
        QCOMPARE(line(first, u"EMAIL").parameterValues(u"TYPE"), QStringList{u"INTERNET"_s}); // ";;INTERNET;"
        QCOMPARE(first.firstLine, 1);
        QCOMPARE(first.lastLine, 12);

        // 2.1: a value that runs on with a trailing backslash (Android writes these).
        const VCard &second = parsed.cards.at(1);
        QCOMPARE(second.firstLine, 15);
        const QStringList adr = line(second, u"ADR").components();
        QCOMPARE(adr.value(2), u"Hermann Street 9\nBuilding C\nFloor 2"_s);
        QCOMPARE(adr.value(3), u"Hamburg"_s);
        QCOMPARE(line(second, u"TEL").lineNumber, 21);
        QVERIFY(parsed.problems.isEmpty());
    }

    void readsCrCrLfAndGroups()
    {
        const VCardParseResult parsed = parseFixture(u"v30_apple_crcrlf.vcf"_s);
        QCOMPARE(parsed.cards.size(), 1);
        const VCard &card = parsed.cards.constFirst();
        QCOMPARE(card.lines.size(), 20);
        // CR CR LF is one line end to the parser and two to an editor: numbers match the editor.
        QCOMPARE(line(card, u"ORG").lineNumber, 11);
        const VCardLine &email = line(card, u"EMAIL");
        QCOMPARE(email.group, u"item1"_s);
        QCOMPARE(card.inGroup(u"item1", u"X-ABLABEL")->text(), u"_$!<Other>!$_"_s);
        QCOMPARE(card.inGroup(u"ITEM2", u"X-ABLABEL")->text(), u"Poetry"_s);
        QCOMPARE(line(card, u"URL").text(), u"https://ada.example/notes"_s);
        QCOMPARE(line(card, u"X-ABUID").text(), u"5AD380FD-B2DE-4261-BA99-DE1D1DB52FBE:ABPerson"_s);
        const VCardLine &photo = line(card, u"PHOTO");
        QVERIFY(photo.isBinary);
        QVERIFY(photo.binary.startsWith("\xFF\xD8\xFF"));
        QVERIFY(photo.binary.endsWith("\xFF\xD9"));
        QVERIFY(parsed.problems.isEmpty());
    }

    void readsOutlook21QuotedPrintableAndCharsets()
    {
        const VCardParseResult parsed = parseFixture(u"v21_outlook_windows1252.vcf"_s);
        QCOMPARE(parsed.cards.size(), 3);
        QCOMPARE(parsed.encoding, u"windows-1252"_s);
        const VCard &outlook = parsed.cards.at(0);
        QCOMPARE(outlook.version, u"2.1"_s);
        QCOMPARE(line(outlook, u"N").components(), (QStringList{u"Brandt"_s, u"Jürgen"_s, {}, u"Dr."_s, {}}));
        QCOMPARE(line(outlook, u"N").parameter(u"LANGUAGE"), u"de"_s);
        QCOMPARE(line(outlook, u"FN").text(), u"Dr. Jürgen Brandt"_s);
        QCOMPARE(line(outlook, u"NOTE").text(),
                 u"First line\r\nSecond line with a literal\ttab and a soft break that goes on."_s);
        QCOMPARE(line(outlook, u"ADR").components().value(2), u"Hauptstraße 5"_s);
        QCOMPARE(line(outlook, u"ADR").components().value(6), u"Deutschland"_s);
        QCOMPARE(line(outlook, u"TEL").parameterValues(u"TYPE"), (QStringList{u"WORK"_s, u"VOICE"_s}));
        QCOMPARE(line(outlook, u"EMAIL").parameterValues(u"TYPE"), (QStringList{u"PREF"_s, u"INTERNET"_s}));
        // The base64 photo ends at 2.1's blank line; the property after it is read.
        QCOMPARE(line(outlook, u"PHOTO").binary.size(), 62);
        QCOMPARE(line(outlook, u"X-MS-OL-DEFAULT-POSTAL-ADDRESS").text(), u"2"_s);

        const VCard &noBlankLine = parsed.cards.at(1);
        QCOMPARE(line(noBlankLine, u"N").text(), u"Müller;Hans"_s); // an undeclared windows-1252 byte
        QVERIFY(line(noBlankLine, u"PHOTO").binary.startsWith("\x89PNG"));
        QCOMPARE(line(noBlankLine, u"PHOTO").binary.size(), 38);
        QCOMPARE(line(noBlankLine, u"EMAIL").text(), u"hans@mueller.example"_s);

        QCOMPARE(line(parsed.cards.at(2), u"FN").text(), u"Zoë Ng"_s); // undeclared UTF-8
        QVERIFY(parsed.problems.isEmpty());
    }

    void readsShiftJis()
    {
        const VCardParseResult parsed = parseFixture(u"v21_shift_jis.vcf"_s);
        QCOMPARE(parsed.cards.size(), 1);
        QCOMPARE(parsed.encoding, u"Shift_JIS"_s);
        const VCard &card = parsed.cards.constFirst();
        QCOMPARE(line(card, u"FN").text(), u"山田 太郎"_s);
        QCOMPARE(line(card, u"N").components().mid(0, 2), (QStringList{u"山田"_s, u"太郎"_s}));
        QCOMPARE(line(card, u"SOUND").components().value(0), u"ﾔﾏﾀﾞ"_s);
        QCOMPARE(line(card, u"NOTE").text(), u"ソフト開発"_s); // QUOTED-PRINTABLE, soft break inside
        QCOMPARE(line(card, u"ADR").components().value(2), u"東京都渋谷区"_s);
    }

    void readsUtf16WithAndWithoutMark_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("LE with BOM") << u"v30_utf16le_bom.vcf"_s << u"UTF-16LE"_s;
        QTest::newRow("BE without BOM") << u"v30_utf16be_nobom.vcf"_s << u"UTF-16BE"_s;
    }
    void readsUtf16WithAndWithoutMark()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        const VCardParseResult parsed = parseFixture(file);
        QCOMPARE(parsed.encoding, encoding);
        QCOMPARE(parsed.cards.size(), 2);
        QCOMPARE(line(parsed.cards.at(0), u"FN").text(), u"Ǽgean MonteĽda"_s);
        QCOMPARE(line(parsed.cards.at(1), u"FN").text(), u"李小龍"_s);
        QCOMPARE(line(parsed.cards.at(1), u"NOTE").text(), u"生日快乐 🎉"_s);
        QCOMPARE(parsed.cards.at(1).firstLine, 7);
    }

    void unescapesValuesAndParameters()
    {
        const VCardParseResult parsed = parseFixture(u"v40_features.vcf"_s);
        QCOMPARE(parsed.cards.size(), 1);
        const VCard &card = parsed.cards.constFirst();
        QCOMPARE(line(card, u"NOTE").text(), u"Sees students on Tuesdays; bring coffee.\nSecond line."_s);
        QCOMPARE(line(card, u"CATEGORIES").listValues(), (QStringList{u"mentor,ish"_s, u"friends"_s}));
        QCOMPARE(line(card, u"N").parameterValues(u"SORT-AS"), QStringList{u"Mueller,Hans"_s});
        QCOMPARE(line(card, u"X-CUSTOM").parameterValues(u"X-PARAM"), (QStringList{u"one"_s, u"two;three"_s}));
        QCOMPARE(line(card, u"X-CUSTOM").text(), u"keep me, as I am"_s);
        QCOMPARE(line(card, u"ADR").parameter(u"LABEL"), u"Im Neuenheimer Feld 205\n69120 Heidelberg\nGermany"_s);
        QCOMPARE(line(card, u"ADR").components().value(2), u"Im Neuenheimer Feld 205"_s); // folded with a tab
        QCOMPARE(line(card, u"TEL").parameterValues(u"TYPE"), (QStringList{u"work"_s, u"voice"_s}));
    }

    void escapingHelpers()
    {
        QCOMPARE(escapeVCardText(u"a,b;c\\d\ne\r\nf"), u"a\\,b\\;c\\\\d\\ne\\nf"_s);
        QCOMPARE(unescapeVCardText(u"a\\,b\\;c\\\\d\\ne\\Nf\\:g C:\\dir"), u"a,b;c\\d\ne\nf:g C:\\dir"_s);
        QCOMPARE(splitVCardValue(u"Doe;John\\;Jr;;", u';'), (QStringList{u"Doe"_s, u"John;Jr"_s, {}, {}}));
    }

    void nestedCardsComeOutOnTheirOwn()
    {
        const VCardParseResult parsed = parseFixture(u"nested.vcf"_s);
        QCOMPARE(parsed.cardCount, 3);
        QCOMPARE(parsed.cards.size(), 3);
        QCOMPARE(line(parsed.cards.at(0), u"N").text(), u"Assistant;Able"_s); // ends first
        const VCard &boss = parsed.cards.at(1);
        QCOMPARE(line(boss, u"N").text(), u"Boss;Big"_s);
        QCOMPARE(line(boss, u"EMAIL").text(), u"big@boss.example"_s);
        QCOMPARE(boss.all(u"TEL").size(), 1);
        QVERIFY(!boss.sourceText.contains(u"Assistant"_s));
        // 3.0 AGENT carries its card as an escaped value: one property, not a card.
        QCOMPARE(parsed.cards.at(2).all(u"AGENT").size(), 1);
        QVERIFY(line(parsed.cards.at(2), u"AGENT").text().startsWith(u"BEGIN:VCARD\nVERSION:3.0\nFN:Dan Deputy"_s));
    }

    void damagedCardsAreSkippedAndReported()
    {
        const VCardParseResult parsed = parseFixture(u"damaged.vcf"_s);
        QCOMPARE(parsed.cardCount, 6);
        QStringList names;
        for (const VCard &card : parsed.cards)
            names.append(line(card, u"FN").text());
        QCOMPARE(names, (QStringList{u"First Good"_s, u"Second Good"_s, u"Broken Photo"_s, u"Third Good"_s}));

        QCOMPARE(parsed.problems.size(), 5);
        const ImportProblem &qp = parsed.problems.at(1);
        QCOMPARE(qp.severity, ImportProblem::Severity::Skipped);
        QCOMPARE(qp.line, 10);
        QCOMPARE(qp.field, u"NOTE"_s);
        QCOMPARE(qp.describe(u"damaged.vcf"_s),
                 u"damaged.vcf: line 10 (NOTE): QUOTED-PRINTABLE sequence '=G1' is not hexadecimal; "
                 "the card (lines 6–11) is left out"_s);
        QCOMPARE(parsed.problems.at(0).line, 5); // text outside a card
        QCOMPARE(parsed.problems.at(0).severity, ImportProblem::Severity::Warning);
        QCOMPARE(parsed.problems.at(2).line, 16); // END without BEGIN
        const ImportProblem &photo = parsed.problems.at(3);
        QCOMPARE(photo.severity, ImportProblem::Severity::Warning); // the photo goes, the card stays
        QCOMPARE(photo.line, 20);
        QCOMPARE(photo.field, u"PHOTO"_s);
        QVERIFY(!parsed.cards.at(2).first(u"PHOTO")->binary.size());
        const ImportProblem &unended = parsed.problems.at(4);
        QCOMPARE(unended.severity, ImportProblem::Severity::Skipped);
        QCOMPARE(unended.line, 26);
    }

    void cardWithoutVersion()
    {
        const VCardParseResult parsed = parseFixture(u"names.vcf"_s);
        const auto it = std::find_if(parsed.cards.cbegin(), parsed.cards.cend(), [](const VCard &c) {
            return c.first(u"FN") && c.first(u"FN")->text() == u"Katherine Johnson";
        });
        QVERIFY(it != parsed.cards.cend());
        QVERIFY(it->version.isEmpty());
    }

    void refusesLinesOverTheLimit()
    {
        VCardParseOptions options;
        options.maxLineBytes = 100;
        const QByteArray physical = "BEGIN:VCARD\r\nFN:short\r\nNOTE:" + QByteArray(200, 'x') + "\r\nEND:VCARD\r\n";
        auto result = parseVCards(physical, options);
        QVERIFY(!result);
        QVERIFY2(result.error().message.startsWith(u"line 3: a line of"_s), qPrintable(result.error().message));
        // Folded lines count together.
        QByteArray folded = "BEGIN:VCARD\r\nNOTE:start\r\n";
        for (int i = 0; i < 5; ++i)
            folded += ' ' + QByteArray(40, 'y') + "\r\n";
        folded += "END:VCARD\r\n";
        result = parseVCards(folded, options);
        QVERIFY(!result);
        QVERIFY(result.error().message.startsWith(u"line 2:"_s));
        options.maxLineBytes = 1000;
        QVERIFY(parseVCards(folded, options));
    }

    void sourceTextReadsBackToTheSameLines_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : {"v21_outlook_windows1252.vcf", "v21_shift_jis.vcf", "v30_apple_crcrlf.vcf",
                                 "v30_utf16le_bom.vcf", "v30_utf16be_nobom.vcf", "v40_features.vcf", "folding.vcf",
                                 "nested.vcf", "names.vcf"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }
    void sourceTextReadsBackToTheSameLines()
    {
        QFETCH(QString, file);
        const VCardParseResult parsed = parseFixture(file);
        for (const VCard &card : parsed.cards) {
            QVERIFY(card.sourceText.startsWith(u"BEGIN:VCARD\r\n"_s, Qt::CaseInsensitive));
            QVERIFY(card.sourceText.endsWith(u"END:VCARD\r\n"_s, Qt::CaseInsensitive));
            const VCardParseResult again = parseVCardText(card.sourceText);
            QCOMPARE(again.cards.size(), 1);
            QCOMPARE(describe(again.cards.constFirst()), describe(card));
            QCOMPARE(again.cards.constFirst().version, card.version);
        }
    }

    void sourceTextIsVerbatimForUtf8AndTranscribedForLegacyCharsets()
    {
        const VCardParseResult utf8 = parseFixture(u"v40_features.vcf"_s);
        const QString original = QString::fromUtf8(test::readFixture(u"vcard/v40_features.vcf"_s)).replace(u"\n"_s, u"\r\n"_s);
        QCOMPARE(utf8.cards.constFirst().sourceText, original);

        const VCardParseResult legacy = parseFixture(u"v21_shift_jis.vcf"_s);
        const QString text = legacy.cards.constFirst().sourceText;
        QVERIFY(text.contains(u"FN:山田 太郎\r\n"_s));     // raw Shift_JIS: written again in UTF-8
        QVERIFY(text.contains(u"ENCODING=QUOTED-PRINTABLE:=83=5C"_s)); // ASCII already: as it was
    }

    void aTranscribedLineKeepsItsValue()
    {
        // Raw windows-1252 inside QUOTED-PRINTABLE: the line is written again, without the encoding.
        const QByteArray card = "BEGIN:VCARD\r\nVERSION:2.1\r\nLABEL;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:"
                                "L\xE4mmerweg=0D=0A12 \xDF\r\nEND:VCARD\r\n";
        const VCardParseResult parsed = parse(card);
        QCOMPARE(line(parsed.cards.constFirst(), u"LABEL").text(), u"Lämmerweg\r\n12 ß"_s);
        const QString text = parsed.cards.constFirst().sourceText;
        QVERIFY2(text.contains(u"LABEL:Lämmerweg\\n12 ß\r\n"_s), qPrintable(text));
        QCOMPARE(line(parseVCardText(text).cards.constFirst(), u"LABEL").text(), u"Lämmerweg\n12 ß"_s);
    }

    void aBackslashBeforeAControlCharacterReadsBack()
    {
        // Found by libFuzzer: with the NUL left out, "\\<NUL>:" must not become the escape "\\:".
        const QByteArray card = QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;CHARSET=Windows-1252:a\\") + '\0'
            + ":b \xE4\r\nEND:VCARD\r\n";
        const VCardParseResult parsed = parse(card);
        const QString again = line(parseVCardText(parsed.cards.constFirst().sourceText).cards.constFirst(), u"NOTE").text();
        QCOMPARE(again, u"a\\:b ä"_s);
    }

    void foldsAt75OctetsOnUtf8Boundaries()
    {
        const QString value = u"Zoë 山田 🎉 "_s.repeated(20);
        const QByteArray folded = foldVCardLine((u"NOTE:"_s + value).toUtf8());
        const QList<QByteArray> lines = folded.split('\n');
        QVERIFY(folded.endsWith("\r\n"));
        QByteArray unfolded;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            QByteArray physical = lines.at(i);
            QVERIFY(physical.endsWith('\r'));
            physical.chop(1);
            QVERIFY2(physical.size() <= 75, physical.constData());
            QVERIFY(QString::fromUtf8(physical).toUtf8() == physical); // no sequence cut in two
            if (i > 0) {
                QVERIFY(physical.startsWith(' '));
                physical.remove(0, 1);
            }
            unfolded += physical;
        }
        QCOMPARE(QString::fromUtf8(unfolded), u"NOTE:"_s + value);
    }

    void quotesParameterValues()
    {
        QCOMPARE(formatVCardParameterValue(u"work", VCardVersion::V4_0), u"work"_s);
        QCOMPARE(formatVCardParameterValue(u"a:b;c", VCardVersion::V4_0), u"\"a:b;c\""_s);
        QCOMPARE(formatVCardParameterValue(u"line\nnext \"q\" ^", VCardVersion::V4_0), u"line^nnext ^'q^' ^^"_s);
        QCOMPARE(formatVCardParameterValue(u"say \"hi\"", VCardVersion::V3_0), u"say 'hi'"_s);
    }
};

QTEST_GUILESS_MAIN(TestVCardParser)
#include "tst_vcardparser.moc"
