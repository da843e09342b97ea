// Notebook: the user's own rhythm — tags across contacts, settings by key and the cadence rule.
#include "Notebook.h"

#include "db/Transaction.h"
#include "model/TextKey.h"
#include "model/Validation.h"
#include "schedule/Anniversaries.h"
#include "store/ContactRepository.h"
#include "store/DateQueries.h"
#include "store/NudgeSchedule.h"
#include "store/SettingsRepository.h"
#include "store/TagQueries.h"
#include "store/UsefulnessQueries.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

QStringList keysOf(const QStringList &names)
{
    QStringList keys;
    for (const QString &name : normalisedTags(names))
        keys.append(textKey(name));
    return keys;
}

QList<qint64> contactsOf(const TagsSnapshot &snapshot)
{
    QList<qint64> ids;
    for (const TagRow &tag : snapshot.tags)
        ids += tag.contactIds;
    return QSet<qint64>(ids.cbegin(), ids.cend()).values();
}

// The user's value of a tag's cadence, as `tend config` shows it: days, "none", or unset.
std::optional<QString> tagCadenceText(std::optional<int> days)
{
    if (!days)
        return std::nullopt;
    return *days > 0 ? QString::number(*days) : u"none"_s;
}

UpcomingDate upcoming(const ImportantDate &date, QDate from, int leadDays)
{
    // A date whose year lies ahead (a defense planned for next spring) first occurs that year.
    if (date.year > 0 && date.year > from.year())
        from = QDate(date.year, 1, 1);
    UpcomingDate next{date, rules::nextOccurrence(date.month, date.day, from), {}, std::nullopt};
    next.remindOn = rules::reminderDay(next.occursOn, leadDays);
    next.years = rules::yearsSince(date.year, next.occursOn);
    return next;
}

void sortBySoonest(QList<UpcomingDate> &dates)
{
    std::stable_sort(dates.begin(), dates.end(),
                     [](const UpcomingDate &a, const UpcomingDate &b) { return a.occursOn < b.occursOn; });
}

} // namespace

// --- Tags -----------------------------------------------------------------------------------

Result<TagsSnapshot> Notebook::tagContacts(const QList<qint64> &contactIds, const QStringList &tags)
{
    if (tags.isEmpty())
        return Error::invalid(tr("Name at least one tag."));
    for (const QString &tag : tags) {
        if (auto valid = checkTag(tag); !valid)
            return valid.error();
    }
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    for (const qint64 id : contactIds) {
        auto found = m_contacts->get(id);
        if (!found)
            return found.error();
        if (auto valid = checkTags(found->tags + tags); !valid)
            return Error::invalid(tr("%1: %2").arg(found->name, valid.error().message));
    }
    auto before = tagstore::snapshot(m_database->connection(), keysOf(tags));
    if (!before)
        return before.error();
    if (auto done = tagstore::addToContacts(m_database->connection(), contactIds, tags); !done)
        return done.error();
    if (auto scheduled = refreshNudges(contactIds); !scheduled)
        return scheduled.error();
    if (auto done = finish(transaction, Change::Contacts | Change::Reminders); !done)
        return done.error();
    return before;
}

Result<TagsSnapshot> Notebook::untagContacts(const QList<qint64> &contactIds, const QStringList &tags)
{
    if (tags.isEmpty())
        return Error::invalid(tr("Name at least one tag."));
    for (const QString &tag : tags) {
        if (auto valid = checkTag(tag); !valid)
            return valid.error();
    }
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    for (const qint64 id : contactIds) {
        auto exists = m_contacts->exists(id);
        if (!exists)
            return exists.error();
        if (!*exists)
            return Error::notFound(tr("There is no contact with id %1.").arg(id));
    }
    auto before = tagstore::snapshot(m_database->connection(), keysOf(tags));
    if (!before)
        return before.error();
    if (auto done = tagstore::removeFromContacts(m_database->connection(), contactIds, tags); !done)
        return done.error();
    if (auto scheduled = refreshNudges(contactIds); !scheduled)
        return scheduled.error();
    if (auto done = finish(transaction, Change::Contacts | Change::Reminders); !done)
        return done.error();
    return before;
}

