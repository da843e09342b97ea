#pragma once

#include <QByteArray>
#include <QDate>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace tend::cli {

// A JSON array of flat rows written straight to bytes, exactly as QJsonDocument::toJson(Indented)
// writes the same QJsonArray of QJsonObjects (keys sorted, the same escapes). For the list
// commands: building a QJsonObject per row costs more than the query behind it.
class JsonRows final
{
public:
    // One row's members, in any order.
    class Row final
    {
    public:
        Row &text(QLatin1StringView key, const QString &value);
        Row &integer(QLatin1StringView key, qint64 value);
        Row &boolean(QLatin1StringView key, bool value);
        Row &null(QLatin1StringView key);
        Row &optionalInteger(QLatin1StringView key, std::optional<qint64> value); // null when absent
        Row &texts(QLatin1StringView key, const QStringList &values);
        // The spellings of JsonValues.h: a day as YYYY-MM-DD or null, a text or null when empty.
        Row &day(QLatin1StringView key, QDate value);
        Row &textOrNull(QLatin1StringView key, const QString &value);
        // An array of flat objects (rows whose members hold no arrays of their own).
        Row &objects(QLatin1StringView key, QList<Row> values);

    private:
        friend class JsonRows;
        // Sorts the members and writes them as an object whose braces stand at `indent`.
        void appendObject(QByteArray &json, QByteArrayView indent, QByteArrayView membersIndent);

        QList<std::pair<QLatin1StringView, QByteArray>> m_members;
    };

    void append(Row row);
    // The whole array, without a final newline.
    QByteArray toJson() const;

    // A JSON string literal, escaped as QJsonDocument escapes it.
    static void appendString(QByteArray &json, const QString &value);

private:
    QByteArray m_rows;
    bool m_empty = true;
};

} // namespace tend::cli
