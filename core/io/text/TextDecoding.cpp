#include "io/text/TextDecoding.h"

#include <QStringDecoder>

#include <array>

using namespace Qt::StringLiterals;

namespace tend::io {
namespace {

// Windows-1252 for 0x80–0x9F; the five bytes it leaves undefined map to the C1 control of the same
// value, as the WHATWG encoding standard does.
constexpr std::array<char16_t, 32> windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool startsWith(QByteArrayView data, std::initializer_list<unsigned char> bytes)
{
    if (data.size() < qsizetype(bytes.size()))
        return false;
    qsizetype i = 0;
    for (const unsigned char b : bytes) {
        if (static_cast<unsigned char>(data[i++]) != b)
            return false;
    }
    return true;
}

QStringConverter::Encoding converterFor(TextShape::Kind kind)
{
    switch (kind) {
    case TextShape::Kind::Utf16LE: return QStringConverter::Utf16LE;
    case TextShape::Kind::Utf16BE: return QStringConverter::Utf16BE;
    case TextShape::Kind::Utf32LE: return QStringConverter::Utf32LE;
    case TextShape::Kind::Utf32BE: return QStringConverter::Utf32BE;
    case TextShape::Kind::Bytes:
    case TextShape::Kind::Utf8Bom: break;
    }
    return QStringConverter::Utf8;
}

} // namespace

QString TextShape::encodingName() const
{
    switch (kind) {
    case Kind::Utf16LE: return u"UTF-16LE"_s;
    case Kind::Utf16BE: return u"UTF-16BE"_s;
    case Kind::Utf32LE: return u"UTF-32LE"_s;
    case Kind::Utf32BE: return u"UTF-32BE"_s;
    case Kind::Bytes:
    case Kind::Utf8Bom: break;
    }
    return u"UTF-8"_s;
}

TextShape sniffTextShape(QByteArrayView data)
{
    if (startsWith(data, {0xEF, 0xBB, 0xBF}))
        return {TextShape::Kind::Utf8Bom, 3};
    if (startsWith(data, {0xFF, 0xFE, 0x00, 0x00}))
        return {TextShape::Kind::Utf32LE, 4};
    if (startsWith(data, {0x00, 0x00, 0xFE, 0xFF}))
        return {TextShape::Kind::Utf32BE, 4};
    if (startsWith(data, {0xFF, 0xFE}))
        return {TextShape::Kind::Utf16LE, 2};
    if (startsWith(data, {0xFE, 0xFF}))
        return {TextShape::Kind::Utf16BE, 2};

    // No mark: text in UTF-16 has a NUL beside nearly every ASCII letter, on one side only, and
    // starts with one ("B\0E\0" or "\0B\0E"); a file of bytes with NULs further on is not UTF-16.
    const qsizetype sample = std::min<qsizetype>(data.size(), 512) & ~qsizetype(1);
    if (sample < 4 || (data[0] != '\0' && data[1] != '\0'))
        return {};
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenNuls += data[i] == '\0';
        oddNuls += data[i + 1] == '\0';
    }
    const qsizetype pairs = sample / 2;
    if (evenNuls * 10 >= pairs * 3 && oddNuls * 20 < pairs)
        return {TextShape::Kind::Utf16BE, 0};
    if (oddNuls * 10 >= pairs * 3 && evenNuls * 20 < pairs)
        return {TextShape::Kind::Utf16LE, 0};
    return {};
}

QString decodeWide(QByteArrayView data, TextShape shape)
{
    QStringDecoder decoder(converterFor(shape.kind), QStringConverter::Flag::Stateless);
    QString text = decoder(data.sliced(shape.bomLength));
    // A damaged file can hold half a surrogate pair; it could not be written out again as it was.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
    return text;
}

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        char32_t minimum = 0;
        char32_t codePoint = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, minimum = 0x80, codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, minimum = 0x800, codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, minimum = 0x10000, codePoint = c & 0x07;
        } else {
            return false;
        }
        if (end - p < length)
            return false;
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (p[i] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        p += length;
    }
    return true;
}

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = (b >= 0x80 && b < 0xA0) ? QChar(windows1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QString decodeGuessingCharset(QByteArrayView bytes)
{
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    return decodeWindows1252(bytes);
}

QString canonicalCharsetName(QStringView name)
{
    const QString key = name.trimmed().toString().toLower().remove(u'"');
    if (key == u"utf-8" || key == u"utf8")
        return u"UTF-8"_s;
    if (key == u"us-ascii" || key == u"ascii" || key == u"ansi_x3.4-1968" || key == u"us")
        return u"US-ASCII"_s;
    if (key == u"windows-1252" || key == u"cp1252" || key == u"windows1252" || key == u"x-cp1252"
        || key == u"iso-8859-1" || key == u"iso8859-1" || key == u"latin1" || key == u"latin-1"
        || key == u"l1" || key == u"ansi")
        return u"windows-1252"_s;
    if (key == u"shift_jis" || key == u"shift-jis" || key == u"sjis" || key == u"x-sjis" || key == u"ms_kanji"
        || key == u"csshiftjis")
        return u"Shift_JIS"_s;
    if (key == u"cp932" || key == u"windows-31j" || key == u"ms932")
        return u"windows-31j"_s;
    if (key == u"utf-16" || key == u"utf16" || key == u"ucs-2" || key == u"unicode")
        return u"UTF-16"_s;
    if (key == u"utf-16le" || key == u"utf16le")
        return u"UTF-16LE"_s;
    if (key == u"utf-16be" || key == u"utf16be")
        return u"UTF-16BE"_s;
    return name.trimmed().toString();
}

bool isKnownCharset(QStringView name)
{
    const QString canonical = canonicalCharsetName(name);
    if (canonical == u"UTF-8" || canonical == u"US-ASCII" || canonical == u"windows-1252")
        return true;
    return !canonical.isEmpty() && QStringDecoder(canonical.toLatin1().constData()).isValid();
}

std::optional<QString> decodeCharset(QByteArrayView bytes, QStringView charset, bool *invalid)
{
    if (invalid)
        *invalid = false;
    const QString canonical = canonicalCharsetName(charset);
    if (canonical == u"UTF-8" || canonical == u"US-ASCII") {
        if (isAscii(bytes))
            return QString::fromLatin1(bytes);
        if (isValidUtf8(bytes))
            return QString::fromUtf8(bytes);
        if (invalid)
            *invalid = true;
        return QString::fromUtf8(bytes);
    }
    if (canonical == u"windows-1252")
        return decodeWindows1252(bytes);
    if (canonical.isEmpty())
        return std::nullopt;
    // ICU (which Debian's Qt is built with) knows the rest; one decoder per call, since ICU's
    // error flag does not reset.
    QStringDecoder decoder(canonical.toLatin1().constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder(bytes);
    if (invalid)
        *invalid = decoder.hasError();
    return text;
}

} // namespace tend::io
