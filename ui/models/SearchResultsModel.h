#pragma once

#include "model/SearchHit.h"
#include "models/BackgroundList.h"

#include <QAbstractListModel>

namespace tend {
class Notebook;
}

namespace tend::gui {

// The window's search (Edit ▸ Find, Ctrl+F): Notebook::search, the same search as `tend search`,
// one row per contact with where the best match is and the matched words. The query runs on the
// notebook's worker, so a broad prefix over a quarter-million interactions never stalls typing;
// a newer query replaces an older one still running.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)
public:
    enum DataRole {
        ContactIdRole = Qt::UserRole + 1,
        InteractionIdRole,
        NameRole,
        WhereRole,      // "notes", "agenda of a coffee chat on 20 Nov" (plain text)
        SnippetRole,    // the excerpt, plain text
        HighlightsRole, // QList<TextRange> in SnippetRole's text
        PlaceRole,      // SearchHit::Place as int
    };
    static constexpr int limit = 100;

    explicit SearchResultsModel(Notebook &notebook, QObject *parent = nullptr);

    void setQuery(const QString &text);
    QString query() const { return m_query; }
    bool isSearching() const { return m_load.isLoading(); }
    const SearchHit *hitAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void searchFailed(const QString &message);
    // The results of the current query are in.
    void searched();

private:
    void run();
    QString whereText(const SearchHit &hit) const;

    Notebook &m_notebook;
    QString m_query;
    QList<SearchHit> m_hits;
    BackgroundList<SearchHit> m_load;
};

} // namespace tend::gui

Q_DECLARE_METATYPE(QList<tend::TextRange>)
