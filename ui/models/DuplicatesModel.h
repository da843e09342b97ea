#pragma once

#include "model/Duplicates.h"
#include "models/BackgroundList.h"

#include <QAbstractTableModel>

namespace tend {
class Notebook;
}

namespace tend::gui {

// Contact ▸ Find Duplicates: Notebook::possibleDuplicates, one row per pair with its reasons, in
// plain text. It is computed on the notebook's worker (tens of milliseconds for 10,000 contacts,
// more on a slow disk), again after every change, so the GUI thread never waits for it.
class DuplicatesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesModel)
public:
    enum Column { FirstColumn, SecondColumn, ReasonColumn, ColumnCount };

    explicit DuplicatesModel(Notebook &notebook, QObject *parent = nullptr);

    void reload();
    bool isLoading() const { return m_load.isLoading(); }
    const DuplicatePair *pairAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    Notebook &m_notebook;
    QList<DuplicatePair> m_pairs;
    BackgroundList<DuplicatePair> m_load;
};

} // namespace tend::gui
