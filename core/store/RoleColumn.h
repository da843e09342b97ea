#pragma once

#include "model/Vocabulary.h"

#include <QList>
#include <QVariant>

namespace tend::rolecolumn {

// A contact's roles as the queries read them, `(SELECT json_group_array(role) FROM contact_role
// WHERE contact_id = c.id)`: ["mentor","peer"] → {Mentor, Peer}, sorted, unknown keys left out.
QList<Role> roles(const QVariant &json);

} // namespace tend::rolecolumn
