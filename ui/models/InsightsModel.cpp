#include "models/InsightsModel.h"

#include "Notebook.h"
#include "model/InsightCallouts.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace tend::gui {

InsightsModel::InsightsModel(Notebook &notebook, QObject *parent)
    : QAbstractTableModel(parent), m_notebook(notebook)
{
    Q_ASSERT(allRoles().size() == GaveColumn);
    connect(&m_notebook, &Notebook::changed, this, [this](Notebook::Changes what) {
        if (!(what & (Notebook::Change::Interactions | Notebook::Change::Contacts)))
            return;
        if (m_paused)
            m_stale = true;
        else
            reload();
    });
}

void InsightsModel::setPaused(bool paused)
{
    m_paused = paused;
    if (!m_paused && m_stale)
        reload();
}

int InsightsModel::column(Role role)
{
    return int(allRoles().indexOf(role));
}

void InsightsModel::reload()
{
    m_stale = false;
    m_task.cancel();
    const QDate today = m_notebook.today();
    m_task = m_notebook.worker().run<Loaded>([today](work::Job<Loaded> &job) -> Status {
        auto insights = job.notebook().insights(today);
        if (!insights)
            return insights.error();
        job.deliver({*insights, insightCallouts(*insights)});
        return {};
    });
    const quint64 generation = ++m_generation;
    work::watch<Loaded>(
        m_task, this,
        [this, generation](const Loaded &loaded) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_insights = loaded.insights;
            m_callouts = loaded.callouts;
            endResetModel();
        },
        [this, generation](const Status &outcome) {
            if (generation != m_generation)
                return;
            if (!outcome) {
                if (outcome.error().code == Error::Code::Cancelled)
                    return;
                beginResetModel();
                m_insights = {};
                m_callouts.clear();
                endResetModel();
                emit loadFailed(outcome.error().message);
            }
            emit loaded();
        });
}

int InsightsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_insights.months.size());
}

int InsightsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int InsightsModel::value(int row, int column) const
{
    const MonthActivity &month = m_insights.months[row];
    if (column == GaveColumn)
        return month.gave;
    if (column == ReceivedColumn)
        return month.received;
    return month.interactions(allRoles().at(column));
}

QVariant InsightsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return value(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case MonthRole:
        return m_insights.months[index.row()].month;
    default:
        return {};
    }
}

QVariant InsightsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_insights.months.size())
            return {};
        return QLocale().toString(m_insights.months[section].month, u"MMMM yyyy"_s);
    }
    if (section == GaveColumn)
        return tr("Gave");
    if (section == ReceivedColumn)
        return tr("Received");
    if (section >= 0 && section < GaveColumn)
        return displayName(allRoles().at(section));
    return {};
}

} // namespace tend::gui
