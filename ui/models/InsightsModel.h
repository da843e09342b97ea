#pragma once

#include "model/Reports.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace tend {
class Notebook;
}

namespace tend::gui {

// Insights for the notebook's today: one row per month (oldest first), a column per role with the
// interactions that touched it, then gave and received. The role counts and callouts ride along.
// Reloads when contacts or interactions change.
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
    const Insights &insights() const { return m_insights; }
    const QStringList &callouts() const { return m_callouts; }
    static int column(Role role);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    int value(int row, int column) const;

    Notebook &m_notebook;
    Insights m_insights;
    QStringList m_callouts;
};

} // namespace tend::gui
