#include "views/SearchResultDelegate.h"

#include "Colors.h"
#include "models/SearchResultsModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {
constexpr int margin = 8;
} // namespace

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.lineSpacing();
    return {400, margin + line + 4 + line + margin};
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    painter->save();
    painter->setClipRect(opt.rect);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const QPalette &palette = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = selected ? textColor : colors::muted(palette);
    const int line = opt.fontMetrics.lineSpacing();
    const QRect first(opt.rect.left() + margin, opt.rect.top() + margin, opt.rect.width() - 2 * margin, line);

    // Line 1: name (bold) · where
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString name = boldMetrics.elidedText(index.data(SearchResultsModel::NameRole).toString(), Qt::ElideRight,
                                                first.width() * 2 / 3);
    painter->setFont(bold);
    painter->setPen(textColor);
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, name);
    const int nameWidth = boldMetrics.horizontalAdvance(name);
    painter->setFont(opt.font);
    painter->setPen(secondary);
    const QRect whereRect = first.adjusted(nameWidth, 0, 0, 0);
    painter->drawText(whereRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      opt.fontMetrics.elidedText(u" · "_s + index.data(SearchResultsModel::WhereRole).toString(),
                                                 Qt::ElideRight, whereRect.width()));

    // Line 2: the excerpt, its matched words highlighted by range.
    const QRect second(first.left(), first.bottom() + 1 + 4, first.width(), line);
    const QString whole = index.data(SearchResultsModel::SnippetRole).toString();
    const QString snippet = opt.fontMetrics.elidedText(whole, Qt::ElideRight, second.width());
    const qsizetype kept = snippet == whole ? snippet.size() : snippet.size() - 1; // before the "…"
    const auto ranges = index.data(SearchResultsModel::HighlightsRole).value<QList<TextRange>>();
    QList<QTextLayout::FormatRange> formats;
    QTextCharFormat matched;
    matched.setFontWeight(QFont::Bold);
    if (!selected) {
        QColor background = palette.color(QPalette::Highlight);
        background.setAlpha(60);
        matched.setBackground(background);
    }
    for (const TextRange &range : ranges) {
        // The elided text keeps the start of the excerpt; a range past its end is not drawn.
        const qsizetype end = std::min<qsizetype>(range.start + range.length, kept);
        if (range.start < end)
            formats.append({int(range.start), int(end - range.start), matched});
    }
    QTextLayout layout(snippet, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    if (textLine.isValid())
        textLine.setLineWidth(second.width());
    layout.endLayout();
    painter->setPen(textColor);
    layout.draw(painter, second.topLeft());
    painter->restore();
}

} // namespace tend::gui
