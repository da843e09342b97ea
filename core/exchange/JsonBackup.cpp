#include "exchange/JsonBackup.h"

#include "db/Sql.h"
#include "exchange/BackupTables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tend::exchange {
namespace {

struct JsonBackupText
{
    Q_DECLARE_TR_FUNCTIONS(tend::exchange::JsonBackup)
};

const QString formatName = u"tend-notebook"_s;

QJsonValue day(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue instant(const QDateTime &at)
{
    const QVariant text = sql::instant(at);
    return text.isNull() ? QJsonValue() : QJsonValue(text.toString());
}

QJsonArray strings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

QJsonObject contactJson(const Contact &c)
{
    QJsonArray roles;
    for (const Role role : c.roles)
        roles.append(toKey(role));
    QJsonArray links;
    for (const ContactLink &link : c.links)
        links.append(QJsonObject{{u"label"_s, link.label}, {u"url"_s, link.url}});
    QJsonObject object{
        {u"uid"_s, c.uid},
        {u"name"_s, c.name},
        {u"roles"_s, roles},
        {u"emails"_s, strings(c.emails)},
        {u"phones"_s, strings(c.phones)},
        {u"links"_s, links},
        {u"organisation"_s, c.organisation},
        {u"title"_s, c.title},
        {u"met_via"_s, c.metVia ? QJsonValue(toKey(*c.metVia)) : QJsonValue()},
        {u"met_via_detail"_s, c.metViaDetail},
        {u"notes"_s, c.notes},
        {u"cadence_days"_s, c.cadenceDays ? QJsonValue(*c.cadenceDays) : QJsonValue()},
        {u"archived"_s, c.archived},
        {u"kept_in_touch_on"_s, day(c.keptInTouchOn)},
        {u"nudge_snoozed_until"_s, day(c.nudgeSnoozedUntil)},
        {u"connected_on"_s, day(c.connectedOn)},
        {u"tags"_s, strings(c.tags)},
        {u"card"_s, c.card.isEmpty() ? QJsonValue() : QJsonValue(c.card)},
        {u"photo"_s, c.photo.isEmpty() ? QJsonValue()
                                       : QJsonValue(QJsonObject{{u"mime_type"_s, c.photo.mimeType},
                                                                {u"data"_s, QString::fromLatin1(c.photo.data.toBase64())}})},
        {u"created_at"_s, instant(c.createdAt)},
        {u"updated_at"_s, instant(c.updatedAt)},
    };
    return object;
}

// Reads one document with the path of every value, so that an error says where it is.
class Reader
{
public:
    Error error;
    bool failed = false;

    void fail(const QString &path, const QString &message)
    {
        if (failed)
            return;
        failed = true;
        error = Error::invalid(u"%1: %2"_s.arg(path, message));
    }

    QString text(const QJsonObject &object, const QString &key, const QString &path, bool required = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(path + u'.' + key, JsonBackupText::tr("is missing"));
            return {};
        }
        if (!value.isString())
            fail(path + u'.' + key, JsonBackupText::tr("must be text"));
        return value.toString();
    }

    QStringList textList(const QJsonObject &object, const QString &key, const QString &path)
    {
        QStringList list;
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return list;
        if (!value.isArray()) {
            fail(path + u'.' + key, JsonBackupText::tr("must be a list"));
            return list;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                fail(u"%1.%2[%3]"_s.arg(path, key).arg(i), JsonBackupText::tr("must be text"));
            list.append(array.at(i).toString());
        }
        return list;
    }

    QDate date(const QJsonObject &object, const QString &key, const QString &path, bool required = false)
    {
        const QString value = text(object, key, path, required);
        if (value.isEmpty())
            return {};
        const QDate parsed = QDate::fromString(value, Qt::ISODate);
        if (!parsed.isValid() || value.size() != 10)
            fail(path + u'.' + key, JsonBackupText::tr("\"%1\" is not a day (YYYY-MM-DD)").arg(value.left(40)));
        return parsed;
    }

    QDateTime at(const QJsonObject &object, const QString &key, const QString &path, bool required = false)
    {
        const QString value = text(object, key, path, required);
        if (value.isEmpty())
            return {};
        const QDateTime parsed = sql::toInstant(value);
        if (!parsed.isValid())
            fail(path + u'.' + key, JsonBackupText::tr("\"%1\" is not an instant (YYYY-MM-DDTHH:MM:SSZ)").arg(value.left(40)));
        return parsed;
    }

    std::optional<int> number(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble() || value.toDouble() != double(value.toInt()))
            fail(path + u'.' + key, JsonBackupText::tr("must be a whole number"));
        return value.toInt();
    }

