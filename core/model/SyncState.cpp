#include "model/SyncState.h"

#include "model/KeyTable.h"

namespace tend {
namespace {

constexpr keys::Table<SyncKind, 2> syncKindKeys{{
    {SyncKind::Contacts, u"contacts"}, {SyncKind::Reminders, u"reminders"},
}};

} // namespace

QString toKey(SyncKind kind) { return keys::keyOf(syncKindKeys, kind); }

std::optional<SyncKind> syncKindFromKey(QStringView key) { return keys::valueOf(syncKindKeys, key); }

} // namespace tend
