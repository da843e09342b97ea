#pragma once

#include <QDate>
#include <QDateTime>

#include <optional>

namespace tend {

// The one place "today" comes from. The CLI's --today and the tests fix it; the app uses the system's.
class Clock
{
public:
    static Clock system() { return Clock(); }
    static Clock fixed(QDate today) { return Clock(today); }

    bool isFixed() const { return m_fixed.has_value(); }
    QDate today() const { return m_fixed ? *m_fixed : QDate::currentDate(); }
    // The current instant; with a fixed day, that day at the current time of day.
    QDateTime now() const
    {
        const QDateTime current = QDateTime::currentDateTime();
        return m_fixed ? QDateTime(*m_fixed, current.time()) : current;
    }

private:
    Clock() = default;
    explicit Clock(QDate today) : m_fixed(today) {}
    std::optional<QDate> m_fixed;
};

} // namespace tend
