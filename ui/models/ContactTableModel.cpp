#include "models/ContactTableModel.h"

#include "DisplayText.h"
#include "Notebook.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace tend::gui {

ContactTableModel::ContactTableModel(Notebook &notebook, QObject *parent)
    : QAbstractTableModel(parent), m_notebook(notebook)
{
    connect(&m_notebook, &Notebook::changed, this, [this](Notebook::Changes what) {
        if (what & (Notebook::Change::Contacts | Notebook::Change::Interactions | Notebook::Change::Reminders))
            restart(int(m_rows.size()));
    });
    restart();
}

void ContactTableModel::setFilter(const QString &search, const QList<Role> &roles, bool includeArchived)
{
    if (m_query.search == search.trimmed() && m_query.roles == roles && m_query.includeArchived == includeArchived)
        return;
    m_query.search = search.trimmed();
    m_query.roles = roles;
    m_query.includeArchived = includeArchived;
    restart();
}

void ContactTableModel::setTagFilter(const QString &tag, std::optional<MetVia> metVia)
{
    if (m_query.tag == tag && m_query.metVia == metVia)
        return;
    m_query.tag = tag;
    m_query.metVia = metVia;
    restart();
}

void ContactTableModel::setLosingTouch(bool on)
{
    if (on == isLosingTouch())
        return;
    m_query.sort = on ? ContactQuery::Sort::LosingTouch : ContactQuery::Sort::Name;
    m_query.descending = false; // the earliest keep-in-touch day, so those furthest past it, first
    restart();
}

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == RolesColumn)
        return; // no meaningful order; the view keeps the previous one
    ContactQuery::Sort sort = ContactQuery::Sort::Name;
    switch (column) {
    case OrganisationColumn: sort = ContactQuery::Sort::Organisation; break;
    case LastInteractionColumn: sort = ContactQuery::Sort::LastInteraction; break;
    case NextFollowUpColumn: sort = ContactQuery::Sort::NextFollowUp; break;
    case PastCadenceColumn: sort = ContactQuery::Sort::LosingTouch; break;
    default: break;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return; // the rows are in this order already (a view asks again when it turns sorting on)
    m_query.sort = sort;
    m_query.descending = descending;
    restart();
}

void ContactTableModel::restart(int keepAtLeast)
{
    {
        // Listeners of modelReset may ask for more at once; the first page follows right after.
        const QScopedValueRollback resetting(m_fetching, true);
        beginResetModel();
        m_rows.clear();
        m_next.reset();
        m_exhausted = false;
        endResetModel();
    }
    // The first page at once; after a refresh, as many pages as the view had loaded.
    do
        fetchPage();
    while (!m_exhausted && m_rows.size() < keepAtLeast);
}

void ContactTableModel::fetchPage()
{
    // Views (and QAbstractItemModelTester) may ask for more while a page is being inserted.
    if (m_exhausted || m_fetching)
        return;
    const QScopedValueRollback fetching(m_fetching, true);
    ContactQuery page = m_query;
    page.limit = m_pageSize;
    page.after = m_next;
    auto loaded = m_notebook.contacts(page);
    if (!loaded) {
        m_exhausted = true;
        emit loadFailed(loaded.error().message);
        return;
    }
    m_next = loaded->next;
    m_exhausted = !m_next.has_value() || loaded->rows.isEmpty();
    if (loaded->rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(loaded->rows.size()) - 1);
    m_rows += loaded->rows;
    endInsertRows();
}

bool ContactTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void ContactTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        fetchPage();
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case RolesColumn: return tr("Roles");
    case OrganisationColumn: return tr("Organisation");
    case LastInteractionColumn: return tr("Last interaction");
    case NextFollowUpColumn: return tr("Next follow-up");
    case PastCadenceColumn: return tr("Past cadence by");
    default: return {};
    }
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactSummary &contact = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn: return contact.archived ? tr("%1 (archived)").arg(contact.name) : contact.name;
        case RolesColumn: return text::roles(contact.roles);
        case OrganisationColumn:
            return contact.title.isEmpty() || contact.organisation.isEmpty()
                       ? QString(contact.organisation + contact.title)
                       : tr("%1, %2").arg(contact.organisation, contact.title);
        case LastInteractionColumn: return text::shortDate(contact.lastInteraction, m_notebook.today());
        case NextFollowUpColumn: return text::shortDate(contact.nextFollowUp, m_notebook.today());
        case PastCadenceColumn: {
            const qint64 past = contact.nudgeDue.isValid() ? contact.nudgeDue.daysTo(m_notebook.today()) : 0;
            if (past > 0)
                return tr("%Ln day(s)", nullptr, int(past));
            if (contact.nudgeDue.isValid())
                return tr("due in %Ln day(s)", nullptr, int(-past));
            return {};
        }
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == LastInteractionColumn && contact.lastInteraction.isValid())
            return QLocale().toString(contact.lastInteraction, QLocale::LongFormat);
        if (index.column() == NextFollowUpColumn && contact.nextFollowUp.isValid())
            return QLocale().toString(contact.nextFollowUp, QLocale::LongFormat);
        if (index.column() == PastCadenceColumn && contact.nudgeDue.isValid() && contact.nudgeCadenceDays)
            return tr("Keep in touch every %Ln day(s); next on %1", nullptr, *contact.nudgeCadenceDays)
                .arg(QLocale().toString(contact.nudgeDue, QLocale::LongFormat));
        return {};
    case ContactIdRole:
        return contact.id;
    case ArchivedRole:
        return contact.archived;
    case Qt::TextAlignmentRole:
        if (index.column() == PastCadenceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

qint64 ContactTableModel::contactId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

QString ContactTableModel::contactName(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].name : QString();
}

bool ContactTableModel::isArchived(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].archived;
}

} // namespace tend::gui