Result<TagRename> Notebook::renameTag(const QString &from, const QString &to)
{
    if (auto valid = checkTag(from); !valid)
        return valid.error();
    if (auto valid = checkTag(to); !valid)
        return valid.error();
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    const QSqlDatabase db = m_database->connection();
    auto source = tagstore::find(db, from);
    if (!source)
        return source.error();
    if (!*source)
        return Error::notFound(tr("There is no tag \"%1\".").arg(from.simplified()));
    const QString toName = to.simplified();
    const QString toKey = textKey(toName);
    auto target = toKey == (*source)->key ? Result<std::optional<TagRow>>(std::optional<TagRow>()) : tagstore::find(db, toName);
    if (!target)
        return target.error();
    auto before = tagstore::snapshot(db, {(*source)->key, toKey});
    if (!before)
        return before.error();

    TagRename rename{(*source)->name, toName, target->has_value(), 0, *before};
    if (*target) {
        rename.to = (*target)->name;
        if (auto done = tagstore::merge(db, (*source)->id, (*target)->id); !done)
            return done.error();
    } else if (auto done = tagstore::rename(db, (*source)->id, toName); !done) {
        return done.error();
    }
    auto after = tagstore::find(db, rename.to);
    if (!after)
        return after.error();
    rename.contacts = *after ? int((*after)->contactIds.size()) : 0;
    if (auto scheduled = refreshNudges(contactsOf(*before)); !scheduled)
        return scheduled.error();
    if (auto done = finish(transaction, Change::Contacts | Change::Reminders | Change::Settings); !done)
        return done.error();
    return rename;
}

Status Notebook::restoreTags(const TagsSnapshot &snapshot)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    // The contacts the tags have now, and those they get back, may each need another cadence.
    auto now = tagstore::snapshot(m_database->connection(), snapshot.keys);
    if (!now)
        return now.error();
    if (auto done = tagstore::restore(m_database->connection(), snapshot); !done)
        return done;
    QList<qint64> touched = contactsOf(*now) + contactsOf(snapshot);
    if (auto scheduled = refreshNudges(touched); !scheduled)
        return scheduled;
    return finish(transaction, Change::Contacts | Change::Reminders | Change::Settings);
}

// --- Settings by key ------------------------------------------------------------------------

Result<QList<ConfigEntry>> Notebook::configuration() const
{
    QList<ConfigKey> keys;
    for (const InteractionKind kind : allInteractionKinds())
        keys.append(ConfigKey::followUp(kind));
    for (const Role role : allRoles())
        keys.append(ConfigKey::roleCadence(role));
    auto tagged = tagstore::withCadence(m_database->connection());
    if (!tagged)
        return tagged.error();
    for (const TagRow &tag : std::as_const(*tagged))
        keys.append(ConfigKey::tagCadence(tag.name));
    keys.append(ConfigKey::overdueFactor());
    for (const ImportantDate::Kind kind : allImportantDateKinds())
        keys.append(ConfigKey::lead(kind));
    keys.append(ConfigKey::trayDigest());
    QList<ConfigEntry> entries;
    for (const ConfigKey &key : std::as_const(keys)) {
        auto entry = configValue(key.text());
        if (!entry)
            return entry.error();
        entries.append(*entry);
    }
    return entries;
}

Result<ConfigEntry> Notebook::configValue(const QString &text) const
{
    auto key = ConfigKey::parse(text);
    if (!key)
        return key.error();
    if (key->type == ConfigKey::Type::TagCadence) {
        auto tag = tagstore::find(m_database->connection(), key->tag);
        if (!tag)
            return tag.error();
        if (!*tag)
            return Error::notFound(tr("There is no tag \"%1\".").arg(key->tag));
        const std::optional<QString> value = tagCadenceText((*tag)->cadenceDays);
        return ConfigEntry{ConfigKey::tagCadence((*tag)->name).text(), value.value_or(u"none"_s), value.has_value()};
    }
    auto user = m_settings->userValue(*key);
    if (!user)
        return user.error();
    auto value = m_settings->value(*key);
    if (!value)
        return value.error();
    // The defaults 0001 wrote as rows count as defaults while they hold the default.
    return ConfigEntry{key->text(), value->value_or(u"none"_s), user->has_value() && *user != key->builtInDefault()};
}

