#pragma once

#include "model/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace tend {

// A tag's keep-in-touch cadence: days, or nullopt for "none" (the tag asks for no nudges).
struct TagCadence
{
    QString tag;
    std::optional<int> days;
};

// Which rule sets a contact's keep-in-touch cadence, and what it says. `days` is nullopt when
// there are no nudges: no rule applies, or the rule that applies says "none".
struct CadenceRule
{
    enum class Source { None, Own, Tag, Role };
    Source source = Source::None;
    std::optional<int> days;
    QString name; // the tag's name, or the role's stored key

    // What the contact page shows: "every 21 days (tag: inner circle)", "no nudges (tag: alumni)".
    QString explanation() const;
    friend bool operator==(const CadenceRule &, const CadenceRule &) = default;
};

namespace rules {

// The one order of precedence of keep-in-touch cadences:
//   1. the contact's own cadence;
//   2. else the shortest cadence among its tags that set one (a tag set to "none" counts only
//      when no other tag sets days, and then means no nudges);
//   3. else the shortest cadence among its roles (a role without one adds nothing).
CadenceRule cadenceRule(std::optional<int> ownCadence, const QList<TagCadence> &tagCadences,
                        const QList<Role> &roles, const std::function<std::optional<int>(Role)> &roleCadence);

// A nudge due on `due` under `cadenceDays` becomes overdue at `factor` × the cadence from the same
// start: (factor − 1) × cadence days after it is due, rounded up, and never before the day after.
QDate overdueOn(QDate due, int cadenceDays, double factor);

} // namespace rules
} // namespace tend
