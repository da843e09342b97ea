#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The syntax of a vCard, apart from its meaning (see VCardMapping for that): cards made of
// content lines, each a group, a name, parameters and a value.
namespace tend::io {

struct VCardParameter
{
    QString name;       // upper case: "TYPE", "CHARSET"; a vCard 2.1 bare "HOME" is TYPE=HOME
    QStringList values; // as written (comma lists split, quotes and RFC 6868 ^-escapes removed)
    friend bool operator==(const VCardParameter &, const VCardParameter &) = default;
};

struct VCardLine
{
    int lineNumber = 0; // physical line in the file where this content line starts
    QString group;      // "item1" for item1.EMAIL; empty when none
    QString name;       // upper case: "EMAIL", "X-ABLABEL"
    QList<VCardParameter> parameters;
    // The value as text after QUOTED-PRINTABLE and charset decoding, still in vCard escaping
    // (\, \; \n). Empty for a base64 value, whose bytes are in `binary`.
    QString value;
    QByteArray binary;
    bool isBinary = false;

    // Every value of every parameter called `name` ("TYPE=WORK,VOICE;TYPE=PREF" → 3 values).
    QStringList parameterValues(QStringView parameterName) const;
    QString parameter(QStringView parameterName) const; // the first value, or empty
    bool hasParameter(QStringView parameterName) const;
    bool hasType(QStringView type) const; // TYPE contains `type`, case-insensitively

    QString text() const;           // the value unescaped: FN, NOTE, EMAIL...
    QStringList components() const; // split on unescaped ';', each unescaped: N, ADR, ORG
    QStringList listValues() const; // split on unescaped ',', each unescaped: CATEGORIES, NICKNAME

    friend bool operator==(const VCardLine &, const VCardLine &) = default;
};

struct VCard
{
    QString version;    // "2.1", "3.0", "4.0"; empty when the card has no VERSION
    int firstLine = 0;  // the BEGIN:VCARD line
    int lastLine = 0;   // the END:VCARD line
    QList<VCardLine> lines; // every line between BEGIN and END except VERSION, in order
    // The card's own text, CRLF-terminated, nested cards left out. Lines are as in the file,
    // except that a line whose bytes were in a legacy charset (Shift_JIS, windows-1252...) is
    // written again in UTF-8 without its CHARSET, so the text reads back to the same lines (line
    // breaks inside such a value come back as \n).
    QString sourceText;

    const VCardLine *first(QStringView name) const;
    QList<const VCardLine *> all(QStringView name) const;
    // The first line in `group` called `name` (item1.X-ABLABEL), or null.
    const VCardLine *inGroup(QStringView group, QStringView name) const;
};

// vCard text escaping: \\ \, \; and newlines as \n.
QString escapeVCardText(QStringView text);
QString unescapeVCardText(QStringView text);
QString unescapeVCardText(const QString &text); // shares `text` when there is nothing to unescape
// Splits at `separator` where it is not escaped, and unescapes each part.
QStringList splitVCardValue(QStringView value, QChar separator);

} // namespace tend::io
