#include "views/RowButtons.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>
#include <QWidget>

namespace tend::gui {
namespace {
constexpr int spacing = 6;

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

QSize buttonSize(const QStyleOptionViewItem &option, const QString &label)
{
    QStyleOptionButton button;
    button.fontMetrics = option.fontMetrics;
    button.text = label;
    const QSize text(option.fontMetrics.horizontalAdvance(label), option.fontMetrics.height());
    QSize size = styleOf(option)->sizeFromContents(QStyle::CT_PushButton, &button, text, option.widget);
    size.setWidth(std::max(size.width(), text.width() + 2 * option.fontMetrics.averageCharWidth() + 8));
    return size;
}
} // namespace

int RowButtons::height(const QStyleOptionViewItem &option)
{
    return buttonSize(option, QStringLiteral("Xg")).height();
}

int RowButtons::totalWidth(const QStyleOptionViewItem &option) const
{
    int width = 0;
    for (const QString &label : m_labels)
        width += buttonSize(option, label).width() + spacing;
    return width;
}

QList<QRect> RowButtons::layout(const QStyleOptionViewItem &option, const QRect &row, int top) const
{
    QList<QRect> rects;
    int right = row.right() - spacing;
    for (qsizetype i = m_labels.size() - 1; i >= 0; --i) {
        const QSize size = buttonSize(option, m_labels[i]);
        rects.prepend(QRect(right - size.width() + 1, top, size.width(), size.height()));
        right -= size.width() + spacing;
    }
    return rects;
}

void RowButtons::paint(QPainter *painter, const QStyleOptionViewItem &option, const QRect &row, int top, int pressed) const
{
    const QList<QRect> rects = layout(option, row, top);
    for (qsizetype i = 0; i < rects.size(); ++i) {
        QStyleOptionButton button;
        button.initFrom(option.widget);
        button.rect = rects[i];
        button.text = m_labels[i];
        button.state = QStyle::State_Enabled | (i == pressed ? QStyle::State_Sunken : QStyle::State_Raised);
        // A QStyleOptionButton draws its label as plain text.
        styleOf(option)->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
    }
}

int RowButtons::hitTest(const QStyleOptionViewItem &option, const QRect &row, int top, const QPoint &position) const
{
    const QList<QRect> rects = layout(option, row, top);
    for (qsizetype i = 0; i < rects.size(); ++i)
        if (rects[i].contains(position))
            return int(i);
    return -1;
}

} // namespace tend::gui
