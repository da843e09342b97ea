#include "store/SettingsRepository.h"

#include "db/Sql.h"

using namespace Qt::StringLiterals;

namespace tend {
namespace {

QString followUpKey(InteractionKind kind) { return u"follow-up-days."_s + toKey(kind); }
QString cadenceKey(Role role) { return u"cadence-days."_s + toKey(role); }

} // namespace

Result<std::optional<int>> SettingsRepository::number(const QString &key) const
{
    auto query = sql::exec(m_db, u"SELECT value FROM setting WHERE key = ?"_s, {key});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<int>();
    bool ok = false;
    const int value = query->value(0).toInt(&ok);
    return ok ? std::optional<int>(value) : std::optional<int>();
}

Status SettingsRepository::setNumber(const QString &key, std::optional<int> value)
{
    auto query = value ? sql::exec(m_db, u"INSERT INTO setting (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                   {key, QString::number(*value)})
                       : sql::exec(m_db, u"DELETE FROM setting WHERE key = ?"_s, {key});
    if (!query)
        return query.error();
    return {};
}

Result<std::optional<int>> SettingsRepository::followUpDays(InteractionKind kind) const
{
    return number(followUpKey(kind));
}

Status SettingsRepository::setFollowUpDays(InteractionKind kind, std::optional<int> days)
{
    return setNumber(followUpKey(kind), days);
}

Result<std::optional<int>> SettingsRepository::roleCadence(Role role) const
{
    return number(cadenceKey(role));
}

Status SettingsRepository::setRoleCadence(Role role, std::optional<int> days)
{
    return setNumber(cadenceKey(role), days);
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
