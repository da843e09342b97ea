#include "io/vcard/VCardParser.h"

#include "io/text/TextDecoding.h"
#include "io/vcard/VCardSyntax.h"

#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>

#include <functional>

#include <limits>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace tend::io {
namespace {

struct IoText
{
    Q_DECLARE_TR_FUNCTIONS(tend::io)
};


bool isAsciiLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool isNameChar(char c)
{
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    return (c & ~0x20) - 'A' + 10;
}

bool isBase64Char(char c)
{
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmedView(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && isBlank(bytes.front()))
        bytes = bytes.sliced(1);
    while (!bytes.isEmpty() && isBlank(bytes.back()))
        bytes.chop(1);
    return bytes;
}

bool equalsIgnoringCase(QByteArrayView bytes, QByteArrayView upper)
{
    if (bytes.size() != upper.size())
        return false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if ((c >= 'a' && c <= 'z' ? char(c - 32) : c) != upper[i])
            return false;
    }
    return true;
}

// A physical line: where it is in the data, and its number as an editor shows it.
struct Physical
{
    qsizetype start = 0;
    qsizetype length = 0;
    int number = 0;
};

struct Header
{
    QByteArrayView group;
    QByteArrayView name;
    struct RawParameter
    {
        QByteArrayView name;
        QVarLengthArray<QByteArrayView, 4> values;
        bool bare = true;
    };
    QVarLengthArray<RawParameter, 6> parameters;
    qsizetype valueStart = -1; // after the ':'; -1 when the line has none
    bool unterminatedQuote = false;
};

// A content line being put back together from its physical lines. Most are one physical line:
// they stay a view into the data, and only a folded one is copied.
struct Logical
{
    int firstLine = 0;
    QByteArrayView view;
    QByteArray owned;
    bool isOwned = false;
    QVarLengthArray<Physical, 4> physical;
    QVarLengthArray<std::pair<qsizetype, int>, 4> breaks; // offset where a physical line's text starts
    Header header; // of the first physical line
    bool quotedPrintable = false;
    bool legacyBase64 = false;
    bool structural = false; // BEGIN, END or VERSION: a value never runs on from these

    QByteArrayView bytes() const { return isOwned ? QByteArrayView(owned) : view; }
    QByteArray &own()
    {
        if (!isOwned) {
            owned = view.toByteArray();
            isOwned = true;
        }
        return owned;
    }

    int lineAt(qsizetype offset) const
    {
        int line = firstLine;
        for (const auto &[start, number] : breaks) {
            if (start > offset)
                break;
            line = number;
        }
        return line;
    }
};


// NAME *(;PARAM[=VALUE*(,VALUE)]) ":" — quoted values may hold ; : and ,.
Header parseHeader(QByteArrayView b)
{
    Header header;
    const qsizetype n = b.size();
    qsizetype i = 0;
    while (i < n && b[i] != ';' && b[i] != ':')
        ++i;
    const QByteArrayView token = trimmedView(b.first(i));
    const qsizetype dot = token.lastIndexOf('.');
    if (dot >= 0) {
        header.group = token.first(dot);
        header.name = token.sliced(dot + 1);
    } else {
        header.name = token;
    }
    while (i < n && b[i] == ';') {
        ++i;
        const qsizetype nameStart = i;
        while (i < n && b[i] != '=' && b[i] != ';' && b[i] != ':')
            ++i;
        Header::RawParameter parameter;
        parameter.name = trimmedView(b.sliced(nameStart, i - nameStart));
        if (i < n && b[i] == '=') {
            parameter.bare = false;
            ++i;
            for (;;) {
                if (i < n && b[i] == '"') {
                    const qsizetype valueStart = ++i;
                    while (i < n && b[i] != '"')
                        ++i;
                    if (i == n) {
                        header.unterminatedQuote = true;
                        // Fall back to the first ':' after the name, quotes or not.
                        const qsizetype colon = b.indexOf(':', nameStart);
                        header.valueStart = colon < 0 ? -1 : colon + 1;
                        return header;
                    }
                    parameter.values.append(b.sliced(valueStart, i - valueStart));
                    ++i;
                    while (i < n && b[i] != ',' && b[i] != ';' && b[i] != ':')
                        ++i; // stray text after a closing quote
                } else {
                    const qsizetype valueStart = i;
                    while (i < n && b[i] != ',' && b[i] != ';' && b[i] != ':')
                        ++i;
                    parameter.values.append(trimmedView(b.sliced(valueStart, i - valueStart)));
                }
                if (i < n && b[i] == ',') {
                    ++i;
                    continue;
                }
                break;
            }
        }
        if (!parameter.name.isEmpty())
            header.parameters.append(parameter);
    }
    if (i < n && b[i] == ':')
        header.valueStart = i + 1;
    return header;
}

