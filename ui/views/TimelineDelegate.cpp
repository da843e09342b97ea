#include "views/TimelineDelegate.h"

#include "Colors.h"
#include "models/TimelineModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {
constexpr int margin = 6;
constexpr int maxDetailLines = 6;
constexpr int markerWidth = 24;
constexpr Qt::Alignment topLeft = Qt::AlignLeft | Qt::AlignTop;
} // namespace

TimelineDelegate::TimelineDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_buttons({tr("Done"), tr("Snooze ▾")})
{
}

int TimelineDelegate::dateColumnWidth(const QStyleOptionViewItem &option) const
{
    // Room for text::shortDate with a year, in the locales' abbreviations ("28. Sept. 2025").
    return option.fontMetrics.horizontalAdvance(u"00. MMM. 0000"_s) + 2 * margin;
}

QRect TimelineDelegate::detailsRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString details = index.data(TimelineModel::DetailsRole).toString();
    if (details.isEmpty())
        return {};
    const int left = option.rect.left() + dateColumnWidth(option) + markerWidth;
    const int width = std::max(100, option.rect.right() - margin - left);
    QRect bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap | topLeft, details);
    bounds.setHeight(std::min(bounds.height(), maxDetailLines * option.fontMetrics.lineSpacing()));
    return QRect(left, 0, width, bounds.height());
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int line = opt.fontMetrics.lineSpacing();
    int height = margin + line;
    if (!index.data(TimelineModel::SummaryRole).toString().isEmpty())
        height += line;
    const QRect details = detailsRect(opt, index);
    if (!details.isNull())
        height += details.height() + 2;
    if (index.data(TimelineModel::IsOpenReminderRole).toBool())
        height = std::max(height, margin + RowButtons::height(opt));
    return {400, height + margin + 2};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setClipRect(opt.rect);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = selected ? textColor : colors::muted(opt.palette);
    const int line = opt.fontMetrics.lineSpacing();
    const bool interaction = index.data(TimelineModel::IsInteractionRole).toBool();
    const bool openReminder = index.data(TimelineModel::IsOpenReminderRole).toBool();

    const int dateWidth = dateColumnWidth(opt);
    const QRect dateRect(opt.rect.left() + margin, opt.rect.top() + margin, dateWidth - margin, line);
    painter->setPen(secondary);
    painter->drawText(dateRect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                      index.data(TimelineModel::DateTextRole).toString());

    // A marker: ▸ for interactions, ○ for open reminders, ✓ for finished ones.
    const QString marker = interaction ? u"▸"_s : openReminder ? u"○"_s : u"✓"_s;
    painter->drawText(QRect(opt.rect.left() + dateWidth, dateRect.top(), markerWidth, line), Qt::AlignCenter, marker);

    const int left = opt.rect.left() + dateWidth + markerWidth;
    const int buttonsWidth = openReminder ? m_buttons.totalWidth(opt) : 0;
    QRect titleRect(left, dateRect.top(), opt.rect.right() - margin - left - buttonsWidth, line);
    QFont titleFont = opt.font;
    titleFont.setBold(interaction);
    painter->setFont(titleFont);
    painter->setPen(textColor);
    const QString title = index.data(TimelineModel::TitleRole).toString();
    const QFontMetrics titleMetrics(titleFont);
    if (interaction) {
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    } else {
        // "Follow up on coffee chat" then its state, "(3 days overdue)" in the overdue colour.
        const QString state = tr("(%1)").arg(index.data(TimelineModel::StateRole).toString());
        const int stateWidth = std::min(titleMetrics.horizontalAdvance(state), titleRect.width() / 2);
        const int gap = titleMetrics.horizontalAdvance(u' ');
        const QString shownTitle = titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width() - stateWidth - gap);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shownTitle);
        QRect stateRect = titleRect;
        stateRect.setLeft(titleRect.left() + titleMetrics.horizontalAdvance(shownTitle) + gap);
        const bool overdue = index.data(TimelineModel::IsOverdueRole).toBool();
        painter->setPen(selected ? textColor : overdue ? colors::overdue(opt.palette) : secondary);
        painter->drawText(stateRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          titleMetrics.elidedText(state, Qt::ElideRight, stateRect.width()));
        painter->setPen(textColor);
    }
    painter->setFont(opt.font);

    int y = titleRect.bottom() + 1;
    const QString summary = index.data(TimelineModel::SummaryRole).toString();
    if (!summary.isEmpty()) {
        const QRect summaryRect(left, y, opt.rect.right() - margin - left, line);
        painter->drawText(summaryRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          opt.fontMetrics.elidedText(summary, Qt::ElideRight, summaryRect.width()));
        y += line;
    }
    QRect details = detailsRect(opt, index);
    if (!details.isNull()) {
        details.moveTop(y + 2);
        painter->setPen(secondary);
        painter->drawText(details, Qt::TextWordWrap | topLeft, index.data(TimelineModel::DetailsRole).toString());
    }
    if (openReminder)
        m_buttons.paint(painter, opt, opt.rect, opt.rect.top() + margin / 2);
    painter->restore();
}

bool TimelineDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease && index.data(TimelineModel::IsOpenReminderRole).toBool()) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const int top = option.rect.top() + margin / 2;
        const int hit = m_buttons.hitTest(option, option.rect, top, mouse->position().toPoint());
        if (hit >= 0 && mouse->button() == Qt::LeftButton) {
            const QRect button = m_buttons.layout(option, option.rect, top).at(hit);
            QPoint anchor = button.bottomLeft();
            if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
                anchor = view->viewport()->mapToGlobal(anchor);
            emit actionRequested(index, Action(hit), anchor);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace tend::gui
