#include "models/HelpedModel.h"

#include "DisplayText.h"
#include "Notebook.h"

#include <QLocale>


namespace tend::gui {

HelpedModel::HelpedModel(Notebook &notebook, QObject *parent)
    : QAbstractTableModel(parent), m_notebook(notebook)
{
    connect(&m_notebook, &Notebook::changed, this, [this](Notebook::Changes what) {
        if (what & (Notebook::Change::Interactions | Notebook::Change::Contacts))
            reload();
    });
}

void HelpedModel::setPeriod(int days)
{
    m_days = days;
    reload();
}

void HelpedModel::setPaused(bool paused)
{
    m_paused = paused;
    if (!m_paused && m_stale)
        reload();
}

void HelpedModel::reload()
{
    if (m_paused) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_task.cancel();
    const QDate today = m_notebook.today();
    const int days = m_days;
    // In the order Notebook::helped defines (most recent give first): the one home of that rule.
    m_task = m_notebook.worker().run<QList<HelpedEntry>>([today, days](work::Job<QList<HelpedEntry>> &job) -> Status {
        auto helped = job.notebook().helped(today, days);
        if (!helped)
            return helped.error();
        for (qsizetype start = 0; start < helped->size() && !job.isCancelled(); start += batchSize)
            job.deliver(helped->mid(start, batchSize));
        return {};
    });
    const quint64 generation = ++m_generation;
    auto received = std::make_shared<bool>(false);
    work::watch<QList<HelpedEntry>>(
        m_task, this,
        [this, generation, received](const QList<HelpedEntry> &batch) {
            if (generation != m_generation)
                return; // a newer reload replaced this one
            receive(batch, !*received);
            *received = true;
        },
        [this, generation, received](const Status &outcome) {
            if (generation != m_generation)
                return;
            if (!outcome) {
                if (outcome.error().code == Error::Code::Cancelled)
                    return;
                receive({}, true);
                emit loadFailed(outcome.error().message);
            } else if (!*received) {
                receive({}, true); // nobody in the window
            }
            emit loaded();
        });
}

void HelpedModel::receive(const QList<HelpedEntry> &batch, bool first)
{
    if (first) {
        beginResetModel();
        m_entries = batch;
        endResetModel();
        return;
    }
    if (batch.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + batch.size()) - 1);
    m_entries += batch;
    endInsertRows();
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
    if (role == SortRole) {
        switch (index.column()) {
        case NameColumn: return entry.contactName;
        case GaveColumn: return entry.gaveCount;
        case LastGaveColumn: return entry.lastGave;
        case ReceivedColumn: return entry.receivedCount;
        case LastReceivedColumn: return entry.lastReceived;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == GaveColumn || index.column() == ReceivedColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn: return entry.contactName;
    case GaveColumn: return entry.gaveCount;
    case LastGaveColumn: return text::shortDate(entry.lastGave, m_notebook.today());
    case ReceivedColumn: return entry.receivedCount;
    case LastReceivedColumn: return text::shortDate(entry.lastReceived, m_notebook.today());
    default: return {};
    }
}

} // namespace tend::gui