    template<typename T, typename FromKey>
    std::optional<T> key(const QJsonObject &object, const QString &name, const QString &path, FromKey fromKey,
                         bool required)
    {
        const QString value = text(object, name, path, required);
        if (value.isEmpty())
            return std::nullopt;
        const std::optional<T> parsed = fromKey(value);
        if (!parsed)
            fail(path + u'.' + name, JsonBackupText::tr("\"%1\" is not one of the values Tend knows").arg(value.left(40)));
        return parsed;
    }

    QJsonArray array(const QJsonObject &object, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            fail(key, JsonBackupText::tr("must be a list"));
        return value.toArray();
    }

    // A row of one of exchange::backupTables(): only its columns, each of its kind, and every row it
    // names present in the document.
    void tableRow(const BackupTable &table, const QJsonObject &row, qsizetype position, const QString &path,
                  const QSet<QString> &contactUids, qsizetype interactions, const QHash<QString, qsizetype> &rowsOf)
    {
        QSet<QString> keys{u"ref"_s};
        for (const BackupColumn &column : table.columns) {
            keys.insert(column.key());
            const QJsonValue value = row.value(column.key());
            const QString where = path + u'.' + column.key();
            if (value.isNull() || value.isUndefined())
                continue;
            const bool whole = value.isDouble() && value.toDouble() == double(value.toInteger());
            switch (column.value) {
            case BackupValue::Text:
                if (!value.isString())
                    fail(where, JsonBackupText::tr("must be text"));
                break;
            case BackupValue::Integer:
                if (!whole)
                    fail(where, JsonBackupText::tr("must be a whole number"));
                break;
            case BackupValue::Contact:
                if (!value.isString() || !contactUids.contains(value.toString()))
                    fail(where, JsonBackupText::tr("names no contact of this file"));
                break;
            case BackupValue::Interaction:
                if (!whole || value.toInteger() < 1 || value.toInteger() > interactions)
                    fail(where, JsonBackupText::tr("names no interaction of this file"));
                break;
            case BackupValue::Row:
                if (!whole || value.toInteger() < 1 || value.toInteger() > rowsOf.value(column.table))
                    fail(where, JsonBackupText::tr("names no row of this file"));
                break;
            }
        }
        for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                fail(path + u'.' + it.key(), JsonBackupText::tr("is not a field Tend knows"));
        }
        if (const auto ref = number(row, u"ref"_s, path); ref && *ref != position + 1)
            fail(path + u".ref"_s, JsonBackupText::tr("must be %1, its position in the list").arg(position + 1));
    }

    QJsonObject objectAt(const QJsonArray &array, qsizetype i, const QString &path)
    {
        if (!array.at(i).isObject())
            fail(path, JsonBackupText::tr("must be an object"));
        return array.at(i).toObject();
    }

    Contact contact(const QJsonObject &o, const QString &path)
    {
        Contact c;
        c.uid = text(o, u"uid"_s, path, true);
        c.name = text(o, u"name"_s, path, true);
        const QStringList roles = textList(o, u"roles"_s, path);
        for (qsizetype i = 0; i < roles.size(); ++i) {
            if (auto role = roleFromKey(roles.at(i)))
                c.roles.append(*role);
            else
                fail(u"%1.roles[%2]"_s.arg(path).arg(i), JsonBackupText::tr("\"%1\" is not a role").arg(roles.at(i).left(40)));
        }
        c.emails = textList(o, u"emails"_s, path);
        c.phones = textList(o, u"phones"_s, path);
        const QJsonArray links = array(o, u"links"_s);
        for (qsizetype i = 0; i < links.size(); ++i) {
            const QString where = u"%1.links[%2]"_s.arg(path).arg(i);
            const QJsonObject link = objectAt(links, i, where);
            c.links.append({text(link, u"label"_s, where), text(link, u"url"_s, where, true)});
        }
        c.organisation = text(o, u"organisation"_s, path);
        c.title = text(o, u"title"_s, path);
        c.metVia = key<MetVia>(o, u"met_via"_s, path, metViaFromKey, false);
        c.metViaDetail = text(o, u"met_via_detail"_s, path);
        c.notes = text(o, u"notes"_s, path);
        c.cadenceDays = number(o, u"cadence_days"_s, path);
        c.archived = o.value(u"archived"_s).toBool();
        c.keptInTouchOn = date(o, u"kept_in_touch_on"_s, path);
        c.nudgeSnoozedUntil = date(o, u"nudge_snoozed_until"_s, path);
        c.connectedOn = date(o, u"connected_on"_s, path);
        c.tags = textList(o, u"tags"_s, path);
        c.card = text(o, u"card"_s, path);
        if (const QJsonValue photo = o.value(u"photo"_s); photo.isObject()) {
            const QJsonObject p = photo.toObject();
            c.photo.mimeType = text(p, u"mime_type"_s, path + u".photo"_s, true);
            c.photo.data = QByteArray::fromBase64(text(p, u"data"_s, path + u".photo"_s, true).toLatin1());
        }
        c.createdAt = at(o, u"created_at"_s, path);
        c.updatedAt = at(o, u"updated_at"_s, path);
        return c;
    }
};

} // namespace

