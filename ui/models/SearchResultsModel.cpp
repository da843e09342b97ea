#include "models/SearchResultsModel.h"

#include "DisplayText.h"
#include "Notebook.h"

using namespace Qt::StringLiterals;

namespace tend::gui {

SearchResultsModel::SearchResultsModel(Notebook &notebook, QObject *parent)
    : QAbstractListModel(parent), m_notebook(notebook)
{
    connect(&m_notebook, &Notebook::changed, this, [this] {
        if (!m_query.trimmed().isEmpty())
            run();
    });
}

void SearchResultsModel::setQuery(const QString &text)
{
    m_query = text;
    run();
}

void SearchResultsModel::run()
{
    const auto replace = [this](const QList<SearchHit> &hits) {
        beginResetModel();
        m_hits = hits;
        endResetModel();
    };
    if (m_query.trimmed().isEmpty()) {
        m_load.cancel();
        replace({});
        emit searched();
        return;
    }
    const QString text = m_query;
    m_load.load(
        m_notebook, this, [text](Notebook &notebook) { return notebook.search(text, limit); }, replace,
        [this](const Status &outcome) {
            if (!outcome)
                emit searchFailed(outcome.error().message);
            emit searched();
        });
}

const SearchHit *SearchResultsModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultsModel::whereText(const SearchHit &hit) const
{
    const QString kind = displayName(hit.interactionKind).toLower();
    const QString day = text::shortDate(hit.interactionDate, m_notebook.today());
    switch (hit.place) {
    case SearchHit::Place::Agenda:
        return tr("agenda of a %1 on %2").arg(kind, day);
    case SearchHit::Place::Interaction:
        return hit.field == u"notes"_s ? tr("notes of a %1 on %2").arg(kind, day) : tr("%1 on %2").arg(kind, day);
    case SearchHit::Place::Contact:
        break;
    }
    if (hit.field == u"organisation"_s)
        return tr("organisation");
    if (hit.field == u"title"_s)
        return tr("title");
    if (hit.field == u"emails"_s)
        return tr("e-mail");
    if (hit.field == u"notes"_s)
        return tr("notes");
    return tr("name");
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QString(hit.name + u" — "_s + whereText(hit) + u": "_s + hit.snippet);
    case ContactIdRole: return hit.contactId;
    case InteractionIdRole: return hit.interactionId;
    case NameRole: return hit.archived ? tr("%1 (archived)").arg(hit.name) : hit.name;
    case WhereRole: return whereText(hit);
    case SnippetRole: return hit.snippet;
    case HighlightsRole: return QVariant::fromValue(hit.highlights);
    case PlaceRole: return int(hit.place);
    default: return {};
    }
}

} // namespace tend::gui
