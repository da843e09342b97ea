#pragma once

#include "model/Vocabulary.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace tend {

// Settings stored in the database (they travel with it): follow-up delay per interaction kind
// and keep-in-touch cadence per role. "None" is stored as an absent row.
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

private:
    Result<std::optional<int>> number(const QString &key) const;
    Status setNumber(const QString &key, std::optional<int> value);

    QSqlDatabase m_db;
};

} // namespace tend
