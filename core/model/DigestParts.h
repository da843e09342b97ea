#pragma once

#include "model/Reminder.h"

#include <QList>
#include <QString>

#include <optional>

namespace tend {

// What the tray's notification of newly due items takes in (the setting `tray-digest`): any of
// follow-ups (and the user's own reminders), keep-in-touch nudges, important dates, and the
// practice (asks, introductions, thanks, meetings ahead). Stored as their keys, comma-separated
// in this order ("follow-ups,nudges,dates,practice"), or "none".
enum class DigestPart { FollowUps, Nudges, Dates, Practice };

QList<DigestPart> allDigestParts();
QString toKey(DigestPart part);
std::optional<DigestPart> digestPartFromKey(QStringView key);
QString digestPartKeysForMessage(); // "follow-ups, nudges, dates, practice"
DigestPart digestPartOf(DueItem::Kind kind);

// The stored form of a set of parts ("none" when empty), and back; an unknown key reads as none.
QString digestValue(const QList<DigestPart> &parts);
QList<DigestPart> digestPartsFromValue(const QString &value);

} // namespace tend
