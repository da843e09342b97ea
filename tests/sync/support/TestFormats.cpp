#include "TestFormats.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace tend::sync::test {
namespace {

const QList<std::pair<QString, QString>> &mappedProperties()
{
    static const QList<std::pair<QString, QString>> map{
        {u"FN"_s, u"name"_s}, {u"EMAIL"_s, u"email"_s}, {u"TEL"_s, u"phone"_s}, {u"NOTE"_s, u"note"_s}};
    return map;
}

QString fieldOf(const QString &property)
{
    for (const auto &[name, field] : mappedProperties()) {
        if (name == property)
            return field;
    }
    return {};
}

QStringList unfoldedLines(const QByteArray &content)
{
    QString text = QString::fromUtf8(content);
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u"\n "_s, QString());
    text.replace(u"\n\t"_s, QString());
    return text.split(u'\n', Qt::SkipEmptyParts);
}

QString propertyName(const QString &line)
{
    const qsizetype end = std::min(line.indexOf(u':') < 0 ? line.size() : line.indexOf(u':'),
                                   line.indexOf(u';') < 0 ? line.size() : line.indexOf(u';'));
    return line.left(end).toUpper();
}

QString valueOf(const QString &line)
{
    return line.mid(line.indexOf(u':') + 1);
}

} // namespace

Result<ParsedItem> TestVCardCodec::parse(const QByteArray &content) const
{
    const QStringList lines = unfoldedLines(content);
    if (lines.isEmpty() || lines.first().compare(u"BEGIN:VCARD"_s, Qt::CaseInsensitive) != 0)
        return Error::invalid(u"not a vCard"_s);
    ParsedItem item;
    QStringList hashed;
    for (const QString &line : lines) {
        const QString name = propertyName(line);
        if (name == u"REV" || name == u"PRODID")
            continue;
        hashed.append(line);
        if (name == u"UID")
            item.uid = valueOf(line);
        else if (const QString field = fieldOf(name); !field.isEmpty() && !item.fields.contains(field))
            item.fields.insert(field, valueOf(line));
    }
    if (item.uid.isEmpty())
        return Error::invalid(u"the card has no UID"_s);
    hashed.sort();
    item.hash = QCryptographicHash::hash(hashed.join(u'\n').toUtf8(), QCryptographicHash::Sha256);
    return item;
}

Result<QByteArray> TestVCardCodec::writeFields(const QByteArray &content, const FieldMap &fields) const
{
    QStringList out;
    QSet<QString> written;
    for (const QString &line : unfoldedLines(content)) {
        const QString name = propertyName(line);
        const QString field = fieldOf(name);
        if (name == u"END") {
            for (const auto &[property, key] : mappedProperties()) {
                if (!written.contains(key) && !fields.value(key).isEmpty())
                    out.append(property + u':' + fields.value(key));
            }
        }
        if (field.isEmpty()) {
            out.append(line);
            continue;
        }
        if (written.contains(field) || fields.value(field).isEmpty())
            continue; // the first of a kind carries the field; a removed field goes
        written.insert(field);
        out.append(line.left(line.indexOf(u':') + 1) + fields.value(field));
    }
    return (out.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

QByteArray TestVCardCodec::render(const QString &uid, const FieldMap &fields, const QByteArray &original) const
{
    if (!original.isEmpty())
        return *writeFields(original, fields);
    const QByteArray fresh = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:" + uid.toUtf8() + "\r\nN:" + fields.value(u"name"_s).toUtf8()
        + ";;;;\r\nEND:VCARD\r\n";
    return *writeFields(fresh, fields);
}

QByteArray TodoFormat::render(const QString &uid, const FieldMap &fields, const QByteArray &original) const
{
    if (!original.isEmpty())
        return codec.writeFields(original, fields).value();
    ical::TodoFields todo;
    todo.uid = uid;
    return ical::writeTodo(TodoCodec::withFields(todo, fields), QDateTime::currentDateTimeUtc());
}

} // namespace tend::sync::test