// The value encoding a content line declares: its first ENCODING parameter, or a 2.1 bare
// QUOTED-PRINTABLE / BASE64 / B. Upper case; empty when none.
QByteArray encodingOf(const Header &header)
{
    for (const Header::RawParameter &parameter : header.parameters) {
        const QByteArray name = parameter.name.toByteArray().toUpper();
        if (parameter.bare && (name == "QUOTED-PRINTABLE" || name == "BASE64" || name == "B" || name == "8BIT" || name == "7BIT"))
            return name;
        if (!parameter.bare && name == "ENCODING")
            return parameter.values.isEmpty() ? QByteArray() : parameter.values.front().toByteArray().toUpper();
    }
    return {};
}

// A property name or group: letters, digits, '-' and '_', with at least one letter (the same
// lines looksLikePropertyStart accepts, so a card's text reads back to the same lines).
bool isToken(QByteArrayView text)
{
    bool letter = false;
    for (const char c : text) {
        if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_')
            return false;
        letter = letter || isAsciiLetter(c);
    }
    return letter;
}

// Can this line begin a property? "TEL;HOME:…" and a lone "FN" can; "9999999\" and
// "Packstation 999;Hamburg" (2.1 values running on) cannot.
bool looksLikePropertyStart(QByteArrayView line)
{
    qsizetype i = 0;
    bool letter = false;
    while (i < line.size() && line[i] != ';' && line[i] != ':') {
        if (!isNameChar(line[i]))
            return false;
        letter = letter || isAsciiLetter(line[i]);
        ++i;
    }
    return letter;
}

bool isOnlyBase64(QByteArrayView line)
{
    bool any = false;
    for (const char c : line) {
        if (isBlank(c))
            continue;
        if (!isBase64Char(c))
            return false;
        any = true;
    }
    return any;
}

bool isCardBoundary(QByteArrayView line)
{
    const QByteArrayView t = trimmedView(line);
    return equalsIgnoringCase(t, "END:VCARD") || equalsIgnoringCase(t, "BEGIN:VCARD");
}

// RFC 6868: ^n newline, ^' double quote, ^^ caret.
QString decodeCarets(const QString &value)
{
    if (!value.contains(u'^'))
        return value;
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'^' && i + 1 < value.size()) {
            const QChar next = value[i + 1];
            if (next == u'n' || next == u'N') {
                out += u'\n';
                ++i;
                continue;
            }
            if (next == u'\'') {
                out += u'"';
                ++i;
                continue;
            }
            if (next == u'^') {
                out += u'^';
                ++i;
                continue;
            }
        }
        out += value[i];
    }
    return out;
}

struct OpenCard
{
    VCard card;
    QByteArray source; // the card's text as UTF-8, turned into card.sourceText at its end
    std::optional<ImportProblem> damage; // the first thing found wrong; the card is left out
};

