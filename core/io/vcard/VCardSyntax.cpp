#include "io/vcard/VCardSyntax.h"

using namespace Qt::StringLiterals;

namespace tend::io {
namespace {

constexpr qsizetype foldWidth = 75;

// Hard line breaks left in a value by QUOTED-PRINTABLE decoding become the \n escape.
QString escapeRawNewlines(const QString &value)
{
    if (!value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString escaped = value;
    escaped.replace(u"\r\n"_s, u"\\n"_s).replace(u'\n', u"\\n"_s).replace(u'\r', u"\\n"_s);
    return escaped;
}

} // namespace

QString formatVCardParameterValue(QStringView value, VCardVersion version)
{
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
    QString head;
    if (!line.group.isEmpty())
        head += line.group + u'.';
    head += line.name;
    for (const VCardParameter &parameter : line.parameters) {
        if (parameter.name == u"CHARSET")
            continue;
        if (parameter.name == u"ENCODING") {
            if (line.isBinary)
                head += u";ENCODING=b"_s;
            continue;
        }
        head += u';' + parameter.name;
        if (parameter.values.isEmpty())
            continue;
        head += u'=';
        for (qsizetype i = 0; i < parameter.values.size(); ++i) {
            if (i > 0)
                head += u',';
            head += formatVCardParameterValue(parameter.values.at(i), version);
        }
    }
    QByteArray unfolded = head.toUtf8();
    unfolded += ':';
    unfolded += line.isBinary ? line.binary.toBase64() : escapeRawNewlines(line.value).toUtf8();
    return foldVCardLine(unfolded);
}

QByteArray foldVCardLine(QByteArrayView unfolded)
{
    QByteArray folded;
    folded.reserve(unfolded.size() + unfolded.size() / foldWidth * 3 + 2);
    qsizetype start = 0;
    qsizetype width = foldWidth;
    while (unfolded.size() - start > width) {
        qsizetype cut = start + width;
        // Never inside a UTF-8 sequence: back up over continuation bytes (10xxxxxx).
        while (cut > start + 1 && (static_cast<unsigned char>(unfolded[cut]) & 0xC0) == 0x80)
            --cut;
        folded += unfolded.sliced(start, cut - start);
        folded += "\r\n ";
        start = cut;
        width = foldWidth - 1; // the leading space counts
    }
    folded += unfolded.sliced(start);
    folded += "\r\n";
    return folded;
}

} // namespace tend::io
