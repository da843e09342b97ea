#include "models/DuplicatesModel.h"

#include "Notebook.h"

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {

QString contactText(const ContactSummary &contact)
{
    return contact.organisation.isEmpty() ? u"%1 (#%2)"_s.arg(contact.name).arg(contact.id)
                                          : u"%1 (#%2), %3"_s.arg(contact.name).arg(contact.id).arg(contact.organisation);
}

} // namespace

DuplicatesModel::DuplicatesModel(Notebook &notebook, QObject *parent) : QAbstractTableModel(parent), m_notebook(notebook)
{
    connect(&m_notebook, &Notebook::changed, this, &DuplicatesModel::reload);
}

void DuplicatesModel::reload()
{
    m_load.load(
        m_notebook, this, [](Notebook &notebook) { return notebook.possibleDuplicates(); },
        [this](const QList<DuplicatePair> &pairs) {
            beginResetModel();
            m_pairs = pairs;
            endResetModel();
        },
        [this](const Status &outcome) {
            if (!outcome)
                emit loadFailed(outcome.error().message);
            emit loaded();
        });
}

const DuplicatePair *DuplicatesModel::pairAt(int row) const
{
    return row >= 0 && row < m_pairs.size() ? &m_pairs.at(row) : nullptr;
}

int DuplicatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int DuplicatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicatesModel::data(const QModelIndex &index, int role) const
{
    const DuplicatePair *pair = pairAt(index.row());
    if (!pair || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FirstColumn:
        return contactText(pair->a);
    case SecondColumn:
        return contactText(pair->b);
    case ReasonColumn: {
        QStringList reasons;
        for (const DuplicateReason &reason : pair->reasons)
            reasons.append(describe(reason));
        return reasons.join(u"; "_s);
    }
    default:
        return {};
    }
}

QVariant DuplicatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FirstColumn:
        return tr("Contact");
    case SecondColumn:
        return tr("Maybe the same as");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace tend::gui
