#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

// Bytes to text for files written by other programs: byte-order marks, UTF-16 without one,
// declared charsets (Shift_JIS, windows-1252... through Qt's ICU-backed QStringDecoder) and
// undeclared 8-bit text (UTF-8 when it is valid, else Windows-1252).
namespace tend::io {

// What the first bytes of a file say about how to read it.
struct TextShape
{
    enum class Kind {
        Bytes,   // no mark and no NUL pattern: ASCII, UTF-8 or a legacy 8-bit code page
        Utf8Bom, // UTF-8 with a byte-order mark
        Utf16LE,
        Utf16BE,
        Utf32LE,
        Utf32BE,
    };
    Kind kind = Kind::Bytes;
    int bomLength = 0; // bytes of byte-order mark to skip (0 for UTF-16 recognised by its NULs)

    bool isWide() const { return kind != Kind::Bytes && kind != Kind::Utf8Bom; }
    QString encodingName() const; // "UTF-16LE"...; "UTF-8" for Bytes and Utf8Bom
};

// Looks at the byte-order mark, or at the NUL bytes UTF-16 puts beside ASCII letters.
TextShape sniffTextShape(QByteArrayView data);

// Decodes a UTF-16 or UTF-32 file (kind must be wide), without its mark.
QString decodeWide(QByteArrayView data, TextShape shape);

bool isAscii(QByteArrayView bytes);
bool isValidUtf8(QByteArrayView bytes);
QString decodeWindows1252(QByteArrayView bytes);

// UTF-8 when the bytes are valid UTF-8, else Windows-1252 (which decodes every byte).
QString decodeGuessingCharset(QByteArrayView bytes);

// The canonical spelling of a charset name ("utf8" → "UTF-8", "latin1" → "windows-1252",
// "sjis" → "Shift_JIS"); other names are returned trimmed.
QString canonicalCharsetName(QStringView name);

// True when `name` names a charset Tend can decode.
bool isKnownCharset(QStringView name);

// Decodes bytes declared to be in `charset`. nullopt when the charset is unknown; `invalid` is set
// when the bytes were not valid in it (the text then has replacement characters).
std::optional<QString> decodeCharset(QByteArrayView bytes, QStringView charset, bool *invalid = nullptr);

} // namespace tend::io
