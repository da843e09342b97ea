// libFuzzer target: the CSV reader, header recognition and mapping never crash, every row is
// accounted for, and Tend's own CSV of what was read reads back to the same names.
#include "FuzzCheck.h"

#include "io/ContactFile.h"
#include "io/csv/CsvReader.h"
#include "io/csv/CsvWriter.h"

using namespace tend::io;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    for (const QChar separator : {QChar(u','), QChar(u';')}) {
        const CsvParseResult rows = parseCsv(text, separator);
        for (const CsvRecord &record : rows.records)
            TEND_FUZZ_CHECK(record.line >= 1 && !record.fields.isEmpty());
    }
    detectCsvSeparator(text);

    ReadOptions options;
    options.format = FileFormat::Csv;
    options.maxLineBytes = 1 << 16;
    const auto parsed = readContactsData(bytes, options, QStringLiteral("fuzz.csv"));
    if (!parsed) {
        TEND_FUZZ_CHECK(!parsed.error().message.isEmpty());
        return 0;
    }
    TEND_FUZZ_CHECK(parsed->contacts.size() <= parsed->recordCount);
    for (const ContactRecord &record : parsed->contacts)
        TEND_FUZZ_CHECK(!record.displayName.isEmpty());

    const auto back = readContactsData(writeContactsCsv(parsed->contacts), {}, QStringLiteral("tend.csv"));
    if (parsed->contacts.isEmpty())
        return 0;
    TEND_FUZZ_CHECK(back && back->contacts.size() == parsed->contacts.size());
    for (qsizetype i = 0; i < parsed->contacts.size(); ++i)
        TEND_FUZZ_CHECK(back->contacts.at(i).displayName == parsed->contacts.at(i).displayName);
    return 0;
}
