#pragma once

#include "model/Reports.h"
#include "work/Worker.h"

#include <QAbstractTableModel>

namespace tend {
class Notebook;
}

namespace tend::gui {

// "Helped lately": per person, how often you gave and received over the last N days, in the order
// Notebook::helped gives. The query reads a year of interactions, so it runs on the notebook's
// worker and its rows land in batches; the model starts paused and empty, loads when resumed (its
// page on screen), and while paused a change only marks it stale, for one reload on resuming.
class HelpedModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpedModel)
public:
    enum Column { NameColumn, GaveColumn, LastGaveColumn, ReceivedColumn, LastReceivedColumn, ColumnCount };
    enum DataRole { ContactIdRole = Qt::UserRole + 1, SortRole }; // SortRole: the raw value (count, day, name)

    explicit HelpedModel(Notebook &notebook, QObject *parent = nullptr);

    static constexpr int batchSize = 500;

    void setPeriod(int days);
    int period() const { return m_days; }
    void reload();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isLoading() const { return m_task.isRunning(); }

    int totalGave() const;
    int totalReceived() const;
    qint64 contactId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);
    // A reload finished (its last batch is in).
    void loaded();

private:
    void receive(const QList<HelpedEntry> &batch, bool first);

    Notebook &m_notebook;
    int m_days = 30;
    QList<HelpedEntry> m_entries;
    work::Task<QList<HelpedEntry>> m_task;
    quint64 m_generation = 0;
    bool m_paused = true;
    bool m_stale = true;
};

} // namespace tend::gui
