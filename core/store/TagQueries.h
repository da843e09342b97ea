#pragma once

#include "model/Tags.h"
#include "schedule/CadenceRule.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <optional>

// Tags across contacts: tagging many at once, renames and merges, a tag's cadence, and the exact
// rows an undo puts back. Callers own the transaction; tag names are checked before they get here.
namespace tend::tagstore {

Result<std::optional<TagRow>> find(const QSqlDatabase &db, const QString &name);
// The tags of `keys` (model/TextKey folds) as they are now, with their contacts.
Result<TagsSnapshot> snapshot(const QSqlDatabase &db, const QStringList &keys);
// Puts the tags of `snapshot.keys` back as they were: tags it does not hold are removed.
Status restore(const QSqlDatabase &db, const TagsSnapshot &snapshot);

Status addToContacts(const QSqlDatabase &db, const QList<qint64> &contactIds, const QStringList &names);
Status removeFromContacts(const QSqlDatabase &db, const QList<qint64> &contactIds, const QStringList &names);
Status rename(const QSqlDatabase &db, qint64 id, const QString &name);
// Every contact of `fromId` gets `intoId`; `fromId` goes.
Status merge(const QSqlDatabase &db, qint64 fromId, qint64 intoId);
Status setCadence(const QSqlDatabase &db, qint64 id, std::optional<int> cadenceDays);

// The cadences that the tags called `names` set, for rules::cadenceRule.
Result<QList<TagCadence>> cadences(const QSqlDatabase &db, const QStringList &names);
Result<QList<TagRow>> withCadence(const QSqlDatabase &db);

} // namespace tend::tagstore
