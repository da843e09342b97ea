#pragma once

#include <QDate>
#include <QDateTime>

#include <optional>

namespace tend {

// The one place "today" and "now" come from. The CLI's --today and the tests fix it; the app uses
// the system's. Nothing else in core or ui asks the system for the date or the time.
class Clock
{
public:
    static Clock system() { return Clock(); }
    // A fixed day; now() is that day at the current time of day.
    static Clock fixed(QDate today) { return Clock(today, {}); }
    // A fixed instant: what tests use to name backups without waiting for the next second.
    static Clock fixed(const QDateTime &now) { return Clock(now.date(), now); }

    bool isFixed() const { return m_fixed.has_value(); }
    QDate today() const { return m_fixed ? *m_fixed : QDate::currentDate(); }
    // The current instant; with a fixed day, that day at the current time of day.
    QDateTime now() const
    {
        if (m_instant.isValid())
            return m_instant;
        const QDateTime current = QDateTime::currentDateTime();
        return m_fixed ? QDateTime(*m_fixed, current.time()) : current;
    }

private:
    Clock() = default;
    Clock(QDate today, QDateTime instant) : m_fixed(today), m_instant(std::move(instant)) {}
    std::optional<QDate> m_fixed;
    QDateTime m_instant;
};

} // namespace tend
