#pragma once

#include "model/Interaction.h"
#include "model/Reminder.h"

#include <QJsonObject>

// The JSON of an interaction and of a reminder, shared by `timeline`, `interaction edit` and
// `interaction delete` (JsonValues.h spellings: ISO days, null for absent values).
namespace tend::cli::json {

QJsonObject interaction(const Interaction &interaction);
QJsonObject reminder(const Reminder &reminder);

} // namespace tend::cli::json
