// libFuzzer target: the vCard parser and mapping never crash, account for every card, keep a
// text for each card that reads back to the same lines, and write cards that read back.
#include "FuzzCheck.h"

#include "io/vcard/VCardMapping.h"
#include "io/vcard/VCardParser.h"
#include "io/vcard/VCardWriter.h"

using namespace tend::io;

namespace {

// What a line written again keeps of a value: its line breaks, as \n (vCard has no escape for a
// lone CR), and no other control characters.
QString textOf(const VCardLine &line)
{
    QString text = line.text().replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    text.removeIf([](QChar c) { return (c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7F; });
    return text;
}

bool sameLines(const VCard &a, const VCard &b)
{
    if (a.lines.size() != b.lines.size() || a.version != b.version)
        return false;
    for (qsizetype i = 0; i < a.lines.size(); ++i) {
        const VCardLine &x = a.lines.at(i);
        const VCardLine &y = b.lines.at(i);
        if (x.name != y.name || x.group != y.group || textOf(x) != textOf(y) || x.binary != y.binary)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    VCardParseOptions options;
    options.maxLineBytes = 1 << 16;
    const auto parsed = parseVCards(bytes, options);
    if (!parsed) {
        TEND_FUZZ_CHECK(!parsed.error().message.isEmpty());
        return 0;
    }
    TEND_FUZZ_CHECK(parsed->cards.size() + countSkipped(parsed->problems) == parsed->cardCount);
    for (const ImportProblem &problem : parsed->problems)
        TEND_FUZZ_CHECK(!problem.message.isEmpty() && problem.line >= 0);

    for (const VCard &card : parsed->cards) {
        // Nested cards leave their parent's text without them; compare only where none were.
        if (parsed->cardCount == 1) {
            const VCardParseResult again = parseVCardText(card.sourceText);
            TEND_FUZZ_CHECK(again.cards.size() == 1);
            TEND_FUZZ_CHECK(sameLines(again.cards.constFirst(), card));
        }
        const ContactRecord record = recordFromVCard(card);
        for (const VCardVersion version : {VCardVersion::V4_0, VCardVersion::V3_0}) {
            VCardWriteOptions writeOptions;
            writeOptions.version = version;
            const QByteArray written = writeVCard(record, writeOptions);
            const auto back = parseVCards(written);
            TEND_FUZZ_CHECK(back && back->cards.size() == 1 && countSkipped(back->problems) == 0);
            const ContactRecord reread = recordFromVCard(back->cards.constFirst());
            if (record.nameSource != ContactRecord::NameSource::None)
                TEND_FUZZ_CHECK(reread.displayName == record.displayName);
        }
    }
    return 0;
}
