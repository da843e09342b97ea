#include "io/vcard/VCardSyntax.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::io {
namespace {

constexpr qsizetype foldWidth = 75;

// Hard line breaks left in a value by QUOTED-PRINTABLE decoding become the \n escape; other
// control characters (a NUL from a damaged file) have no place in a vCard and are left out.
QString cleanValue(const QString &value)
{
    const auto isControl = [](QChar c) { return (c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7F; };
    if (std::none_of(value.cbegin(), value.cend(), isControl))
        return value;
    QString cleaned;
    cleaned.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\') {
            // An escape pair stays as it is; a backslash before a control character or at the
            // end escaped nothing, and is written as one (so it reads back as the same text).
            if (i + 1 < value.size() && !isControl(value.at(i + 1))) {
                cleaned += c;
                cleaned += value.at(++i);
            } else {
                cleaned += u"\\\\";
            }
        } else if (c == u'\r' && i + 1 < value.size() && value.at(i + 1) == u'\n') {
            continue; // the \n after it writes the break
        } else if (c == u'\n' || c == u'\r') {
            cleaned += u"\\n";
        } else if (!isControl(c)) {
            cleaned += c;
        }
    }
    return cleaned;
}

// Names, groups and parameters: no control characters at all.
QString withoutControls(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7F; }))
        return text;
    QString cleaned;
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
            cleaned += c;
    }
    return cleaned;
}

} // namespace

QString formatVCardParameterValue(QStringView value, VCardVersion version)
{
    bool plain = true;
    for (const QChar c : value) {
        if (c == u'^' || c == u'\n' || c == u'\r' || c == u'"' || c == u':' || c == u';' || c == u',') {
            plain = false;
            break;
        }
    }
    if (plain && (value.isEmpty() || (!value.front().isSpace() && !value.back().isSpace())))
        return value.toString();

    QString text;
    text.reserve(value.size());
    for (const QChar c : value) {
        if (version == VCardVersion::V4_0) {
            if (c == u'^')
                text += u"^^";
            else if (c == u'\n')
                text += u"^n";
            else if (c == u'"')
                text += u"^'";
            else if (c != u'\r')
                text += c;
        } else if (c == u'"') {
            text += u'\'';
        } else if (c == u'\n' || c == u'\r') {
            text += u' ';
        } else {
            text += c;
        }
    }
    const bool needsQuotes = text.contains(u':') || text.contains(u';') || text.contains(u',')
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    return needsQuotes ? u'"' + text + u'"' : text;
}

QByteArray writeVCardLine(const VCardLine &line, VCardVersion version)
{
    QByteArray out;
    appendVCardLine(out, line, version);
    return out;
}

void appendVCardLine(QByteArray &out, const VCardLine &line, VCardVersion version)
{
    QByteArray unfolded;
    unfolded.reserve(line.name.size() + line.value.size() * 3 / 2 + 64);
    if (!line.group.isEmpty()) {
        unfolded += withoutControls(line.group).toUtf8();
        unfolded += '.';
    }
    unfolded += withoutControls(line.name).toUtf8();
    for (const VCardParameter &parameter : line.parameters) {
        if (parameter.name == u"CHARSET" || parameter.name.isEmpty() || withoutControls(parameter.name) != parameter.name)
            continue; // a name with control characters is noise, and must not turn into CHARSET

        if (parameter.name == u"ENCODING") {
            if (line.isBinary)
                unfolded += ";ENCODING=b";
            continue;
        }
        unfolded += ';';
        unfolded += parameter.name.toUtf8();
        if (parameter.values.isEmpty())
            continue;
        unfolded += '=';
        for (qsizetype i = 0; i < parameter.values.size(); ++i) {
            if (i > 0)
                unfolded += ',';
            unfolded += withoutControls(formatVCardParameterValue(parameter.values.at(i), version)).toUtf8();
        }
    }
    unfolded += ':';
    if (line.isBinary)
        unfolded += line.binary.toBase64();
    else
        unfolded += cleanValue(line.value).toUtf8();
    appendFoldedVCardLine(out, unfolded);
}

QByteArray foldVCardLine(QByteArrayView unfolded)
{
    QByteArray folded;
    appendFoldedVCardLine(folded, unfolded);
    return folded;
}

void appendFoldedVCardLine(QByteArray &out, QByteArrayView unfolded)
{
    out.reserve(out.size() + unfolded.size() + unfolded.size() / foldWidth * 3 + 2);
    qsizetype start = 0;
    qsizetype width = foldWidth;
    while (unfolded.size() - start > width) {
        qsizetype cut = start + width;
        // Never inside a UTF-8 sequence: back up over continuation bytes (10xxxxxx).
        while (cut > start + 1 && (static_cast<unsigned char>(unfolded[cut]) & 0xC0) == 0x80)
            --cut;
        out += unfolded.sliced(start, cut - start);
        out += "\r\n ";
        start = cut;
        width = foldWidth - 1; // the leading space counts
    }
    out += unfolded.sliced(start);
    out += "\r\n";
}

} // namespace tend::io
