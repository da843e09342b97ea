#pragma once

#include "model/ImportantDate.h"
#include "model/Reminder.h"
#include "work/Worker.h"

#include <QAbstractListModel>
#include <QDate>
#include <QStringList>

namespace tend {
class Notebook;
}

namespace tend::gui {

// What Today shows, as one list: section headings ("Overdue", "Due today", "Keep in touch",
// "Coming up (7 days)") followed by their due items; the mentorship practice's rows (an ask's
// deadline, an answer owed, an introduction to chase…) say what they are, and meetings planned in
// the coming days are listed under "Coming up". Birthdays and other important dates whose reminder
// has come (their lead time before the day) are under "Birthdays and dates", until done or while
// snoozed. Reloads itself when the notebook changes. The reading runs on the notebook's worker (a
// very large notebook takes a while); the rows shown stay until the new ones replace them in one
// model reset, and a newer reload supersedes an older one. On a big notebook the first load brings
// the start of each section first (firstRowsLoaded: what a screen shows, in milliseconds on any
// size) and the whole list right after (loaded); later reloads bring the whole list in one reset.
class TodayModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayModel)
public:
    enum class Urgency { None, DueToday, Overdue };
    enum DataRole {
        IsHeadingRole = Qt::UserRole + 1,
        UrgencyRole,     // Urgency as int
        NameRole,        // the person
        RolesTextRole,   // "mentor · sponsor"
        ReasonRole,      // "follow up on coffee chat", "keep in touch (every 90 days)"
        WhenRole,        // "5 days overdue", "today", "Thu 26 Nov"
        ContactIdRole,
        ReminderIdRole,  // 0 for keep-in-touch nudges
        IsNudgeRole,
        IsPracticeRole,  // read from an ask, introduction, advice or planned meeting: no Done or Snooze
        KindRole,        // DueItem::Kind as int
        SourceIdRole,    // the ask, introduction, advice, meeting or important date; 0 for the others
        IsDateRole,      // an important date's reminder (DueItem::Kind::ImportantDate)
    };
    static constexpr int lookAheadDays = 7;

    explicit TodayModel(Notebook &notebook, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void reload();
    bool isLoading() const { return m_task.isRunning(); }
    // Whether a load has come in yet: until then an empty list means "not read", not "nothing due".
    bool hasLoaded() const { return m_hasLoaded; }
    // Whether the rows a screen shows have come in (the start of each section, or everything).
    bool hasFirstRows() const { return m_hasFirstRows; }
    // At most this many of each kind of item come first (Notebook::due's firstOfEach).
    static constexpr int firstRowsOfEach = 100;
    // Items due today or earlier (what the navigation count and the tray digest report).
    QList<DueItem> dueNow() const;
    int dueNowCount() const { return int(dueNow().size()); }
    const DueItem *itemAt(const QModelIndex &index) const;
    QDate today() const { return m_today; }

signals:
    void loadFailed(const QString &message);
    // A reload's rows are in (also after a failed one); a superseded reload sends nothing.
    void loaded();
    // The first screen's rows are in, once per reload, before loaded() or with it.
    void firstRowsLoaded();

private:
    struct Row
    {
        QString heading; // non-empty for a heading row
        DueItem item;
        ImportantDate::Kind dateKind = ImportantDate::Kind::Birthday; // important dates only
    };

    struct Loaded
    {
        QDate today;
        QList<Row> rows;
        QStringList problems; // what could not be read; the rest is shown
        bool complete = true; // false: only the first rows of each section
    };

    // On the worker: everything Today shows, in its sections; with `firstOfEach` >= 0 the start of
    // each (complete when no part had more).
    static Loaded read(Notebook &notebook, QDate today, int firstOfEach = -1);
    void apply(const Loaded &fetched);
    static QString dateReason(const DueItem &item, ImportantDate::Kind kind);

    Notebook &m_notebook;
    QDate m_today;
    QList<Row> m_rows;
    bool m_hasLoaded = false;
    bool m_hasFirstRows = false;
    bool m_firstRowsPending = false; // this reload's first rows have not been applied yet
    work::Task<Loaded> m_task;
    quint64 m_generation = 0;
};

} // namespace tend::gui
