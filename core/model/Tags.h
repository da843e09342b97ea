#pragma once

#include "util/Result.h"

#include <QString>
#include <QList>
#include <QStringList>

#include <optional>

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
    std::optional<int> cadenceDays; // the tag's keep-in-touch cadence; 0 for "none"
    friend bool operator==(const TagCount &, const TagCount &) = default;
};

// Tags as they were before a change of tags (tagging, untagging, a rename, a merge), for its undo:
// every tag whose key the change touched, with its contacts. A key without a row here had no tag.
struct TagRow
{
    qint64 id = 0;
    QString name;
    QString key;
    std::optional<int> cadenceDays; // 0 for "none"
    QList<qint64> contactIds;
};

struct TagsSnapshot
{
    QStringList keys;
    QList<TagRow> tags;
};

// What renaming a tag did: a rename, or — when a tag with the new name existed — a merge into it
// (its contacts gained the tag, none was dropped).
struct TagRename
{
    QString from;
    QString to;
    bool merged = false;
    int contacts = 0; // contacts carrying `to` afterwards
    TagsSnapshot before;
};

} // namespace tend
