#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

// Stored names of an enum's values, written once per enum: the database, the command line and
// JSON all use these keys.
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

// Case-insensitive, ignoring surrounding spaces; nullopt when unknown.
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
