#pragma once

#include "io/PartialDate.h"

#include <QStringView>

#include <optional>

namespace tend::io {

// A date as contact CSVs write them: ISO (1990-05-01, --05-01), LinkedIn's "13 Nov 2024",
// "Nov 13, 2024", Outlook's US "5/15/1980" (day first when the first number is over 12), German
// "15.05.1980" and "15.05.". English and German month names. nullopt for anything else, and for
// Outlook's "0/0/00" (no date).
std::optional<PartialDate> parseCsvDate(QStringView text);

} // namespace tend::io