// Names that come again and again, shared rather than allocated for every line.
QString internedUpper(QByteArrayView name)
{
    static const QList<QString> common = {
        u"FN"_s, u"N"_s, u"EMAIL"_s, u"TEL"_s, u"ADR"_s, u"ORG"_s, u"TITLE"_s, u"NOTE"_s, u"URL"_s, u"BDAY"_s,
        u"UID"_s, u"PHOTO"_s, u"CATEGORIES"_s, u"NICKNAME"_s, u"LABEL"_s, u"REV"_s, u"PRODID"_s, u"X-ABLABEL"_s,
        u"TYPE"_s, u"ENCODING"_s, u"CHARSET"_s, u"PREF"_s, u"VALUE"_s, u"LANGUAGE"_s, u"INTERNET"_s, u"HOME"_s,
        u"WORK"_s, u"CELL"_s, u"VOICE"_s, u"FAX"_s, u"QUOTED-PRINTABLE"_s, u"BASE64"_s,
    };
    for (const QString &candidate : common) {
        if (candidate.size() != name.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; i < name.size() && same; ++i) {
            const char c = name[i];
            same = (c >= 'a' && c <= 'z' ? char(c - 32) : c) == char(candidate.at(i).unicode());
        }
        if (same)
            return candidate;
    }
    return QString::fromLatin1(name).toUpper();
}

class Parser
{
public:
    // `wideName` is the encoding a UTF-16/32 file was in (its text arrives here as UTF-8); empty
    // for a file of bytes.
    Parser(QByteArrayView data, QString wideName, QString defaultCharset, qint64 maxLineBytes,
           const std::function<void(VCard &&)> &onCard = {})
        : m_data(data), m_unicode(!wideName.isEmpty()), m_wideName(std::move(wideName)),
          m_defaultCharset(std::move(defaultCharset)), m_maxLineBytes(maxLineBytes), m_onCard(onCard)
    {
    }

    void keepSourceText(bool keep) { m_keepSource = keep; }

    Result<VCardParseResult> run()
    {
        const qsizetype size = m_data.size();
        const char *bytes = m_data.data();
        qsizetype pos = 0;
        int number = 1;
        while (pos < size) {
            qsizetype end = pos;
            while (end < size && bytes[end] != '\n' && bytes[end] != '\r')
                ++end;
            if (end - pos > m_maxLineBytes)
                return lineTooLong(number, end - pos);
            int terminatorLines = 1;
            qsizetype terminator = 0;
            if (end < size) {
                terminator = 1;
                if (bytes[end] == '\r' && end + 1 < size && bytes[end + 1] == '\n') {
                    terminator = 2;
                } else if (bytes[end] == '\r' && end + 2 < size && bytes[end + 1] == '\r' && bytes[end + 2] == '\n') {
                    terminator = 3; // CR CR LF, as iOS writes: one line end, though editors show two
                    terminatorLines = 2;
                }
            }
            if (!take({pos, end - pos, number}))
                return lineTooLong(m_current->firstLine, m_current->bytes().size());
            number += terminatorLines;
            pos = end + terminator;
        }
        flush();
        for (auto it = m_open.rbegin(); it != m_open.rend(); ++it) {
            ++m_result.cardCount;
            m_result.problems.append(ImportProblem::skipped(
                it->card.firstLine, u"BEGIN"_s, IoText::tr("the card that begins here has no END:VCARD; it is left out")));
        }
        m_result.encoding = encodingName();
        return std::move(m_result);
    }

private:
    Error lineTooLong(int line, qint64 length) const
    {
        return Error::invalid(IoText::tr("line %1: a line of %2 is longer than the %3 Tend reads; the file was not imported")
                                  .arg(line)
                                  .arg(limits::describeSize(length), limits::describeSize(m_maxLineBytes)));
    }

    QByteArrayView slice(const Physical &p) const { return m_data.sliced(p.start, p.length); }

