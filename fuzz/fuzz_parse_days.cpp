// libFuzzer target: tend::parse::days never crashes and only accepts values within the limits.
#include "FuzzCheck.h"

#include "model/Validation.h"
#include "util/Parsing.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int minimum = data[0] % 3; // 0, 1 or 2: the minimums the callers use
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto parsed = tend::parse::days(text, u"--within"_s, minimum);
    if (parsed) {
        TEND_FUZZ_CHECK(*parsed >= minimum);
        TEND_FUZZ_CHECK(*parsed <= tend::limits::maxDays);
    } else {
        TEND_FUZZ_CHECK(parsed.error().code == tend::Error::Code::Invalid);
    }
    return 0;
}
