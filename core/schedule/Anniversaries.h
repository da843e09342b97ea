#pragma once

#include <QDate>

#include <optional>

// Days that come back every year — birthdays, work anniversaries, a PhD defense — as pure rules.
namespace tend::rules {

// The day a yearly date falls on in `year`. 29 February falls on 28 February in years without one.
QDate inYear(int month, int day, int year);

// The first occurrence of a yearly date on or after `from`; invalid past 9999-12-31.
QDate nextOccurrence(int month, int day, QDate from);

// How many years an occurrence on `on` marks since `sinceYear`: an age, or years since a start.
// nullopt when the year is unknown (0) or `on` comes before it.
std::optional<int> yearsSince(int sinceYear, QDate on);

// When a reminder for an occurrence on `occurrence` comes: `leadDays` before it.
QDate reminderDay(QDate occurrence, int leadDays);

} // namespace tend::rules
