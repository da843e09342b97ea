#include "views/NavigationDelegate.h"

#include "Colors.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace tend::gui {
namespace {
constexpr int padding = 8;
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.lineSpacing() + 2 * padding - 4));
    size.setWidth(size.width() + option.fontMetrics.horizontalAdvance(QStringLiteral("0000")) + 2 * padding);
    return size;
}

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int count = index.data(CountRole).toInt();
    const QString countText = count > 0 ? QLocale().toString(count) : QString();
    const int countWidth = countText.isEmpty() ? 0 : opt.fontMetrics.horizontalAdvance(countText) + padding;

    const QString label = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = opt.rect.adjusted(padding, 0, -padding, 0);
    painter->save();
    painter->setPen(text);
    painter->drawText(area.adjusted(0, 0, -countWidth, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      opt.fontMetrics.elidedText(label, Qt::ElideRight, area.width() - countWidth));
    if (!countText.isEmpty()) {
        painter->setPen(selected ? text : colors::muted(opt.palette));
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, countText);
    }
    painter->restore();
}

} // namespace tend::gui
