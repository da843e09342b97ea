#include "model/InsightCallouts.h"

#include <QCoreApplication>

#include <algorithm>

namespace tend {
namespace {

constexpr int lopsidedMinimum = 3;

QString tr(const char *text)
{
    return QCoreApplication::translate("tend::InsightCallouts", text);
}

QString times(int count)
{
    return count == 1 ? tr("once") : tr("%1 times").arg(count);
}

QString noActive(const RoleActivity &activity)
{
    const int days = Insights::activeDays;
    switch (activity.role) {
    case Role::Sponsor:
        if (activity.total == 0)
            return tr("No active sponsor: nobody in your notebook is a sponsor yet.");
        if (activity.total == 1)
            return tr("No active sponsor: nothing logged with your sponsor in the last %1 days.").arg(days);
        return tr("No active sponsor: nothing logged with any of your %1 sponsors in the last %2 days.")
            .arg(activity.total)
            .arg(days);
    case Role::Mentor:
        if (activity.total == 0)
            return tr("No active mentor: nobody in your notebook is a mentor yet.");
        if (activity.total == 1)
            return tr("No active mentor: nothing logged with your mentor in the last %1 days.").arg(days);
        return tr("No active mentor: nothing logged with any of your %1 mentors in the last %2 days.")
            .arg(activity.total)
            .arg(days);
    default:
        return {};
    }
}

QString balance(int gave, int received)
{
    const int larger = std::max(gave, received);
    const int smaller = std::min(gave, received);
    if (larger < lopsidedMinimum || larger <= 2 * smaller)
        return {};
    const int days = Insights::activeDays;
    if (received > gave) {
        return gave == 0 ? tr("You have received %1 and not given once in %2 days.").arg(times(received)).arg(days)
                         : tr("You have received %1 and given %2 in %3 days.").arg(times(received), times(gave)).arg(days);
    }
    return received == 0 ? tr("You have given %1 and not received once in %2 days.").arg(times(gave)).arg(days)
                         : tr("You have given %1 and received %2 in %3 days.").arg(times(gave), times(received)).arg(days);
}

} // namespace

bool lacksActiveContact(const RoleActivity &activity)
{
    return (activity.role == Role::Sponsor || activity.role == Role::Mentor) && activity.active == 0;
}

QStringList insightCallouts(const Insights &insights)
{
    QStringList callouts;
    for (const Role role : {Role::Sponsor, Role::Mentor}) {
        const RoleActivity activity = insights.role(role);
        if (lacksActiveContact(activity))
            callouts.append(noActive(activity));
    }
    if (const QString text = balance(insights.recentGave, insights.recentReceived); !text.isEmpty())
        callouts.append(text);
    return callouts;
}

} // namespace tend
