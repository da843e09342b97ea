#include "io/ical/TodoMapping.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>

#include <libical/ical.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace tend::ical {
namespace {

constexpr auto contactProperty = "X-TEND-CONTACT";
constexpr auto contactUidProperty = "X-TEND-CONTACT-UID";
constexpr int alarmHourOnDueDay = 9;

struct TodoMappingText
{
    Q_DECLARE_TR_FUNCTIONS(tend::ical::TodoMapping)
};

struct ComponentFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

QByteArray takeString(char *text)
{
    QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

QString text(const char *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

// One line: X- values are written raw by libical, so a line break must not reach them.
QString oneLine(QString value)
{
    value.replace(u'\r', u' ');
    value.replace(u'\n', u' ');
    return value;
}

icaltimetype dateValue(QDate date)
{
    icaltimetype time = icaltime_null_date();
    time.year = date.year();
    time.month = date.month();
    time.day = date.day();
    return time;
}

icaltimetype utcValue(const QDateTime &instant)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(instant.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

QDate dateOf(const icaltimetype &time)
{
    if (icaltime_is_null_time(time))
        return {};
    const QDate date(time.year, time.month, time.day);
    if (time.is_date || !icaltime_is_utc(time))
        return date; // a date, or a wall-clock time: the day as written
    return QDateTime(date, QTime(time.hour, time.minute, time.second), Qt::UTC).toLocalTime().date();
}

QDateTime instantOf(const icaltimetype &time)
{
    if (icaltime_is_null_time(time))
        return {};
    const QDateTime stamp(QDate(time.year, time.month, time.day), QTime(time.hour, time.minute, time.second),
                          icaltime_is_utc(time) ? Qt::UTC : Qt::LocalTime);
    return stamp.toUTC();
}

icalproperty *firstProperty(icalcomponent *component, icalproperty_kind kind)
{
    return icalcomponent_get_first_property(component, kind);
}

void removeAll(icalcomponent *component, icalproperty_kind kind)
{
    while (icalproperty *property = firstProperty(component, kind)) {
        icalcomponent_remove_property(component, property);
        icalproperty_free(property);
    }
}

icalproperty *xProperty(icalcomponent *component, const char *name)
{
    for (icalproperty *property = firstProperty(component, ICAL_X_PROPERTY); property;
         property = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
        if (qstricmp(icalproperty_get_x_name(property), name) == 0)
            return property;
    }
    return nullptr;
}

void setX(icalcomponent *component, const char *name, const QString &value)
{
    while (icalproperty *old = xProperty(component, name)) {
        icalcomponent_remove_property(component, old);
        icalproperty_free(old);
    }
    if (value.isEmpty())
        return;
    icalproperty *property = icalproperty_new_x(utf8(oneLine(value)).constData());
    icalproperty_set_x_name(property, name);
    icalcomponent_add_property(component, property);
}

void setSummary(icalcomponent *todo, const TodoFields &fields)
{
    removeAll(todo, ICAL_SUMMARY_PROPERTY);
    const QString summary = summaryOf(fields);
    if (!summary.isEmpty())
        icalcomponent_add_property(todo, icalproperty_new_summary(utf8(summary).constData()));
}

void setDue(icalcomponent *todo, QDate due)
{
    removeAll(todo, ICAL_DUE_PROPERTY);
    if (!due.isValid())
        return;
    icalcomponent_add_property(todo, icalproperty_new_due(dateValue(due)));
    // RFC 5545: DTSTART must not be after DUE. A start another client set stays unless the new due
    // date comes before it.
    if (icalproperty *start = firstProperty(todo, ICAL_DTSTART_PROPERTY);
        start && dateOf(icalproperty_get_dtstart(start)) > due) {
        icalcomponent_remove_property(todo, start);
        icalproperty_free(start);
    }
}

void setState(icalcomponent *todo, ReminderState state, const QDateTime &completedAt, const QDateTime &now)
{
    removeAll(todo, ICAL_STATUS_PROPERTY);
    removeAll(todo, ICAL_COMPLETED_PROPERTY);
    removeAll(todo, ICAL_PERCENTCOMPLETE_PROPERTY);
    switch (state) {
    case ReminderState::Open:
        icalcomponent_add_property(todo, icalproperty_new_status(ICAL_STATUS_NEEDSACTION));
        break;
    case ReminderState::Done:
        icalcomponent_add_property(todo, icalproperty_new_status(ICAL_STATUS_COMPLETED));
        icalcomponent_add_property(todo, icalproperty_new_completed(utcValue(completedAt.isValid() ? completedAt : now)));
        icalcomponent_add_property(todo, icalproperty_new_percentcomplete(100));
        break;
    case ReminderState::Dismissed:
        icalcomponent_add_property(todo, icalproperty_new_status(ICAL_STATUS_CANCELLED));
        break;
    }
}

void stamp(icalcomponent *todo, const QDateTime &now)
{
    removeAll(todo, ICAL_DTSTAMP_PROPERTY);
    removeAll(todo, ICAL_LASTMODIFIED_PROPERTY);
    icalcomponent_add_property(todo, icalproperty_new_dtstamp(utcValue(now)));
    icalcomponent_add_property(todo, icalproperty_new_lastmodified(utcValue(now)));
}

// The calendar object and its VTODO, or what is wrong with them.
struct Parsed
{
    Component root;
    icalcomponent *todo = nullptr;
};

Result<Parsed> parse(const QByteArray &calendar)
{
    icalerror_set_errors_are_fatal(0);
    Parsed parsed;
    parsed.root.reset(icalparser_parse_string(calendar.constData()));
    if (!parsed.root)
        return Error::invalid(TodoMappingText::tr("It is not iCalendar data."));
    icalcomponent *root = parsed.root.get();
    parsed.todo = icalcomponent_isa(root) == ICAL_VTODO_COMPONENT
        ? root
        : icalcomponent_get_first_component(root, ICAL_VTODO_COMPONENT);
    if (!parsed.todo)
        return Error::invalid(TodoMappingText::tr("The calendar object holds no task (VTODO)."));
    if (icalproperty *error = firstProperty(parsed.todo, ICAL_XLICERROR_PROPERTY))
        return Error::invalid(TodoMappingText::tr("The task cannot be read: %1").arg(text(icalproperty_get_xlicerror(error))));
    if (text(icalcomponent_get_uid(parsed.todo)).isEmpty())
        return Error::invalid(TodoMappingText::tr("The task has no UID."));
    return parsed;
}

TodoFields fieldsOf(icalcomponent *todo)
{
    TodoFields fields;
    fields.uid = text(icalcomponent_get_uid(todo));
    if (icalproperty *contact = xProperty(todo, contactProperty))
        fields.contactName = text(icalproperty_get_x(contact));
    if (icalproperty *contactUid = xProperty(todo, contactUidProperty))
        fields.contactUid = text(icalproperty_get_x(contactUid));

    const QString summary = text(icalcomponent_get_summary(todo));
    const QString prefix = fields.contactName + u": "_s;
    if (fields.contactName.isEmpty())
        fields.reason = summary;
    else if (summary == fields.contactName)
        fields.reason.clear();
    else if (summary.startsWith(prefix))
        fields.reason = summary.mid(prefix.size());
    else
        fields.reason = summary; // another client rewrote the summary: all of it is the reason now

    if (icalproperty *due = firstProperty(todo, ICAL_DUE_PROPERTY))
        fields.due = dateOf(icalproperty_get_due(due));

    const icalproperty *completed = firstProperty(todo, ICAL_COMPLETED_PROPERTY);
    const icalproperty *percent = firstProperty(todo, ICAL_PERCENTCOMPLETE_PROPERTY);
    const icalproperty_status status = icalcomponent_get_status(todo);
    if (status == ICAL_STATUS_CANCELLED)
        fields.state = ReminderState::Dismissed;
    else if (status == ICAL_STATUS_COMPLETED || (status != ICAL_STATUS_NEEDSACTION && status != ICAL_STATUS_INPROCESS
                                                 && (completed || (percent && icalproperty_get_percentcomplete(percent) >= 100))))
        fields.state = ReminderState::Done;
    if (fields.state == ReminderState::Done && completed)
        fields.completedAt = instantOf(icalproperty_get_completed(completed));
    return fields;
}

QByteArray canonical(icalcomponent *component)
{
    QList<QByteArray> lines;
    for (icalproperty *property = icalcomponent_get_first_property(component, ICAL_ANY_PROPERTY); property;
         property = icalcomponent_get_next_property(component, ICAL_ANY_PROPERTY)) {
        const icalproperty_kind kind = icalproperty_isa(property);
        if (kind == ICAL_DTSTAMP_PROPERTY || kind == ICAL_LASTMODIFIED_PROPERTY || kind == ICAL_PRODID_PROPERTY
            || kind == ICAL_XLICERROR_PROPERTY)
            continue;
        lines.append(takeString(icalproperty_as_ical_string_r(property)));
    }
    std::sort(lines.begin(), lines.end());
    QList<QByteArray> children;
    for (icalcomponent *child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
        children.append(canonical(child));
    std::sort(children.begin(), children.end());
    const QByteArray kind = icalcomponent_kind_to_string(icalcomponent_isa(component));
    return "BEGIN:" + kind + "\n" + lines.join() + children.join() + "END:" + kind + "\n";
}

} // namespace

QString summaryOf(const TodoFields &fields)
{
    const QString name = oneLine(fields.contactName).trimmed();
    if (name.isEmpty())
        return fields.reason;
    if (fields.reason.isEmpty())
        return name;
    return name + u": "_s + fields.reason;
}

TodoFields todoFromReminder(const Reminder &reminder, const QString &uid, const QString &contactUid)
{
    TodoFields fields;
    fields.uid = uid;
    fields.contactName = reminder.contactName;
    fields.contactUid = contactUid;
    fields.reason = reminder.reason;
    fields.due = reminder.due;
    fields.state = reminder.state;
    if (reminder.state == ReminderState::Done)
        fields.completedAt = reminder.completedAt.toUTC();
    return fields;
}

void applyTodo(const TodoFields &fields, Reminder &reminder)
{
    reminder.reason = fields.reason;
    if (fields.due.isValid())
        reminder.due = fields.due;
    reminder.state = fields.state;
    if (fields.state != ReminderState::Done)
        reminder.completedAt = {};
    else if (fields.completedAt.isValid())
        reminder.completedAt = fields.completedAt;
}

namespace {

icalcomponent *newCalendar()
{
    icalcomponent *calendar = icalcomponent_new_vcalendar();
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar, icalproperty_new_prodid("-//Tend//Tend//EN"));
    return calendar;
}

icalcomponent *newTodo(const TodoFields &fields, const QDateTime &now)
{
    icalcomponent *todo = icalcomponent_new_vtodo();
    icalcomponent_add_property(todo, icalproperty_new_uid(utf8(fields.uid).constData()));
    stamp(todo, now);
    setSummary(todo, fields);
    setDue(todo, fields.due);
    setState(todo, fields.state, fields.completedAt, now);
    setX(todo, contactProperty, fields.contactName);
    setX(todo, contactUidProperty, fields.contactUid);

    if (fields.due.isValid()) {
        icalcomponent *alarm = icalcomponent_new_valarm();
        icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
        icalcomponent_add_property(alarm, icalproperty_new_description(utf8(summaryOf(fields)).constData()));
        icaltriggertype trigger;
        trigger.time = icaltime_null_time();
        trigger.duration = icaldurationtype_from_int(alarmHourOnDueDay * 3600);
        icalproperty *triggerProperty = icalproperty_new_trigger(trigger);
        icalproperty_add_parameter(triggerProperty, icalparameter_new_related(ICAL_RELATED_END));
        icalcomponent_add_property(alarm, triggerProperty);
        icalcomponent_add_component(todo, alarm);
    }
    return todo;
}

} // namespace

QByteArray writeTodo(const TodoFields &fields, const QDateTime &now)
{
    Component calendar(newCalendar());
    icalcomponent_add_component(calendar.get(), newTodo(fields, now));
    return takeString(icalcomponent_as_ical_string_r(calendar.get()));
}

QByteArray writeTodos(const QList<TodoFields> &todos, const QDateTime &now)
{
    return writeCalendar(todos, {}, now);
}

QByteArray writeCalendar(const QList<TodoFields> &todos, const QList<EventFields> &events, const QDateTime &now)
{
    Component calendar(newCalendar());
    for (const TodoFields &fields : todos)
        icalcomponent_add_component(calendar.get(), newTodo(fields, now));
    for (const EventFields &fields : events) {
        icalcomponent *event = icalcomponent_new_vevent();
        icalcomponent_add_property(event, icalproperty_new_uid(utf8(fields.uid).constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(utcValue(now)));
        icalcomponent_add_property(event, icalproperty_new_dtstart(dateValue(fields.date)));
        if (!fields.summary.isEmpty())
            icalcomponent_add_property(event, icalproperty_new_summary(utf8(fields.summary).constData()));
        if (!fields.description.isEmpty())
            icalcomponent_add_property(event, icalproperty_new_description(utf8(fields.description).constData()));
        icalcomponent_add_component(calendar.get(), event);
    }
    return takeString(icalcomponent_as_ical_string_r(calendar.get()));
}

Result<QByteArray> updateTodo(const QByteArray &calendar, const TodoFields &fields, const QDateTime &now)
{
    Result<Parsed> parsed = parse(calendar);
    if (!parsed)
        return parsed.error();
    icalcomponent *todo = parsed->todo;
    const TodoFields was = fieldsOf(todo);
    if (was.uid != fields.uid)
        return Error::invalid(TodoMappingText::tr("The task's UID is %1, not %2.").arg(was.uid, fields.uid));

    if (was.reason != fields.reason || was.contactName != fields.contactName)
        setSummary(todo, fields);
    if (was.contactName != fields.contactName)
        setX(todo, contactProperty, fields.contactName);
    if (was.contactUid != fields.contactUid)
        setX(todo, contactUidProperty, fields.contactUid);
    if (was.due != fields.due)
        setDue(todo, fields.due);
    const bool completionMoved = fields.state == ReminderState::Done && fields.completedAt.isValid()
        && fields.completedAt != was.completedAt;
    if (was.state != fields.state || completionMoved)
        setState(todo, fields.state, fields.completedAt.isValid() ? fields.completedAt : was.completedAt, now);
    stamp(todo, now);
    return takeString(icalcomponent_as_ical_string_r(parsed->root.get()));
}

Result<TodoFields> readTodo(const QByteArray &calendar)
{
    Result<Parsed> parsed = parse(calendar);
    if (!parsed)
        return parsed.error();
    return fieldsOf(parsed->todo);
}

Result<QByteArray> contentHash(const QByteArray &calendar)
{
    Result<Parsed> parsed = parse(calendar);
    if (!parsed)
        return parsed.error();
    return QCryptographicHash::hash(canonical(parsed->root.get()), QCryptographicHash::Sha256);
}

} // namespace tend::ical
