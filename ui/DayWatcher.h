#pragma once

#include "schedule/Clock.h"

#include <QDate>
#include <QObject>
#include <QTimer>

namespace tend::gui {

// Fires dayChanged() just after local midnight (one single-shot timer, re-armed each day), and
// when the machine wakes up on a later day than it went to sleep. The day is the clock's: a fixed
// clock (tests, --today) never changes day.
class DayWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayWatcher)
public:
    explicit DayWatcher(const Clock &clock, QObject *parent = nullptr);
    static int msecsUntilNextMidnight(const QDateTime &now);

signals:
    void dayChanged();

private:
    void arm();
    void fire();

    Clock m_clock;
    QTimer m_timer;
    QDate m_day;
};

} // namespace tend::gui
