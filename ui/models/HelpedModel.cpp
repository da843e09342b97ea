#include "models/HelpedModel.h"

#include "DisplayText.h"
#include "Notebook.h"

#include <QLocale>

#include <algorithm>

namespace tend::gui {

HelpedModel::HelpedModel(Notebook &notebook, QObject *parent)
    : QAbstractTableModel(parent), m_notebook(notebook)
{
    connect(&m_notebook, &Notebook::changed, this, [this](Notebook::Changes what) {
        if (what & (Notebook::Change::Interactions | Notebook::Change::Contacts))
            reload();
    });
    reload();
}

void HelpedModel::setPeriod(int days)
{
    m_days = days;
    reload();
}

void HelpedModel::reload()
{
    beginResetModel();
    auto helped = m_notebook.helped(m_notebook.today(), m_days);
    if (helped) {
        m_entries = *helped;
    } else {
        m_entries.clear();
        emit loadFailed(helped.error().message);
    }
    // Most recent give first; people you only received from after, most recent first.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const HelpedEntry &a, const HelpedEntry &b) {
        if (a.lastGave != b.lastGave)
            return a.lastGave > b.lastGave;
        return a.lastReceived > b.lastReceived;
    });
    endResetModel();
}

int HelpedModel::totalGave() const
{
    int total = 0;
    for (const HelpedEntry &entry : m_entries)
        total += entry.gaveCount;
    return total;
}

int HelpedModel::totalReceived() const
{
    int total = 0;
    for (const HelpedEntry &entry : m_entries)
        total += entry.receivedCount;
    return total;
}

qint64 HelpedModel::contactId(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].contactId : 0;
}

int HelpedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HelpedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HelpedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Person");
    case GaveColumn: return tr("Gave");
    case LastGaveColumn: return tr("Last gave");
    case ReceivedColumn: return tr("Received");
    case LastReceivedColumn: return tr("Last received");
    default: return {};
    }
}

QVariant HelpedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HelpedEntry &entry = m_entries[index.row()];
    if (role == ContactIdRole)
        return entry.contactId;
    if (role == Qt::TextAlignmentRole && (index.column() == GaveColumn || index.column() == ReceivedColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn: return entry.contactName;
    case GaveColumn: return entry.gaveCount;
    case LastGaveColumn: return text::shortDate(entry.lastGave);
    case ReceivedColumn: return entry.receivedCount;
    case LastReceivedColumn: return text::shortDate(entry.lastReceived);
    default: return {};
    }
}

} // namespace tend::gui