Result<ConfigChange> Notebook::writeConfig(const QString &text, const std::optional<QString> &given)
{
    auto key = ConfigKey::parse(text);
    if (!key)
        return key.error();
    std::optional<QString> value;
    if (given) {
        auto normalised = key->normalisedValue(*given);
        if (!normalised)
            return normalised.error();
        value = *normalised;
    }
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    const QSqlDatabase db = m_database->connection();
    ConfigChange change{key->text(), std::nullopt, value};
    if (key->type == ConfigKey::Type::TagCadence) {
        auto tag = tagstore::find(db, key->tag);
        if (!tag)
            return tag.error();
        if (!*tag)
            return Error::notFound(tr("There is no tag \"%1\"; tag a contact with it first.").arg(key->tag));
        change.key = ConfigKey::tagCadence((*tag)->name).text();
        change.before = tagCadenceText((*tag)->cadenceDays);
        const std::optional<int> days = value ? std::optional<int>(*value == u"none"_s ? 0 : value->toInt()) : std::nullopt;
        if (auto done = tagstore::setCadence(db, (*tag)->id, days); !done)
            return done.error();
        auto cadences = m_settings->roleCadences();
        if (!cadences)
            return cadences.error();
        if (auto scheduled = nudges::refreshTag(db, (*tag)->id, *cadences, today()); !scheduled)
            return scheduled.error();
    } else {
        auto before = m_settings->userValue(*key);
        if (!before)
            return before.error();
        change.before = *before;
        if (auto done = m_settings->setUserValue(*key, value); !done)
            return done.error();
        if (key->type == ConfigKey::Type::RoleCadence) {
            auto cadences = m_settings->roleCadences();
            if (!cadences)
                return cadences.error();
            if (auto scheduled = nudges::refreshRole(db, key->role, *cadences, today()); !scheduled)
                return scheduled.error();
        }
    }
    if (auto done = finish(transaction, Change::Settings | Change::Reminders | Change::Contacts); !done)
        return done.error();
    return change;
}

Result<double> Notebook::overdueFactor() const
{
    return m_settings->overdueFactor();
}

Result<QList<DigestPart>> Notebook::trayDigestParts() const
{
    auto value = m_settings->value(ConfigKey::trayDigest());
    if (!value)
        return value.error();
    return digestPartsFromValue(value->value_or(u"none"_s));
}

// --- The cadence rule -----------------------------------------------------------------------

Result<CadenceRule> Notebook::cadenceRule(const Contact &contact) const
{
    auto cadences = m_settings->roleCadences();
    if (!cadences)
        return cadences.error();
    auto tagCadences = tagstore::cadences(m_database->connection(), contact.tags);
    if (!tagCadences)
        return tagCadences.error();
    return rules::cadenceRule(contact.cadenceDays, *tagCadences, contact.roles, [&](Role role) {
        return cadences->contains(role) ? std::optional<int>(cadences->value(role)) : std::nullopt;
    });
}

// --- Important dates ------------------------------------------------------------------------

Result<qint64> Notebook::addImportantDate(const ImportantDate &date)
{
    if (auto valid = checkImportantDate(date); !valid)
        return valid.error();
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto id = datestore::insert(m_database->connection(), date, m_clock.now());
    if (!id)
        return id.error();
    if (auto done = finish(transaction, Change::Contacts | Change::Reminders); !done)
        return done.error();
    return id;
}

Result<ImportantDate> Notebook::deleteImportantDate(qint64 id)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto before = datestore::get(m_database->connection(), id);
    if (!before)
        return before.error();
    if (auto removed = datestore::remove(m_database->connection(), id); !removed)
        return removed.error();
    if (auto done = finish(transaction, Change::Contacts | Change::Reminders); !done)
        return done.error();
    return before;
}

Status Notebook::restoreImportantDate(const ImportantDate &date)
{
    auto id = addImportantDate(date);
    if (!id)
        return id.error();
    return {};
}

Result<QList<UpcomingDate>> Notebook::importantDates(qint64 contactId, QDate today) const
{
    auto dates = datestore::list(m_database->connection(), contactId);
    if (!dates)
        return dates.error();
    QList<UpcomingDate> result;
    for (const ImportantDate &date : std::as_const(*dates)) {
        auto lead = m_settings->leadDays(date.kind);
        if (!lead)
            return lead.error();
        result.append(upcoming(date, today, *lead));
    }
    sortBySoonest(result);
    return result;
}

namespace {

// The dates whose `day` (the date itself, or its reminder) comes by `last`.
QList<UpcomingDate> datesBy(const QList<UpcomingDate> &dates, QDate UpcomingDate::*day, QDate last)
{
    QList<UpcomingDate> result;
    for (const UpcomingDate &date : dates) {
        if (date.occursOn.isValid() && date.*day <= last)
            result.append(date);
    }
    return result;
}

} // namespace

Result<QList<UpcomingDate>> Notebook::upcomingDates(QDate today, int withinDays) const
{
    if (auto valid = checkDays(withinDays, tr("The look-ahead"), 0); !valid)
        return valid.error();
    auto dates = importantDates(0, today);
    if (!dates)
        return dates.error();
    return datesBy(*dates, &UpcomingDate::occursOn, today.addDays(withinDays));
}

// dateReminders: NotebookDates.cpp, with the occurrences done or snoozed.

Result<QList<MostUseful>> Notebook::mostUseful(QDate today) const
{
    if (!today.isValid())
        return Error::invalid(tr("Insights need a valid day to count back from."));
    return reports::mostUseful(m_database->connection(), today);
}

} // namespace tend
