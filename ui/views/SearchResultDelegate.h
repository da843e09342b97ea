#pragma once

#include <QStyledItemDelegate>

namespace tend::gui {

// A search result in two lines: the person (bold) and where the match is, then the excerpt with the
// matched words drawn bold on a highlight. The excerpt is laid out as plain text (QTextLayout with
// format ranges): the user's words are never turned into markup.
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tend::gui