    // Adds a physical line; false when the content line it belongs to grew over the limit.
    bool take(const Physical &p)
    {
        const QByteArrayView text = slice(p);
        if (m_current) {
            Logical &current = *m_current;
            // A QUOTED-PRINTABLE soft break first: after one, a leading space is text, not folding.
            if (current.quotedPrintable && endsWithSoftBreak(current.bytes()) && !text.isEmpty() && !isCardBoundary(text)) {
                chopSoftBreak(current.own());
                append(text, p);
            } else if (!text.isEmpty() && isBlank(text.front())) {
                append(text.sliced(1), p);
            } else if (current.legacyBase64 && isOnlyBase64(text)) {
                append(text, p);
            } else if (!text.isEmpty() && !m_open.empty() && !current.structural && !looksLikePropertyStart(text)) {
                // A value that runs on without folding; a trailing backslash is 2.1's escaped newline.
                if (current.bytes().endsWith('\\'))
                    current.own() += 'n';
                append(text, p);
            } else {
                flush();
            }
            if (m_current)
                return m_current->bytes().size() <= m_maxLineBytes;
        }
        if (text.isEmpty()) {
            if (!m_open.empty() && m_keepSource)
                m_open.back().source += "\r\n";
            return true;
        }
        Logical &logical = m_current.emplace();
        logical.firstLine = p.number;
        logical.view = text;
        logical.physical.append(p);
        logical.breaks.append({0, p.number});
        logical.header = parseHeader(text);
        const Header &header = logical.header;
        const QByteArray encoding = encodingOf(header);
        logical.quotedPrintable = encoding == "QUOTED-PRINTABLE" || encoding == "QP";
        const QString version = m_open.empty() ? QString() : m_open.back().card.version;
        logical.legacyBase64 = (encoding == "BASE64" || encoding == "B") && version != u"3.0" && version != u"4.0";
        logical.structural = header.group.isEmpty()
            && (equalsIgnoringCase(header.name, "BEGIN") || equalsIgnoringCase(header.name, "END")
                || equalsIgnoringCase(header.name, "VERSION"));
        return true;
    }

    static bool endsWithSoftBreak(QByteArrayView bytes)
    {
        qsizetype end = bytes.size();
        while (end > 0 && isBlank(bytes[end - 1]))
            --end;
        return end > 0 && bytes[end - 1] == '=';
    }

    static void chopSoftBreak(QByteArray &bytes)
    {
        while (!bytes.isEmpty() && isBlank(bytes.back()))
            bytes.chop(1);
        bytes.chop(1);
    }

    void append(QByteArrayView text, const Physical &p)
    {
        QByteArray &bytes = m_current->own();
        m_current->breaks.append({bytes.size(), p.number});
        bytes += text;
        m_current->physical.append(p);
    }

    void flush()
    {
        if (!m_current)
            return;
        Logical logical = std::move(*m_current);
        m_current.reset();
        dispatch(logical);
    }

    void dispatch(const Logical &logical)
    {
        // The first line's header holds unless more lines joined it (a folded header, rarely).
        const QByteArrayView bytes = logical.bytes();
        Header reparsed;
        const Header &header = logical.isOwned ? (reparsed = parseHeader(bytes)) : logical.header;
        const QByteArrayView value = header.valueStart < 0 ? QByteArrayView() : bytes.sliced(header.valueStart);
        const bool ungrouped = header.group.isEmpty();
        if (ungrouped && equalsIgnoringCase(header.name, "BEGIN") && equalsIgnoringCase(trimmedView(value), "VCARD")) {
            m_outsideReported = false;
            OpenCard open;
            open.card.firstLine = logical.firstLine;
            open.card.lines.reserve(24);
            m_open.push_back(std::move(open));
            addVerbatimSource(m_open.back(), logical);
            return;
        }
        if (ungrouped && equalsIgnoringCase(header.name, "END") && equalsIgnoringCase(trimmedView(value), "VCARD")) {
            if (m_open.empty()) {
                m_result.problems.append(ImportProblem::warning(logical.firstLine, u"END"_s,
                                                                IoText::tr("END:VCARD without a BEGIN:VCARD is ignored")));
                return;
            }
            addVerbatimSource(m_open.back(), logical);
            finishCard(logical.firstLine);
            return;
        }
        if (m_open.empty()) {
            if (!m_outsideReported)
                m_result.problems.append(ImportProblem::warning(
                    logical.firstLine, {}, IoText::tr("text outside BEGIN:VCARD … END:VCARD is ignored")));
            m_outsideReported = true;
            return;
        }
        OpenCard &open = m_open.back();
        if (!isToken(header.name) || (!header.group.isEmpty() && !isToken(header.group))) {
            // Not a property (a stray word, a lost value): reported, and left out of the card's
            // text too, so that text reads back to the same lines.
            m_result.problems.append(ImportProblem::warning(
                logical.firstLine, {}, IoText::tr("'%1' does not start a property; the line is ignored")
                                           .arg(decodeGuessingCharset(bytes.first(std::min<qsizetype>(bytes.size(), 40))))));
            return;
        }
        if (ungrouped && equalsIgnoringCase(header.name, "VERSION")) {
            open.card.version = decodeGuessingCharset(trimmedView(value));
            addVerbatimSource(open, logical);
            return;
        }
        if (header.unterminatedQuote)
            m_result.problems.append(ImportProblem::warning(
                logical.firstLine, QString::fromLatin1(header.name).toUpper(),
                IoText::tr("a parameter's quotes are never closed; the value is read from the first ':'")));
        VCardLine line = decodeLine(logical, header, value, open);
        if (m_keepSource && needsRewrite(logical, line))
            appendVCardLine(open.source, line, open.card.version == u"4.0" ? VCardVersion::V4_0 : VCardVersion::V3_0);
        else
            addVerbatimSource(open, logical);
        open.card.lines.append(std::move(line));
    }

