#include "db/MigrationSteps.h"

#include "db/Sql.h"
#include "model/TextKey.h"
#include "store/NudgeSchedule.h"
#include "store/SettingsRepository.h"

using namespace Qt::StringLiterals;

namespace tend {

bool migrationRefreshesDerivedData(int version)
{
    // 3: name keys without accents, and the first keep-in-touch schedule of every contact.
    return version == 3;
}

Status refreshDerivedData(const QSqlDatabase &db)
{
    auto rows = sql::exec(db, u"SELECT id, name, name_key FROM contact"_s);
    if (!rows)
        return rows.error();
    QList<std::pair<qint64, QString>> keys;
    while (rows->next()) {
        const QString key = textKey(rows->value(1).toString());
        if (key != rows->value(2).toString())
            keys.append({rows->value(0).toLongLong(), key});
    }
    rows = Error{};
    for (const auto &[id, key] : std::as_const(keys)) {
        if (auto done = sql::exec(db, u"UPDATE contact SET name_key = ? WHERE id = ?"_s, {key, id}); !done)
            return done.error();
    }
    auto cadences = SettingsRepository(db).roleCadences();
    if (!cadences)
        return cadences.error();
    // No clock here: every interaction counts, and Notebook::open's catch-up leaves out those
    // dated after today.
    return nudges::refreshAll(db, *cadences, QDate(), nudges::Snoozes::Keep);
}

} // namespace tend
