#pragma once

#include "sync/engine/SyncTypes.h"

#include <QList>

namespace tend::sync {

// One field both sides changed, differently.
struct FieldConflict
{
    QString field;
    QString base;   // empty when the field did not exist at the last sync
    QString local;  // empty when Tend removed the field
    QString remote; // empty when the server removed it
    friend bool operator==(const FieldConflict &, const FieldConflict &) = default;
};

struct MergeResult
{
    FieldMap merged;                 // every field that could be decided; conflicting ones keep the local value
    QList<FieldConflict> conflicts;  // in field-name order
    bool clean() const { return conflicts.isEmpty(); }
};

// Three-way merge of field maps: a field one side changed and the other did not takes the change; a
// field both changed the same way is agreed; a field both changed differently is a conflict. An absent
// field and an empty one are the same.
MergeResult mergeFields(const FieldMap &base, const FieldMap &local, const FieldMap &remote);

// The same maps with empty values dropped, so that "absent" and "empty" compare equal.
FieldMap withoutEmptyFields(FieldMap fields);

} // namespace tend::sync
