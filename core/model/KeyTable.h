#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

// The one way Tend maps an enum to the stable name it is stored and typed under ("mentor",
// "snoozed", "before-restore") and back. Each enum has one constexpr table of pairs.
namespace tend::keys {

template<typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, QStringView>, N>;

template<typename Enum, std::size_t N>
QString keyOf(const Table<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, key] : table) {
        if (candidate == value)
            return key.toString();
    }
    return {};
}

// Case-insensitive, surrounding spaces ignored; nullopt when unknown.
template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Table<Enum, N> &table, QStringView key)
{
    const QStringView trimmed = key.trimmed();
    for (const auto &[value, candidate] : table) {
        if (trimmed.compare(candidate, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace tend::keys
