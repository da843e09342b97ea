#include "model/DigestParts.h"

#include "model/KeyTable.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace tend {

namespace {
constexpr keys::Table<DigestPart, 4> digestPartKeys{{{DigestPart::FollowUps, u"follow-ups"},
                                                     {DigestPart::Nudges, u"nudges"},
                                                     {DigestPart::Dates, u"dates"},
                                                     {DigestPart::Practice, u"practice"}}};
} // namespace

QList<DigestPart> allDigestParts()
{
    return keys::valuesOf(digestPartKeys);
}

QString toKey(DigestPart part)
{
    return keys::keyOf(digestPartKeys, part);
}

std::optional<DigestPart> digestPartFromKey(QStringView key)
{
    return keys::valueOf(digestPartKeys, key);
}

QString digestPartKeysForMessage()
{
    return keys::keysForMessage(digestPartKeys);
}

DigestPart digestPartOf(DueItem::Kind kind)
{
    switch (kind) {
    case DueItem::Kind::FollowUp: return DigestPart::FollowUps;
    case DueItem::Kind::KeepInTouch: return DigestPart::Nudges;
    case DueItem::Kind::ImportantDate: return DigestPart::Dates;
    case DueItem::Kind::AskDeadline:
    case DueItem::Kind::AnswerOwed:
    case DueItem::Kind::IntroNextStep:
    case DueItem::Kind::IntroChase:
    case DueItem::Kind::IntroFollowUp:
    case DueItem::Kind::ThankYou:
    case DueItem::Kind::MeetingAgenda:
    case DueItem::Kind::PlannedMeeting: return DigestPart::Practice;
    }
    return DigestPart::FollowUps;
}

QString digestValue(const QList<DigestPart> &parts)
{
    QStringList keys;
    for (const DigestPart part : allDigestParts())
        if (parts.contains(part))
            keys.append(toKey(part));
    return keys.isEmpty() ? u"none"_s : keys.join(u',');
}

QList<DigestPart> digestPartsFromValue(const QString &value)
{
    QList<DigestPart> parts;
    for (const QString &key : value.split(u',', Qt::SkipEmptyParts))
        if (auto part = digestPartFromKey(key.trimmed()); part && !parts.contains(*part))
            parts.append(*part);
    return parts;
}

} // namespace tend
