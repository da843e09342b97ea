#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>

namespace tend::gui {

// Fires dayChanged() just after local midnight (one single-shot timer, re-armed each day), and
// when the machine wakes up on a later day than it went to sleep.
class DayWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayWatcher)
public:
    explicit DayWatcher(QObject *parent = nullptr);
    static int msecsUntilNextMidnight(const QDateTime &now);

signals:
    void dayChanged();

private:
    void arm();
    void fire();

    QTimer m_timer;
    QDate m_day;
};

} // namespace tend::gui
