#include "DayWatcher.h"

#include <QDateTime>

namespace tend::gui {

DayWatcher::DayWatcher(const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_day(clock.today())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DayWatcher::fire);
    arm();
}

int DayWatcher::msecsUntilNextMidnight(const QDateTime &now)
{
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0));
    // A second past midnight, and never more than an hour at a time so a suspended machine or a
    // clock change is noticed soon after.
    const qint64 until = now.msecsTo(midnight) + 1000;
    return int(std::clamp<qint64>(until, 1000, 60 * 60 * 1000));
}

void DayWatcher::arm()
{
    m_timer.start(msecsUntilNextMidnight(m_clock.now()));
}

void DayWatcher::fire()
{
    const QDate today = m_clock.today();
    if (today != m_day) {
        m_day = today;
        emit dayChanged();
    }
    arm();
}

} // namespace tend::gui
