// libFuzzer target: tend::parse::day never crashes, and whatever it accepts is a real calendar
// day written exactly as YYYY-MM-DD.
#include "FuzzCheck.h"

#include "util/Parsing.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = tend::parse::day(text, u"--date"_s);
    if (parsed) {
        TEND_FUZZ_CHECK(parsed->isValid());
        TEND_FUZZ_CHECK(parsed->year() >= 1900);
        TEND_FUZZ_CHECK(parsed->toString(Qt::ISODate) == text.trimmed());
    } else {
        TEND_FUZZ_CHECK(parsed.error().message.startsWith(u"--date"_s));
    }
    return 0;
}