    void finishCard(int endLine)
    {
        OpenCard open = std::move(m_open.back());
        m_open.pop_back();
        ++m_result.cardCount;
        open.card.lastLine = endLine;
        open.card.sourceText = QString::fromUtf8(open.source);
        open.source.clear();
        if (open.damage) {
            ImportProblem problem = *open.damage;
            problem.message = IoText::tr("%1; the card (lines %2–%3) is left out")
                                  .arg(problem.message)
                                  .arg(open.card.firstLine)
                                  .arg(endLine);
            m_result.problems.append(problem);
            return;
        }
        if (m_onCard)
            m_onCard(std::move(open.card));
        else
            m_result.cards.append(std::move(open.card));
    }

    void addVerbatimSource(OpenCard &open, const Logical &logical) const
    {
        if (!m_keepSource)
            return;
        for (const Physical &p : logical.physical) {
            const QByteArrayView line = slice(p);
            if (isAscii(line) || isValidUtf8(line))
                open.source += line;
            else
                open.source += decodeGuessingCharset(line).toUtf8();
            open.source += "\r\n";
        }
    }

    // Kept verbatim unless the bytes would not survive as UTF-8 text, or would read differently.
    bool needsRewrite(const Logical &logical, const VCardLine &line) const
    {
        if (!m_unicode) {
            for (const Physical &p : logical.physical) {
                if (!isAscii(slice(p)) && !isValidUtf8(slice(p)))
                    return true;
            }
            return false;
        }
        const QString charset = canonicalCharsetName(line.parameter(u"CHARSET"));
        return !line.isBinary && !logical.quotedPrintable && !charset.isEmpty() && charset != u"UTF-8"
            && charset != u"US-ASCII" && !isAscii(logical.bytes());
    }

    void damage(OpenCard &open, int line, const QString &field, const QString &message)
    {
        if (!open.damage)
            open.damage = ImportProblem::skipped(line, field, message);
    }

    QString decodeParameterValue(QByteArrayView bytes, bool version4) const
    {
        static const QList<QString> common = {u"work"_s, u"home"_s, u"cell"_s, u"voice"_s, u"pref"_s, u"internet"_s,
                                              u"WORK"_s, u"HOME"_s, u"CELL"_s, u"VOICE"_s, u"PREF"_s, u"INTERNET"_s,
                                              u"1"_s, u"uri"_s, u"text"_s, u"b"_s, u"date"_s};
        for (const QString &candidate : common) {
            if (candidate == QLatin1StringView(bytes))
                return candidate;
        }
        QString value = m_unicode ? QString::fromUtf8(bytes) : decodeGuessingCharset(bytes);
        return version4 ? decodeCarets(value) : value;
    }

