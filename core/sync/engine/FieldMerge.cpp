#include "sync/engine/FieldMerge.h"

#include <QSet>

namespace tend::sync {

FieldMap withoutEmptyFields(FieldMap fields)
{
    fields.removeIf([](const auto &entry) { return entry.value().isEmpty(); });
    return fields;
}

MergeResult mergeFields(const FieldMap &base, const FieldMap &local, const FieldMap &remote)
{
    QStringList names = base.keys() + local.keys() + remote.keys();
    names.sort();
    names.removeDuplicates();

    MergeResult result;
    for (const QString &name : std::as_const(names)) {
        const QString was = base.value(name);
        const QString here = local.value(name);
        const QString there = remote.value(name);
        QString chosen;
        if (here == there || there == was)
            chosen = here;
        else if (here == was)
            chosen = there;
        else {
            result.conflicts.append({name, was, here, there});
            chosen = here;
        }
        if (!chosen.isEmpty())
            result.merged.insert(name, chosen);
    }
    return result;
}

} // namespace tend::sync
