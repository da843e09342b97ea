#include "io/vcard/VCard.h"

using namespace Qt::StringLiterals;

namespace tend::io {

QStringList VCardLine::parameterValues(QStringView parameterName) const
{
    QStringList values;
    for (const VCardParameter &parameter : parameters) {
        if (parameter.name.compare(parameterName, Qt::CaseInsensitive) == 0)
            values += parameter.values;
    }
    return values;
}

QString VCardLine::parameter(QStringView parameterName) const
{
    for (const VCardParameter &parameter : parameters) {
        if (parameter.name.compare(parameterName, Qt::CaseInsensitive) == 0 && !parameter.values.isEmpty())
            return parameter.values.constFirst();
    }
    return {};
}

bool VCardLine::hasParameter(QStringView parameterName) const
{
    for (const VCardParameter &parameter : parameters) {
        if (parameter.name.compare(parameterName, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool VCardLine::hasType(QStringView type) const
{
    for (const VCardParameter &parameter : parameters) {
        if (parameter.name != u"TYPE")
            continue;
        for (const QString &value : parameter.values) {
            if (value.compare(type, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

QString VCardLine::text() const
{
    return unescapeVCardText(value);
}

QStringList VCardLine::components() const
{
    return splitVCardValue(value, u';');
}

QStringList VCardLine::listValues() const
{
    return splitVCardValue(value, u',');
}

const VCardLine *VCard::first(QStringView name) const
{
    for (const VCardLine &line : lines) {
        if (line.name == name)
            return &line;
    }
    return nullptr;
}

QList<const VCardLine *> VCard::all(QStringView name) const
{
    QList<const VCardLine *> found;
    for (const VCardLine &line : lines) {
        if (line.name == name)
            found.append(&line);
    }
    return found;
}

const VCardLine *VCard::inGroup(QStringView group, QStringView name) const
{
    if (group.isEmpty())
        return nullptr;
    for (const VCardLine &line : lines) {
        if (line.name == name && line.group.compare(group, Qt::CaseInsensitive) == 0)
            return &line;
    }
    return nullptr;
}

QString escapeVCardText(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\\': escaped += u"\\\\"; break;
        case u',': escaped += u"\\,"; break;
        case u';': escaped += u"\\;"; break;
        case u'\r':
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            escaped += u"\\n";
            break;
        case u'\n': escaped += u"\\n"; break;
        default: escaped += c;
        }
    }
    return escaped;
}

QString unescapeVCardText(QStringView text)
{
    if (!text.contains(u'\\'))
        return text.toString();
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\\' || i + 1 == text.size()) {
            plain += c;
            continue;
        }
        const QChar next = text[++i];
        switch (next.unicode()) {
        case u'n':
        case u'N': plain += u'\n'; break;
        case u'\\':
        case u',':
        case u';':
        case u':': plain += next; break;
        default: // not an escape vCard defines (a 2.1 "C:\dir"): kept as written
            plain += c;
            plain += next;
        }
    }
    return plain;
}

QString unescapeVCardText(const QString &text)
{
    return text.contains(u'\\') ? unescapeVCardText(QStringView(text)) : text;
}

QStringList splitVCardValue(QStringView value, QChar separator)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\') {
            ++i;
        } else if (value[i] == separator) {
            parts.append(unescapeVCardText(value.mid(start, i - start)));
            start = i + 1;
        }
    }
    parts.append(unescapeVCardText(value.mid(start)));
    return parts;
}

} // namespace tend::io