    VCardLine decodeLine(const Logical &logical, const Header &header, QByteArrayView value, OpenCard &open)
    {
        VCardLine line;
        line.lineNumber = logical.firstLine;
        if (!header.group.isEmpty())
            line.group = QString::fromLatin1(header.group);
        line.name = internedUpper(header.name);
        const bool version4 = open.card.version == u"4.0";
        for (const Header::RawParameter &raw : header.parameters) {
            VCardParameter parameter;
            const QString name = internedUpper(raw.name);
            if (raw.bare) {
                // 2.1: TEL;HOME;VOICE and ;QUOTED-PRINTABLE; stand for TYPE= and ENCODING=.
                const bool isEncoding = name == u"QUOTED-PRINTABLE" || name == u"BASE64" || name == u"8BIT"
                    || name == u"7BIT" || name == u"B";
                parameter.name = isEncoding ? u"ENCODING"_s : u"TYPE"_s;
                parameter.values.append(isEncoding || name == QLatin1StringView(raw.name) ? name : QString::fromLatin1(raw.name));
            } else {
                parameter.name = name;
                for (const QByteArrayView v : raw.values) {
                    const QString decoded = decodeParameterValue(v, version4);
                    // RFC 6350 writes TYPE="voice,home" for a list, in quotes or not.
                    if (name == u"TYPE" && decoded.contains(u','))
                        parameter.values += decoded.split(u',', Qt::SkipEmptyParts);
                    else
                        parameter.values.append(decoded);
                }
            }
            line.parameters.append(std::move(parameter));
        }

        const QString encoding = line.parameter(u"ENCODING").toUpper();
        const QString charset = line.parameter(u"CHARSET");
        if (encoding == u"QUOTED-PRINTABLE" || encoding == u"QP") {
            QByteArray decoded;
            decoded.reserve(value.size());
            for (qsizetype i = 0; i < value.size(); ++i) {
                if (value[i] != '=') {
                    decoded += value[i];
                    continue;
                }
                if (i + 1 == value.size())
                    break; // a soft break at the very end
                if (i + 2 < value.size() && isHexDigit(value[i + 1]) && isHexDigit(value[i + 2])) {
                    decoded += char(hexValue(value[i + 1]) * 16 + hexValue(value[i + 2]));
                    i += 2;
                    continue;
                }
                const QString sequence = u'=' + decodeGuessingCharset(value.sliced(i + 1, std::min<qsizetype>(2, value.size() - i - 1)));
                damage(open, logical.lineAt(header.valueStart + i), line.name,
                       IoText::tr("QUOTED-PRINTABLE sequence '%1' is not hexadecimal").arg(sequence));
                decoded += value[i];
            }
            line.value = decodeText(decoded, charset, true, logical.firstLine, line.name);
        } else if (encoding == u"B" || encoding == u"BASE64") {
            // Damaged binary data costs only its property (a photo), not the card.
            line.isBinary = true;
            QByteArray compact;
            compact.reserve(value.size());
            QString problem;
            int problemLine = logical.firstLine;
            for (qsizetype i = 0; i < value.size() && problem.isEmpty(); ++i) {
                const char c = value[i];
                if (isBlank(c))
                    continue;
                if (isBase64Char(c)) {
                    compact += c;
                    continue;
                }
                problem = IoText::tr("'%1' is not a base64 character; the value is left out").arg(decodeGuessingCharset(value.sliced(i, 1)));
                problemLine = logical.lineAt(header.valueStart + i);
            }
            if (problem.isEmpty()) {
                auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::Base64Encoding
                                                                           | QByteArray::AbortOnBase64DecodingErrors);
                if (decoded && compact.size() % 4 != 1)
                    line.binary = std::move(decoded.decoded);
                else
                    problem = IoText::tr("the base64 data is cut short or has '=' in the middle; the value is left out");
            }
            if (!problem.isEmpty())
                m_result.problems.append(ImportProblem::warning(problemLine, line.name, problem));
        } else {
            line.value = decodeText(value, charset, false, logical.firstLine, line.name);
        }
        return line;
    }

    QString decodeText(QByteArrayView bytes, const QString &declared, bool quotedPrintable, int lineNumber,
                       const QString &field)
    {
        if (isAscii(bytes))
            return QString::fromLatin1(bytes);
        QString charset;
        if (m_unicode && !quotedPrintable)
            charset = u"UTF-8"_s; // the file was UTF-16: its text is Unicode whatever CHARSET says
        else if (!declared.isEmpty())
            charset = canonicalCharsetName(declared);
        else
            charset = m_defaultCharset;

        if (!charset.isEmpty()) {
            bool invalid = false;
            const std::optional<QString> text = decodeCharset(bytes, charset, &invalid);
            if (text && !invalid) {
                ++m_charsetUse[charset];
                return *text;
            }
            if (!text) {
                m_result.problems.append(ImportProblem::warning(
                    lineNumber, field, IoText::tr("CHARSET '%1' is not one Tend knows; the text was read as UTF-8 or Windows-1252").arg(declared)));
            } else if (charset != u"UTF-8") {
                m_result.problems.append(ImportProblem::warning(
                    lineNumber, field, IoText::tr("the text is not valid %1; some characters could not be read").arg(charset)));
                ++m_charsetUse[charset];
                return *text;
            }
        }
        const bool utf8 = isValidUtf8(bytes);
        ++m_charsetUse[utf8 ? u"UTF-8"_s : u"windows-1252"_s];
        return utf8 ? QString::fromUtf8(bytes) : decodeWindows1252(bytes);
    }

    QString encodingName() const
    {
        if (m_unicode)
            return m_wideName;
        QString best = m_defaultCharset.isEmpty() ? u"UTF-8"_s : m_defaultCharset;
        int most = 0;
        for (auto it = m_charsetUse.cbegin(); it != m_charsetUse.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                best = it.key();
            }
        }
        return best;
    }

    QByteArrayView m_data;
    bool m_unicode = false;
    QString m_wideName;
    QString m_defaultCharset;
    qint64 m_maxLineBytes = 0;
    std::function<void(VCard &&)> m_onCard;
    bool m_keepSource = true;
    std::optional<Logical> m_current;
    std::vector<OpenCard> m_open;
    VCardParseResult m_result;
    QHash<QString, int> m_charsetUse;
    bool m_outsideReported = false;
};

} // namespace

