#include "model/Reminder.h"

using namespace Qt::StringLiterals;

namespace tend {

QString toKey(DueItem::Kind kind)
{
    return kind == DueItem::Kind::FollowUp ? u"follow-up"_s : u"keep-in-touch"_s;
}

} // namespace tend
