#pragma once

#include <QList>
#include <QString>
#include <QStringList>
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

template<typename Enum, std::size_t N>
QList<Enum> valuesOf(const Table<Enum, N> &table)
{
    QList<Enum> values;
    for (const auto &entry : table)
        values.append(entry.first);
    return values;
}

// "open, answered, declined": for messages that list what is valid.
template<typename Enum, std::size_t N>
QString keysForMessage(const Table<Enum, N> &table)
{
    QStringList names;
    for (const auto &entry : table)
        names.append(entry.second.toString());
    return names.join(QStringLiteral(", "));
}

} // namespace tend::keys
