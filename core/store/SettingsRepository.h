#pragma once

#include "model/ConfigKey.h"
#include "model/Vocabulary.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace tend {

// Settings stored in the database (they travel with it), by model/ConfigKey: follow-up delay per
// interaction kind, keep-in-touch cadence per role, the overdue factor, lead times of important
// dates. A key without a row has its built-in default (ConfigKey::builtInDefault); "none" is
// stored as the text "none". Tag cadences live on their tag (store/TagQueries).
class SettingsRepository final
{
public:
    explicit SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<int>> followUpDays(InteractionKind kind) const;
    Status setFollowUpDays(InteractionKind kind, std::optional<int> days);

    Result<std::optional<int>> roleCadence(Role role) const;
    Status setRoleCadence(Role role, std::optional<int> days);

    // All role cadences at once, for scheduling many contacts.
    Result<QHash<Role, int>> roleCadences() const;

    Result<double> overdueFactor() const;
    Result<int> leadDays(ImportantDate::Kind kind) const;

    // The value the user set (nullopt: none set, the default applies), and the value in force.
    Result<std::optional<QString>> userValue(const ConfigKey &key) const;
    Status setUserValue(const ConfigKey &key, const std::optional<QString> &value);
    Result<std::optional<QString>> value(const ConfigKey &key) const;

private:
    static QString storedKey(const ConfigKey &key);
    Result<std::optional<int>> number(const ConfigKey &key) const;
    Status setNumber(const ConfigKey &key, std::optional<int> value);

    QSqlDatabase m_db;
};

} // namespace tend
