#pragma once

#include "model/DigestParts.h"
#include "model/Reminder.h"

#include <QList>
#include <QSet>
#include <QString>

namespace tend::gui {

// The one notification Tend shows when things fall due: "3 follow-ups due: Ada, Grace, …".
// Remembers what it has already announced, so each item is announced once.
class DueDigest final
{
public:
    // The digest for `items` (first names, at most `names` of them), or empty when none: "2
    // follow-ups due", "1 date coming up"…, or "3 things due" when they are of several parts.
    static QString text(const QList<DueItem> &items, int names = 2);
    // The items of `parts` (the `tray-digest` setting), in their order.
    static QList<DueItem> filtered(const QList<DueItem> &items, const QList<DigestPart> &parts);

    // Marks `items` as known without announcing them (what was due when Tend started).
    void remember(const QList<DueItem> &items);
    // The items not announced before; marks them as announced.
    QList<DueItem> takeNew(const QList<DueItem> &items);

private:
    static QString keyOf(const DueItem &item);
    QSet<QString> m_announced;
};

} // namespace tend::gui
