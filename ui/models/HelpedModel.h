#pragma once

#include "model/Reports.h"

#include <QAbstractTableModel>

namespace tend {
class Notebook;
}

namespace tend::gui {

// "Helped lately": per person, how often you gave and received over the last N days.
class HelpedModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpedModel)
public:
    enum Column { NameColumn, GaveColumn, LastGaveColumn, ReceivedColumn, LastReceivedColumn, ColumnCount };
    enum DataRole { ContactIdRole = Qt::UserRole + 1 };

    explicit HelpedModel(Notebook &notebook, QObject *parent = nullptr);

    void setPeriod(int days);
    int period() const { return m_days; }
    void reload();

    int totalGave() const;
    int totalReceived() const;
    qint64 contactId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    Notebook &m_notebook;
    int m_days = 30;
    QList<HelpedEntry> m_entries;
};

} // namespace tend::gui
