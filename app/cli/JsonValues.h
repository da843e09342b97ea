#pragma once

#include "model/Vocabulary.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

// The JSON spellings shared by every --json output: YYYY-MM-DD days and null for absent values.
namespace tend::cli::json {

inline QJsonValue day(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

inline QJsonValue number(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

inline QStringList roleKeys(const QList<Role> &roles)
{
    QStringList keys;
    for (const Role role : roles)
        keys.append(toKey(role));
    return keys;
}

inline QJsonArray roles(const QList<Role> &roles)
{
    return QJsonArray::fromStringList(roleKeys(roles));
}

inline QJsonArray strings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

} // namespace tend::cli::json
