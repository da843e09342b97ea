#pragma once

#include "store/ContactQuery.h"

#include <QAbstractTableModel>

namespace tend {
class Notebook;
}

namespace tend::gui {

// The contact list, loaded lazily a page at a time through the notebook's keyset cursor, so ten
// thousand contacts open instantly. Sorting by a header starts a new query; so does the filter.
class ContactTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactTableModel)
public:
    // PastCadenceColumn: how far past their keep-in-touch cadence people are (shown for "Losing touch").
    enum Column { NameColumn, RolesColumn, OrganisationColumn, LastInteractionColumn, NextFollowUpColumn, PastCadenceColumn, ColumnCount };
    enum DataRole { ContactIdRole = Qt::UserRole + 1, ArchivedRole };
    static constexpr int defaultPageSize = 100;

    explicit ContactTableModel(Notebook &notebook, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The filter; sort and paging fields are managed by the model.
    void setFilter(const QString &search, const QList<Role> &roles, bool includeArchived);
    // Only contacts with `tag` (empty: any) met `metVia` (nullopt: any way), beside setFilter's.
    void setTagFilter(const QString &tag, std::optional<MetVia> metVia);
    // "Losing touch": those furthest past their cadence first. Any header sort turns it off.
    void setLosingTouch(bool on);
    bool isLosingTouch() const { return m_query.sort == ContactQuery::Sort::LosingTouch; }
    void setPageSize(int rows) { m_pageSize = rows; }

    qint64 contactId(int row) const;
    QString contactName(int row) const;
    bool isArchived(int row) const;
    ContactQuery query() const { return m_query; }

signals:
    void loadFailed(const QString &message);

private:
    void restart(int keepAtLeast = 0);
    void fetchPage();

    Notebook &m_notebook;
    ContactQuery m_query;
    QList<ContactSummary> m_rows;
    std::optional<ContactCursor> m_next;
    bool m_exhausted = false;
    bool m_fetching = false;
    int m_pageSize = defaultPageSize;
};

} // namespace tend::gui
