#include "model/DigestParts.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace tend {

QList<DigestPart> allDigestParts()
{
    return {DigestPart::FollowUps, DigestPart::Nudges, DigestPart::Dates, DigestPart::Practice};
}

QString toKey(DigestPart part)
{
    switch (part) {
    case DigestPart::FollowUps: return u"follow-ups"_s;
    case DigestPart::Nudges: return u"nudges"_s;
    case DigestPart::Dates: return u"dates"_s;
    case DigestPart::Practice: return u"practice"_s;
    }
    return {};
}

std::optional<DigestPart> digestPartFromKey(QStringView key)
{
    for (const DigestPart part : allDigestParts())
        if (key.compare(toKey(part), Qt::CaseInsensitive) == 0)
            return part;
    return std::nullopt;
}

QString digestPartKeysForMessage()
{
    QStringList keys;
    for (const DigestPart part : allDigestParts())
        keys.append(toKey(part));
    return keys.join(u", "_s);
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
