#include "model/TextKey.h"

#include <QList>

namespace tend {

QString textKey(const QString &text)
{
    // NFKD splits "é" into "e" and a combining accent, "ﬁ" into "fi", "İ" into "I" and a dot above.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString bare;
    bare.reserve(decomposed.size());
    for (const char32_t codePoint : decomposed.toUcs4()) {
        if (QChar::category(codePoint) == QChar::Mark_NonSpacing)
            continue;
        if (QChar::requiresSurrogates(codePoint)) {
            bare.append(QChar(QChar::highSurrogate(codePoint)));
            bare.append(QChar(QChar::lowSurrogate(codePoint)));
        } else {
            bare.append(QChar(char16_t(codePoint)));
        }
    }
    return bare.toCaseFolded().normalized(QString::NormalizationForm_C).simplified();
}

} // namespace tend
