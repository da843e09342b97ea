#include "LineCodec.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace tend::sync::test {

Result<ParsedItem> LineCodec::parse(const QByteArray &content) const
{
    ParsedItem item;
    QStringList hashed;
    const QStringList lines = QString::fromUtf8(content).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return Error::invalid(u"line %1 is not KEY:value"_s.arg(index + 1));
        const QString key = line.left(colon);
        const QString value = line.mid(colon + 1);
        if (key == u"REV")
            continue;
        hashed.append(line);
        if (key == u"UID")
            item.uid = value;
        else if (!key.startsWith(u"X-"))
            item.fields.insert(key, value);
    }
    if (item.uid.isEmpty())
        return Error::invalid(u"no UID"_s);
    hashed.sort();
    item.hash = QCryptographicHash::hash(hashed.join(u'\n').toUtf8(), QCryptographicHash::Sha256);
    return item;
}

Result<QByteArray> LineCodec::writeFields(const QByteArray &content, const FieldMap &fields) const
{
    Result<ParsedItem> parsed = parse(content);
    if (!parsed)
        return parsed.error();
    return render(parsed->uid, fields, unmappedLines(content));
}

QString LineCodec::fileSuffix() const
{
    return u".txt"_s;
}

QByteArray LineCodec::mediaType() const
{
    return "text/plain";
}

QByteArray LineCodec::render(const QString &uid, const FieldMap &fields, const QStringList &extraLines)
{
    QStringList lines{u"UID:"_s + uid};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!it.value().isEmpty())
            lines.append(it.key() + u':' + it.value());
    }
    lines += extraLines;
    return lines.join(u'\n').toUtf8() + '\n';
}

QStringList LineCodec::unmappedLines(const QByteArray &content)
{
    QStringList kept;
    for (const QString &line : QString::fromUtf8(content).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"X-"))
            kept.append(line);
    }
    return kept;
}

} // namespace tend::sync::test
