#include "io/ical/TaskExport.h"

#include "io/ical/TodoMapping.h"

#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tend::ical {
namespace {

struct TaskExportText
{
    Q_DECLARE_TR_FUNCTIONS(tend::ical::TaskExport)
};

} // namespace

QString taskUid(const DueItem &item, const QString &contactUid)
{
    if (item.kind == DueItem::Kind::KeepInTouch)
        return contactUid + u"-keep-in-touch"_s;
    return contactUid + u"-reminder-"_s + QString::number(item.reminderId.value_or(0));
}

namespace {

QList<TodoFields> todosOf(const QList<DueItem> &items, const QHash<qint64, QString> &contactUids)
{
    QList<TodoFields> todos;
    todos.reserve(items.size());
    for (const DueItem &item : items) {
        if (isPracticeItem(item.kind)) // read from a state, not a stored reminder: nothing to sync back
            continue;
        TodoFields todo;
        todo.contactUid = contactUids.value(item.contactId);
        todo.uid = taskUid(item, todo.contactUid);
        todo.contactName = item.contactName;
        todo.reason = item.kind == DueItem::Kind::KeepInTouch
            ? TaskExportText::tr("Keep in touch (every %n day(s))", nullptr, item.cadenceDays)
            : item.reason;
        todo.due = item.due;
        todo.state = ReminderState::Open;
        todos.append(todo);
    }
    return todos;
}

QStringList namesOf(const Interaction &meeting)
{
    QStringList names;
    for (const ContactRef &person : meeting.participants)
        names.append(person.name);
    return names;
}

EventFields eventOf(const Interaction &meeting, const QHash<qint64, QString> &contactUids)
{
    EventFields event;
    event.uid = meetingUid(meeting, contactUids);
    event.date = meeting.date;
    const QString names = namesOf(meeting).join(u", "_s);
    const QString what = TaskExportText::tr("%1 with %2").arg(displayName(meeting.kind), names);
    event.summary = meeting.summary.isEmpty() ? what : what + u": "_s + meeting.summary;
    QStringList description;
    if (!meeting.agenda.isEmpty())
        description.append(meeting.agenda);
    description.append(TaskExportText::tr("With: %1").arg(names));
    event.description = description.join(u"\n\n"_s);
    return event;
}

} // namespace

QByteArray writeTaskCalendar(const QList<DueItem> &items, const QHash<qint64, QString> &contactUids,
                             const QDateTime &now)
{
    return writeTodos(todosOf(items, contactUids), now);
}

QString meetingUid(const Interaction &meeting, const QHash<qint64, QString> &contactUids)
{
    qint64 first = 0;
    for (const ContactRef &person : meeting.participants) {
        if (first == 0 || person.id < first)
            first = person.id;
    }
    const QString owner = contactUids.value(first);
    return (owner.isEmpty() ? u"tend"_s : owner) + u"-interaction-"_s + QString::number(meeting.id);
}

QByteArray writeExportCalendar(const QList<DueItem> &items, const QList<Interaction> &meetings,
                               const QHash<qint64, QString> &contactUids, const QDateTime &now)
{
    QList<EventFields> events;
    events.reserve(meetings.size());
    for (const Interaction &meeting : meetings)
        events.append(eventOf(meeting, contactUids));
    return writeCalendar(todosOf(items, contactUids), events, now);
}

} // namespace tend::ical
