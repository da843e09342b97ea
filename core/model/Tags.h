#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace tend {

// Free-form tags on contacts ("inner circle", "PyLadies", "ex-Acme"). Two spellings with one
// textKey ("ex-Acme", "EX-ACME") are one tag, stored under the first spelling the notebook saw.
namespace limits {
inline constexpr int tagLength = 100;
inline constexpr int tagsPerContact = 50;
} // namespace limits

// White space simplified, empty ones dropped, one per key (the first spelling), in order.
QStringList normalisedTags(const QStringList &tags);

// A tag the user typed: not empty, not too long, no control characters.
Status checkTag(const QString &tag);
// Every tag of a contact (checkTag each, and at most limits::tagsPerContact).
Status checkTags(const QStringList &tags);

// A tag and how many contacts carry it, for `tend tag list` and the tag filter.
struct TagCount
{
    QString name;
    int contacts = 0;
    friend bool operator==(const TagCount &, const TagCount &) = default;
};

} // namespace tend
