#include "cli/JsonRows.h"

#include <algorithm>
#include <string_view>

namespace tend::cli {
namespace {

// The layout of QJsonDocument::Indented: four spaces a level; rows at level 1, members at 2,
// the elements of a member's array at 3, the members of those elements at 4.
constexpr QByteArrayView rowIndent("    ");
constexpr QByteArrayView memberIndent("        ");
constexpr QByteArrayView elementIndent("            ");
constexpr QByteArrayView elementMemberIndent("                ");

char hexDigit(uint value)
{
    return "0123456789abcdef"[value & 0xf];
}

void appendEscape(QByteArray &json, char16_t unit)
{
    json.append("\\u");
    json.append(hexDigit(unit >> 12)).append(hexDigit(unit >> 8)).append(hexDigit(unit >> 4)).append(hexDigit(unit));
}

} // namespace

void JsonRows::appendString(QByteArray &json, const QString &value)
{
    json.append('"');
    const qsizetype size = value.size();
    for (qsizetype at = 0; at < size; ++at) {
        const char16_t unit = value.at(at).unicode();
        if (unit < 0x80) {
            switch (unit) {
            case u'"': json.append("\\\""); break;
            case u'\\': json.append("\\\\"); break;
            case u'\b': json.append("\\b"); break;
            case u'\f': json.append("\\f"); break;
            case u'\n': json.append("\\n"); break;
            case u'\r': json.append("\\r"); break;
            case u'\t': json.append("\\t"); break;
            default:
                if (unit < 0x20) {
                    json.append("\\u00").append(hexDigit(unit >> 4)).append(hexDigit(unit));
                } else {
                    json.append(char(unit));
                }
            }
            continue;
        }
        if (unit < 0x800) {
            json.append(char(0xc0 | (unit >> 6))).append(char(0x80 | (unit & 0x3f)));
        } else if (!QChar::isSurrogate(unit)) {
            json.append(char(0xe0 | (unit >> 12))).append(char(0x80 | ((unit >> 6) & 0x3f))).append(char(0x80 | (unit & 0x3f)));
        } else if (QChar::isHighSurrogate(unit) && at + 1 < size && value.at(at + 1).isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(unit, value.at(++at).unicode());
            json.append(char(0xf0 | (code >> 18))).append(char(0x80 | ((code >> 12) & 0x3f)));
            json.append(char(0x80 | ((code >> 6) & 0x3f))).append(char(0x80 | (code & 0x3f)));
        } else {
            appendEscape(json, unit); // a lone surrogate, as QJsonDocument writes it
        }
    }
    json.append('"');
}

JsonRows::Row &JsonRows::Row::text(QLatin1StringView key, const QString &value)
{
    QByteArray json;
    json.reserve(value.size() + 2);
    appendString(json, value);
    m_members.append({key, std::move(json)});
    return *this;
}

JsonRows::Row &JsonRows::Row::integer(QLatin1StringView key, qint64 value)
{
    m_members.append({key, QByteArray::number(value)});
    return *this;
}

JsonRows::Row &JsonRows::Row::boolean(QLatin1StringView key, bool value)
{
    m_members.append({key, value ? QByteArray("true") : QByteArray("false")});
    return *this;
}

JsonRows::Row &JsonRows::Row::null(QLatin1StringView key)
{
    m_members.append({key, QByteArray("null")});
    return *this;
}

JsonRows::Row &JsonRows::Row::optionalInteger(QLatin1StringView key, std::optional<qint64> value)
{
    return value ? integer(key, *value) : null(key);
}

JsonRows::Row &JsonRows::Row::texts(QLatin1StringView key, const QStringList &values)
{
    QByteArray json("[\n");
    for (qsizetype i = 0; i < values.size(); ++i) {
        json.append(elementIndent);
        appendString(json, values.at(i));
        json.append(i + 1 < values.size() ? ",\n" : "\n");
    }
    json.append(memberIndent).append(']');
    m_members.append({key, std::move(json)});
    return *this;
}

JsonRows::Row &JsonRows::Row::day(QLatin1StringView key, QDate value)
{
    if (!value.isValid())
        return null(key);
    int year = 0, month = 0, dayOfMonth = 0;
    value.getDate(&year, &month, &dayOfMonth);
    if (year < 1 || year > 9999) // as QDate writes them, sign and all
        return text(key, value.toString(Qt::ISODate));
    // "YYYY-MM-DD" without a QString: a list writes thousands of days.
    char digits[] = "\"0000-00-00\"";
    for (int at = 4; at >= 1; --at, year /= 10)
        digits[at] = char('0' + year % 10);
    digits[6] = char('0' + month / 10);
    digits[7] = char('0' + month % 10);
    digits[9] = char('0' + dayOfMonth / 10);
    digits[10] = char('0' + dayOfMonth % 10);
    m_members.append({key, QByteArray(digits, sizeof digits - 1)});
    return *this;
}

JsonRows::Row &JsonRows::Row::textOrNull(QLatin1StringView key, const QString &value)
{
    return value.isEmpty() ? null(key) : text(key, value);
}

JsonRows::Row &JsonRows::Row::objects(QLatin1StringView key, QList<Row> values)
{
    QByteArray json("[\n");
    for (qsizetype i = 0; i < values.size(); ++i) {
        values[i].appendObject(json, elementIndent, elementMemberIndent);
        json.append(i + 1 < values.size() ? ",\n" : "\n");
    }
    json.append(memberIndent).append(']');
    m_members.append({key, std::move(json)});
    return *this;
}

void JsonRows::Row::appendObject(QByteArray &json, QByteArrayView indent, QByteArrayView membersIndent)
{
    const auto byKey = [](const auto &a, const auto &b) {
        // QLatin1StringView's operator< trips GCC 12's -Wstringop-overread here.
        return std::string_view(a.first.data(), size_t(a.first.size()))
               < std::string_view(b.first.data(), size_t(b.first.size()));
    };
    if (!std::is_sorted(m_members.begin(), m_members.end(), byKey)) // rows written in key order need no sort
        std::stable_sort(m_members.begin(), m_members.end(), byKey);
    json.append(indent).append("{\n");
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        const auto &[key, value] = m_members.at(i);
        json.append(membersIndent).append('"').append(key.data(), key.size()).append("\": ").append(value);
        json.append(i + 1 < m_members.size() ? ",\n" : "\n");
    }
    json.append(indent).append('}');
}

void JsonRows::append(Row row)
{
    m_rows.append(m_empty ? "" : ",\n");
    row.appendObject(m_rows, rowIndent, memberIndent);
    m_empty = false;
}

QByteArray JsonRows::toJson() const
{
    if (m_empty)
        return QByteArrayLiteral("[\n]");
    QByteArray json;
    json.reserve(m_rows.size() + 4);
    return json.append("[\n").append(m_rows).append("\n]");
}

} // namespace tend::cli
