// libFuzzer target: tend::splitSqlScript terminates on any text (unclosed quotes, comments,
// BEGIN without END...) and returns only non-empty statements drawn from the input.
#include "FuzzCheck.h"

#include "db/SqlScript.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString script = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList statements = tend::splitSqlScript(script);
    qsizetype total = 0;
    for (const QString &statement : statements) {
        TEND_FUZZ_CHECK(!statement.trimmed().isEmpty());
        total += statement.size();
    }
    TEND_FUZZ_CHECK(total <= script.size());
    return 0;
}
