#pragma once

#include "model/ImportantDate.h"
#include "model/Vocabulary.h"
#include "util/Result.h"

#include <QString>

#include <optional>

namespace tend {

// The settings a user changes, named by the stable keys `tend config` takes:
//   follow-up.KIND     the follow-up delay of an interaction kind, in days, or "none";
//   cadence.role.ROLE  the keep-in-touch cadence of a role, in days, or "none";
//   cadence.tag.TAG    the keep-in-touch cadence of a tag, in days, or "none";
//   overdue-factor     a nudge is overdue at this many times its cadence (1.5);
//   lead.DATEKIND      days before an important date its reminder comes (birthday, anniversary, custom);
//   tray-digest        what the tray announces when it falls due (model/DigestParts), or "none".
struct ConfigKey
{
    enum class Type { FollowUp, RoleCadence, TagCadence, OverdueFactor, Lead, TrayDigest };

    Type type = Type::FollowUp;
    InteractionKind kind = InteractionKind::Coffee;
    Role role = Role::Mentor;
    QString tag;
    ImportantDate::Kind dateKind = ImportantDate::Kind::Birthday;

    static ConfigKey followUp(InteractionKind kind) { ConfigKey key; key.kind = kind; return key; }
    static ConfigKey roleCadence(Role role) { ConfigKey key; key.type = Type::RoleCadence; key.role = role; return key; }
    static ConfigKey tagCadence(const QString &tag) { ConfigKey key; key.type = Type::TagCadence; key.tag = tag; return key; }
    static ConfigKey overdueFactor() { ConfigKey key; key.type = Type::OverdueFactor; return key; }
    static ConfigKey lead(ImportantDate::Kind kind) { ConfigKey key; key.type = Type::Lead; key.dateKind = kind; return key; }
    static ConfigKey trayDigest() { ConfigKey key; key.type = Type::TrayDigest; return key; }

    QString text() const;
    static Result<ConfigKey> parse(const QString &text);
    // Whether "none" is a value: cadences, follow-up delays and the tray digest.
    bool acceptsNone() const
    {
        return type == Type::FollowUp || type == Type::RoleCadence || type == Type::TagCadence || type == Type::TrayDigest;
    }
    // The value of the key when the user set none, or nullopt when it then has no value at all.
    std::optional<QString> builtInDefault() const;
    // The value the user typed, in its stored form ("14", "none", "1.5"); Invalid names the key.
    Result<QString> normalisedValue(const QString &value) const;
};

inline constexpr double defaultOverdueFactor = 1.5;

// One line of `tend config list`: the value in force, and whether the user set it.
struct ConfigEntry
{
    QString key;
    QString value;  // "14", "none", "1.5"; "none" when the key has no value
    bool userSet = false;
    friend bool operator==(const ConfigEntry &, const ConfigEntry &) = default;
};

// A change of one setting, and its undo: the user's value before and after; nullopt when unset.
struct ConfigChange
{
    QString key;
    std::optional<QString> before;
    std::optional<QString> after;
};

} // namespace tend