Result<VCardParseResult> parseVCards(QByteArrayView data, const VCardParseOptions &options,
                                     const std::function<void(VCard &&)> &onCard)
{
    const QString override = canonicalCharsetName(options.encoding);
    TextShape shape = sniffTextShape(data);
    if (override == u"UTF-16LE")
        shape = {TextShape::Kind::Utf16LE, shape.kind == TextShape::Kind::Utf16LE ? shape.bomLength : 0};
    else if (override == u"UTF-16BE")
        shape = {TextShape::Kind::Utf16BE, shape.kind == TextShape::Kind::Utf16BE ? shape.bomLength : 0};
    else if (override == u"UTF-16" && !shape.isWide())
        shape = {TextShape::Kind::Utf16LE, 0};

    if (shape.isWide()) {
        const QByteArray utf8 = decodeWide(data, shape).toUtf8();
        return Parser(utf8, shape.encodingName(), u"UTF-8"_s, options.maxLineBytes, onCard).run();
    }
    const QByteArrayView text = data.sliced(shape.bomLength);
    QString defaultCharset = override;
    if (shape.kind == TextShape::Kind::Utf8Bom && defaultCharset.isEmpty())
        defaultCharset = u"UTF-8"_s;
    if (!defaultCharset.isEmpty() && !isKnownCharset(defaultCharset))
        return Error::invalid(IoText::tr("'%1' is not an encoding Tend knows").arg(options.encoding));
    return Parser(text, {}, defaultCharset, options.maxLineBytes, onCard).run();
}

VCardParseResult parseVCardText(const QString &text, bool keepSourceText)
{
    const QByteArray utf8 = text.toUtf8();
    Parser parser(utf8, {}, u"UTF-8"_s, std::numeric_limits<qint64>::max());
    parser.keepSourceText(keepSourceText);
    auto result = parser.run();
    return result ? std::move(result).value() : VCardParseResult{};
}

} // namespace tend::io
