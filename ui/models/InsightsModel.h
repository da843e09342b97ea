#pragma once

#include "model/Reports.h"
#include "work/Worker.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace tend {
class Notebook;
}

namespace tend::gui {

// Insights for the notebook's today: one row per month (oldest first), a column per role with the
// interactions that touched it, then gave and received. The role counts and callouts ride along.
// The figures cost a few hundred milliseconds on a very large notebook, so they are computed on the
// notebook's worker, and the model starts paused and empty: it loads when resumed (the page comes
// on screen), and while paused a change to contacts or interactions only marks it stale, for one
// reload on resuming.
class InsightsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InsightsModel)
public:
    // The role columns come first, in allRoles() order.
    enum Column { GaveColumn = 5, ReceivedColumn, ColumnCount };
    enum DataRole { MonthRole = Qt::UserRole + 1 }; // QDate, the month's first day, on any column

    explicit InsightsModel(Notebook &notebook, QObject *parent = nullptr);

    void reload();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isLoading() const { return m_task.isRunning(); }
    const Insights &insights() const { return m_insights; }
    const QStringList &callouts() const { return m_callouts; }
    static int column(Role role);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);
    // A reload finished and its figures are in.
    void loaded();

private:
    struct Loaded
    {
        Insights insights;
        QStringList callouts;
    };
    int value(int row, int column) const;

    Notebook &m_notebook;
    Insights m_insights;
    QStringList m_callouts;
    bool m_paused = true;
    bool m_stale = true;
    work::Task<Loaded> m_task;
    quint64 m_generation = 0;
};

} // namespace tend::gui
