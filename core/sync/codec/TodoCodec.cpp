#include "sync/codec/TodoCodec.h"

#include "model/Vocabulary.h"

using namespace Qt::StringLiterals;

namespace tend::sync {

FieldMap TodoCodec::fieldsOf(const ical::TodoFields &todo)
{
    FieldMap fields;
    auto put = [&](const QString &name, const QString &value) {
        if (!value.isEmpty())
            fields.insert(name, value);
    };
    put(u"reason"_s, todo.reason);
    put(u"due"_s, todo.due.toString(Qt::ISODate));
    put(u"state"_s, toKey(todo.state));
    put(u"contact"_s, todo.contactName);
    put(u"contact-uid"_s, todo.contactUid);
    return fields;
}

ical::TodoFields TodoCodec::withFields(ical::TodoFields todo, const FieldMap &fields)
{
    todo.reason = fields.value(u"reason"_s);
    todo.due = QDate::fromString(fields.value(u"due"_s), Qt::ISODate);
    const ReminderState state = reminderStateFromKey(fields.value(u"state"_s)).value_or(ReminderState::Open);
    if (state != todo.state)
        todo.completedAt = {};
    todo.state = state;
    todo.contactName = fields.value(u"contact"_s);
    todo.contactUid = fields.value(u"contact-uid"_s);
    return todo;
}

Result<ParsedItem> TodoCodec::parse(const QByteArray &content) const
{
    Result<ical::TodoFields> todo = ical::readTodo(content);
    if (!todo)
        return todo.error();
    Result<QByteArray> hash = ical::contentHash(content);
    if (!hash)
        return hash.error();
    return ParsedItem{todo->uid, *hash, fieldsOf(*todo)};
}

Result<QByteArray> TodoCodec::writeFields(const QByteArray &content, const FieldMap &fields) const
{
    Result<ical::TodoFields> todo = ical::readTodo(content);
    if (!todo)
        return todo.error();
    return ical::updateTodo(content, withFields(*todo, fields), m_clock.now());
}

QString TodoCodec::fileSuffix() const
{
    return u".ics"_s;
}

QByteArray TodoCodec::mediaType() const
{
    return "text/calendar; charset=utf-8";
}

} // namespace tend::sync
