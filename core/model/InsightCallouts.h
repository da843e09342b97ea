#pragma once

#include "model/Reports.h"

#include <QStringList>

namespace tend {

// Plain-language sentences about what needs attention in `insights`, most important first; empty
// when nothing stands out. The rules:
//  - "No active sponsor…" and "No active mentor…" when nobody of that role is active (including
//    when nobody has the role at all): the two roles a career most needs someone current in.
//  - "You have received N times and given M times in 90 days." when the give and take over the
//    active window is lopsided: the larger side is at least 3 and more than twice the other
//    (the same "more than twice" as Helped lately's summary; the minimum keeps one coffee from
//    counting as a pattern). Mutual interactions count on both sides.
QStringList insightCallouts(const Insights &insights);

// Whether `activity` gets a "No active …" callout: a sponsor or mentor row with nobody active.
bool lacksActiveContact(const RoleActivity &activity);

} // namespace tend