QByteArray writeBackupJson(const BackupDocument &document)
{
    QJsonArray contacts;
    for (const Contact &contact : document.contacts)
        contacts.append(contactJson(contact));
    QJsonArray interactions;
    int ref = 0;
    for (const BackupInteraction &entry : document.interactions) {
        const Interaction &i = entry.interaction;
        interactions.append(QJsonObject{
            {u"ref"_s, ++ref},
            {u"kind"_s, toKey(i.kind)},
            {u"date"_s, day(i.date)},
            {u"direction"_s, toKey(i.direction)},
            {u"summary"_s, i.summary},
            {u"notes"_s, i.notes},
            {u"agenda"_s, i.agenda},
            {u"participants"_s, strings(entry.participantUids)},
            {u"created_at"_s, instant(i.createdAt)},
            {u"updated_at"_s, instant(i.updatedAt)},
            {u"duration_minutes"_s, i.durationMinutes ? QJsonValue(*i.durationMinutes) : QJsonValue()},
            {u"rating"_s, i.rating ? QJsonValue(*i.rating) : QJsonValue()},
        });
    }
    QJsonArray reminders;
    for (const BackupReminder &entry : document.reminders) {
        const Reminder &r = entry.reminder;
        QJsonArray history;
        for (const ReminderEvent &event : r.history) {
            history.append(QJsonObject{{u"at"_s, instant(event.at)},
                                       {u"action"_s, toKey(event.action)},
                                       {u"from_due"_s, day(event.fromDue)},
                                       {u"to_due"_s, day(event.toDue)}});
        }
        reminders.append(QJsonObject{
            {u"ref"_s, reminders.size() + 1},
            {u"uid"_s, entry.uid.isEmpty() ? QJsonValue() : QJsonValue(entry.uid)},
            {u"repeat"_s, r.recurrence ? QJsonValue(r.recurrence->toText()) : QJsonValue()},
            {u"repeat_from_completion"_s, r.recurrence && r.recurrence->fromCompletion},
            {u"series_anchor"_s, day(r.recurrence ? r.seriesAnchor : QDate())},
            {u"series_index"_s, r.seriesIndex},
            {u"previous"_s, entry.previousRef > 0 ? QJsonValue(entry.previousRef) : QJsonValue()},
            {u"contact"_s, entry.contactUid},
            {u"interaction"_s, entry.interactionRef > 0 ? QJsonValue(entry.interactionRef) : QJsonValue()},
            {u"due"_s, day(r.due)},
            {u"reason"_s, r.reason},
            {u"state"_s, toKey(r.state)},
            {u"completed_at"_s, instant(r.completedAt)},
            {u"created_at"_s, instant(r.createdAt)},
            {u"history"_s, history},
        });
    }
    QJsonObject settings;
    for (const auto &[key, value] : document.settings)
        settings.insert(key, value);
    QJsonArray dismissed;
    for (const DismissedDuplicate &pair : document.dismissedDuplicates) {
        dismissed.append(QJsonObject{{u"contacts"_s, QJsonArray{pair.firstUid, pair.secondUid}},
                                     {u"dismissed_at"_s, instant(pair.dismissedAt)}});
    }
    QJsonArray tagCadences;
    for (const BackupTagCadence &cadence : document.tagCadences)
        tagCadences.append(QJsonObject{{u"tag"_s, cadence.tag}, {u"cadence_days"_s, cadence.cadenceDays}});
    QJsonObject root{
        {u"format"_s, formatName},
        {u"version"_s, backupFormatVersion},
        {u"contacts"_s, contacts},
        {u"interactions"_s, interactions},
        {u"reminders"_s, reminders},
        {u"settings"_s, settings},
        {u"dismissed_duplicates"_s, dismissed},
        {u"tag_cadences"_s, tagCadences},
    };
    for (const BackupTable &table : backupTables())
        root.insert(table.section, document.tables.value(table.section).toArray());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool looksLikeBackupJson(const QByteArray &data)
{
    const QByteArray start = data.left(256).trimmed();
    return start.startsWith('{') && data.left(4096).contains(QByteArray("\"" + formatName.toLatin1() + "\""));
}

Result<BackupDocument> readBackupJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return Error::invalid(JsonBackupText::tr("line %1: %2").arg(line).arg(parseError.errorString()));
    }
    const QJsonObject root = parsed.object();
    if (!parsed.isObject() || root.value(u"format"_s).toString() != formatName)
        return Error::invalid(JsonBackupText::tr("this JSON file is not a Tend export (no \"format\": \"%1\")").arg(formatName));
    const int version = root.value(u"version"_s).toInt();
    if (version < 1 || version > backupFormatVersion)
        return Error::invalid(JsonBackupText::tr("this export is of format version %1; this Tend reads version %2")
                                  .arg(version).arg(backupFormatVersion));

    Reader reader;
    BackupDocument document;
    const QJsonArray contacts = reader.array(root, u"contacts"_s);
    for (qsizetype i = 0; i < contacts.size() && !reader.failed; ++i) {
        const QString path = u"contacts[%1]"_s.arg(i);
        document.contacts.append(reader.contact(reader.objectAt(contacts, i, path), path));
    }
    const QJsonArray interactions = reader.array(root, u"interactions"_s);
    for (qsizetype i = 0; i < interactions.size() && !reader.failed; ++i) {
        const QString path = u"interactions[%1]"_s.arg(i);
        const QJsonObject o = reader.objectAt(interactions, i, path);
        BackupInteraction entry;
        Interaction &interaction = entry.interaction;
        interaction.kind = reader.key<InteractionKind>(o, u"kind"_s, path, interactionKindFromKey, true)
                               .value_or(InteractionKind::Other);
        interaction.date = reader.date(o, u"date"_s, path, true);
        interaction.direction = reader.key<Direction>(o, u"direction"_s, path, directionFromKey, true)
                                    .value_or(Direction::Mutual);
        interaction.summary = reader.text(o, u"summary"_s, path);
        interaction.notes = reader.text(o, u"notes"_s, path);
        interaction.agenda = reader.text(o, u"agenda"_s, path);
        interaction.createdAt = reader.at(o, u"created_at"_s, path);
        interaction.updatedAt = reader.at(o, u"updated_at"_s, path);
        interaction.durationMinutes = reader.number(o, u"duration_minutes"_s, path);
        interaction.rating = reader.number(o, u"rating"_s, path);
        entry.participantUids = reader.textList(o, u"participants"_s, path);
        if (const auto ref = reader.number(o, u"ref"_s, path); ref && *ref != i + 1)
            reader.fail(path + u".ref"_s, JsonBackupText::tr("must be %1, its position in the list").arg(i + 1));
        document.interactions.append(entry);
    }
    const QJsonArray reminders = reader.array(root, u"reminders"_s);
    for (qsizetype i = 0; i < reminders.size() && !reader.failed; ++i) {
        const QString path = u"reminders[%1]"_s.arg(i);
        const QJsonObject o = reader.objectAt(reminders, i, path);
        BackupReminder entry;
        entry.contactUid = reader.text(o, u"contact"_s, path, true);
        entry.interactionRef = reader.number(o, u"interaction"_s, path).value_or(0);
        if (entry.interactionRef < 0 || entry.interactionRef > interactions.size())
            reader.fail(path + u".interaction"_s, JsonBackupText::tr("names no interaction of this file"));
        Reminder &reminder = entry.reminder;
        reminder.due = reader.date(o, u"due"_s, path, true);
        reminder.reason = reader.text(o, u"reason"_s, path);
        reminder.state = reader.key<ReminderState>(o, u"state"_s, path, reminderStateFromKey, true)
                             .value_or(ReminderState::Open);
        reminder.completedAt = reader.at(o, u"completed_at"_s, path);
        reminder.createdAt = reader.at(o, u"created_at"_s, path);
        entry.uid = reader.text(o, u"uid"_s, path);
        if (const QString repeat = reader.text(o, u"repeat"_s, path); !repeat.isEmpty()) {
            auto recurrence = Recurrence::fromText(repeat, path + u".repeat"_s);
            if (!recurrence) {
                reader.fail(path + u".repeat"_s, recurrence.error().message);
            } else {
                reminder.recurrence = *recurrence;
                reminder.recurrence->fromCompletion = o.value(u"repeat_from_completion"_s).toBool();
                reminder.seriesAnchor = reader.date(o, u"series_anchor"_s, path);
                reminder.seriesIndex = reader.number(o, u"series_index"_s, path).value_or(0);
                if (reminder.seriesIndex < 0)
                    reader.fail(path + u".series_index"_s, JsonBackupText::tr("must not be negative"));
            }
        }
        entry.previousRef = reader.number(o, u"previous"_s, path).value_or(0);
        if (entry.previousRef < 0 || entry.previousRef > i)
            reader.fail(path + u".previous"_s, JsonBackupText::tr("names no earlier reminder of this file"));
        if (const auto ref = reader.number(o, u"ref"_s, path); ref && *ref != i + 1)
            reader.fail(path + u".ref"_s, JsonBackupText::tr("must be %1, its position in the list").arg(i + 1));
        const QJsonArray history = reader.array(o, u"history"_s);
        for (qsizetype j = 0; j < history.size(); ++j) {
            const QString where = u"%1.history[%2]"_s.arg(path).arg(j);
            const QJsonObject e = reader.objectAt(history, j, where);
            ReminderEvent event;
            event.at = reader.at(e, u"at"_s, where, true);
            event.action = reader.key<ReminderEvent::Action>(e, u"action"_s, where, reminderActionFromKey, true)
                               .value_or(ReminderEvent::Action::Created);
            event.fromDue = reader.date(e, u"from_due"_s, where);
            event.toDue = reader.date(e, u"to_due"_s, where);
            reminder.history.append(event);
        }
        document.reminders.append(entry);
    }
    const QJsonObject settings = root.value(u"settings"_s).toObject();
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        if (!it.value().isString())
            reader.fail(u"settings."_s + it.key(), JsonBackupText::tr("must be text"));
        document.settings.append({it.key(), it.value().toString()});
    }
    const QJsonArray dismissed = reader.array(root, u"dismissed_duplicates"_s);
    for (qsizetype i = 0; i < dismissed.size() && !reader.failed; ++i) {
        const QString path = u"dismissed_duplicates[%1]"_s.arg(i);
        const QJsonObject o = reader.objectAt(dismissed, i, path);
        const QStringList uids = reader.textList(o, u"contacts"_s, path);
        if (uids.size() != 2 || uids.at(0).isEmpty() || uids.at(0) == uids.at(1)) {
            reader.fail(path + u".contacts"_s, JsonBackupText::tr("must name two different contacts by UID"));
            break;
        }
        DismissedDuplicate pair{std::min(uids.at(0), uids.at(1)), std::max(uids.at(0), uids.at(1)),
                                reader.at(o, u"dismissed_at"_s, path, true)};
        document.dismissedDuplicates.append(pair);
    }
    const QJsonArray tagCadences = reader.array(root, u"tag_cadences"_s);
    for (qsizetype i = 0; i < tagCadences.size() && !reader.failed; ++i) {
        const QString path = u"tag_cadences[%1]"_s.arg(i);
        const QJsonObject o = reader.objectAt(tagCadences, i, path);
        BackupTagCadence cadence{reader.text(o, u"tag"_s, path, true), reader.number(o, u"cadence_days"_s, path).value_or(-1)};
        if (cadence.cadenceDays < 0)
            reader.fail(path + u".cadence_days"_s, JsonBackupText::tr("must be a number of days (0 for none)"));
        document.tagCadences.append(cadence);
    }
    QSet<QString> contactUids;
    for (const Contact &contact : std::as_const(document.contacts))
        contactUids.insert(contact.uid);
    QHash<QString, qsizetype> rowsOf; // table → how many rows its section has
    for (const BackupTable &table : backupTables()) {
        const QJsonArray rows = reader.array(root, table.section);
        for (qsizetype i = 0; i < rows.size() && !reader.failed; ++i)
            reader.tableRow(table, reader.objectAt(rows, i, u"%1[%2]"_s.arg(table.section).arg(i)), i,
                            u"%1[%2]"_s.arg(table.section).arg(i), contactUids, interactions.size(), rowsOf);
        rowsOf.insert(table.table, rows.size());
        document.tables.insert(table.section, rows);
    }
    if (reader.failed)
        return reader.error;
    return document;
}

} // namespace tend::exchange
