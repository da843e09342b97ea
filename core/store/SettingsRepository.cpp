#include "store/SettingsRepository.h"

#include "db/Sql.h"

using namespace Qt::StringLiterals;

namespace tend {
namespace {

QString followUpKey(InteractionKind kind) { return u"follow-up-days."_s + toKey(kind); }
QString cadenceKey(Role role) { return u"cadence-days."_s + toKey(role); }

std::optional<int> daysFrom(const std::optional<QString> &value)
{
    if (!value)
        return std::nullopt;
    bool ok = false;
    const int days = value->toInt(&ok);
    return ok ? std::optional<int>(days) : std::nullopt;
}

} // namespace

QString SettingsRepository::storedKey(const ConfigKey &key)
{
    switch (key.type) {
    case ConfigKey::Type::FollowUp: return followUpKey(key.kind);
    case ConfigKey::Type::RoleCadence: return cadenceKey(key.role);
    case ConfigKey::Type::TagCadence: return {};
    case ConfigKey::Type::OverdueFactor:
    case ConfigKey::Type::Lead:
    case ConfigKey::Type::TrayDigest: return key.text();
    }
    return {};
}

Result<std::optional<QString>> SettingsRepository::userValue(const ConfigKey &key) const
{
    auto query = sql::exec(m_db, u"SELECT value FROM setting WHERE key = ?"_s, {storedKey(key)});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QString>();
    return std::optional<QString>(query->value(0).toString());
}

Status SettingsRepository::setUserValue(const ConfigKey &key, const std::optional<QString> &value)
{
    auto query = value ? sql::exec(m_db, u"INSERT INTO setting (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                   {storedKey(key), *value})
                       : sql::exec(m_db, u"DELETE FROM setting WHERE key = ?"_s, {storedKey(key)});
    if (!query)
        return query.error();
    return {};
}

Result<std::optional<QString>> SettingsRepository::value(const ConfigKey &key) const
{
    auto stored = userValue(key);
    if (!stored)
        return stored.error();
    return *stored ? *stored : key.builtInDefault();
}

Result<std::optional<int>> SettingsRepository::number(const ConfigKey &key) const
{
    auto found = value(key);
    if (!found)
        return found.error();
    return daysFrom(*found);
}

Status SettingsRepository::setNumber(const ConfigKey &key, std::optional<int> value)
{
    return setUserValue(key, value ? QString::number(*value) : u"none"_s);
}

Result<double> SettingsRepository::overdueFactor() const
{
    auto found = value(ConfigKey::overdueFactor());
    if (!found)
        return found.error();
    bool ok = false;
    const double factor = found->value_or(QString()).toDouble(&ok);
    return ok && factor >= 1.0 ? factor : defaultOverdueFactor;
}

Result<int> SettingsRepository::leadDays(ImportantDate::Kind kind) const
{
    auto days = number(ConfigKey::lead(kind));
    if (!days)
        return days.error();
    return std::max(0, days->value_or(0));
}

Result<std::optional<int>> SettingsRepository::followUpDays(InteractionKind kind) const
{
    return number(ConfigKey::followUp(kind));
}

Status SettingsRepository::setFollowUpDays(InteractionKind kind, std::optional<int> days)
{
    return setNumber(ConfigKey::followUp(kind), days);
}

Result<std::optional<int>> SettingsRepository::roleCadence(Role role) const
{
    return number(ConfigKey::roleCadence(role));
}

Status SettingsRepository::setRoleCadence(Role role, std::optional<int> days)
{
    return setNumber(ConfigKey::roleCadence(role), days);
}

Result<QHash<Role, int>> SettingsRepository::roleCadences() const
{
    QHash<Role, int> cadences;
    for (const Role role : allRoles()) {
        auto days = roleCadence(role);
        if (!days)
            return days.error();
        if (*days)
            cadences.insert(role, **days);
    }
    return cadences;
}

} // namespace tend
