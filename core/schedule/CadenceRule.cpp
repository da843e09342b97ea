#include "schedule/CadenceRule.h"

#include <QCoreApplication>

#include <cmath>

namespace tend {
namespace {

struct CadenceRuleText
{
    Q_DECLARE_TR_FUNCTIONS(tend::CadenceRule)
};

// "every %n day(s)" is the phrase `tend due` already shows for a nudge: one string, one translation.
struct CadencePhrase
{
    Q_DECLARE_TR_FUNCTIONS(tend::reports)
};

} // namespace

QString CadenceRule::explanation() const
{
    const QString what = days ? CadencePhrase::tr("every %n day(s)", nullptr, *days) : CadenceRuleText::tr("no nudges");
    switch (source) {
    case Source::None: return CadenceRuleText::tr("no keep-in-touch cadence");
    case Source::Own: return CadenceRuleText::tr("%1 (own cadence)").arg(what);
    case Source::Tag: return CadenceRuleText::tr("%1 (tag: %2)").arg(what, name);
    case Source::Role: {
        const auto role = roleFromKey(name);
        return CadenceRuleText::tr("%1 (role: %2)").arg(what, role ? inlineName(*role) : name);
    }
    }
    return what;
}

namespace rules {

CadenceRule cadenceRule(std::optional<int> ownCadence, const QList<TagCadence> &tagCadences,
                        const QList<Role> &roles, const std::function<std::optional<int>(Role)> &roleCadence)
{
    if (ownCadence)
        return {CadenceRule::Source::Own, ownCadence, {}};
    if (!tagCadences.isEmpty()) {
        CadenceRule rule{CadenceRule::Source::Tag, std::nullopt, tagCadences.constFirst().tag};
        for (const TagCadence &tag : tagCadences) {
            if (tag.days && (!rule.days || *tag.days < *rule.days || (*tag.days == *rule.days && tag.tag < rule.name))) {
                rule.days = tag.days;
                rule.name = tag.tag;
            } else if (!tag.days && !rule.days && tag.tag < rule.name) {
                rule.name = tag.tag;
            }
        }
        return rule;
    }
    CadenceRule rule;
    for (const Role role : roles) {
        const std::optional<int> days = roleCadence(role);
        if (days && (!rule.days || *days < *rule.days))
            rule = {CadenceRule::Source::Role, days, toKey(role)};
    }
    return rule;
}

QDate overdueOn(QDate due, int cadenceDays, double factor)
{
    if (!due.isValid())
        return {};
    const qint64 extra = std::max<qint64>(1, qint64(std::ceil((factor - 1.0) * cadenceDays - 1e-9)));
    return due.addDays(extra);
}

} // namespace rules
} // namespace tend
