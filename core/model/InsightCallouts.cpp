#include "model/InsightCallouts.h"

#include <QCoreApplication>

#include <algorithm>

namespace tend {
namespace {

constexpr int lopsidedMinimum = 3;

struct InsightCalloutsText
{
    Q_DECLARE_TR_FUNCTIONS(tend::InsightCallouts)
};

QString times(int count)
{
    return InsightCalloutsText::tr("%n time(s)", "how often", count);
}

QString noActive(const RoleActivity &activity)
{
    const int days = Insights::activeDays;
    switch (activity.role) {
    case Role::Sponsor:
        if (activity.total == 0)
            return InsightCalloutsText::tr("No active sponsor: nobody in your notebook is a sponsor yet.");
        return InsightCalloutsText::tr("No active sponsor: nothing logged with any of your %n sponsor(s) in the last %1 days.",
                                   nullptr, activity.total)
            .arg(days);
    case Role::Mentor:
        if (activity.total == 0)
            return InsightCalloutsText::tr("No active mentor: nobody in your notebook is a mentor yet.");
        return InsightCalloutsText::tr("No active mentor: nothing logged with any of your %n mentor(s) in the last %1 days.",
                                   nullptr, activity.total)
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
        return gave == 0 ? InsightCalloutsText::tr("You have received %1 and not given once in %2 days.")
                               .arg(times(received)).arg(days)
                         : InsightCalloutsText::tr("You have received %1 and given %2 in %3 days.")
                               .arg(times(received), times(gave)).arg(days);
    }
    return received == 0 ? InsightCalloutsText::tr("You have given %1 and not received once in %2 days.")
                               .arg(times(gave)).arg(days)
                         : InsightCalloutsText::tr("You have given %1 and received %2 in %3 days.")
                               .arg(times(gave), times(received)).arg(days);
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
    if (insights.adviceNotReportedBack > 0) {
        callouts.append(InsightCalloutsText::tr("Advice acted on but never reported back: %1. Tell them how it helped.")
                            .arg(insights.adviceNotReportedBack));
    }
    return callouts;
}

} // namespace tend
