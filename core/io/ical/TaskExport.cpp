#include "io/ical/TaskExport.h"

#include "io/ical/TodoMapping.h"

#include <QCoreApplication>

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

QByteArray writeTaskCalendar(const QList<DueItem> &items, const QHash<qint64, QString> &contactUids,
                             const QDateTime &now)
{
    QList<TodoFields> todos;
    todos.reserve(items.size());
    for (const DueItem &item : items) {
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
    return writeTodos(todos, now);
}

} // namespace tend::ical
