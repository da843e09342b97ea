#pragma once

#include "io/vcard/VCard.h"

#include <QByteArray>

// Writing content lines: parameters quoted where they must be, values folded at 75 octets on
// UTF-8 boundaries, CRLF line ends (RFC 6350 §3.2, RFC 2426 §2.6).
namespace tend::io {

enum class VCardVersion { V3_0, V4_0 };

// A parameter value as it must be written: quoted when it holds ':' ';' or ',', with RFC 6868
// ^-escapes in 4.0.
QString formatVCardParameterValue(QStringView value, VCardVersion version);

// One content line, folded and CRLF-terminated. `line.value` must already be in vCard escaping
// (line breaks left in it become \n; other control characters are left out); CHARSET is dropped
// (the output is UTF-8), and so is ENCODING unless the value is binary.
QByteArray writeVCardLine(const VCardLine &line, VCardVersion version);
void appendVCardLine(QByteArray &out, const VCardLine &line, VCardVersion version); // the same, onto `out`

// "NAME;PARAMS:value" (UTF-8, no line end) folded into lines of at most 75 octets, CRLF-terminated.
QByteArray foldVCardLine(QByteArrayView unfolded);
void appendFoldedVCardLine(QByteArray &out, QByteArrayView unfolded);

} // namespace tend::io
