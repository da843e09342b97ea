#include "views/TodayDelegate.h"

#include "Colors.h"
#include "models/TodayModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {
constexpr int margin = 8;
constexpr int accentWidth = 4;
constexpr int textLeft = margin + accentWidth + 10;
} // namespace

TodayDelegate::TodayDelegate(QObject *parent)
    : QStyledItemDelegate(parent),
      m_buttons{RowButtons({tr("Done"), tr("Snooze ▾"), tr("Log"), tr("Open")}),
                {Action::Done, Action::Snooze, Action::Log, Action::Open}},
      m_practiceButtons{RowButtons({tr("Done"), tr("Log"), tr("Open")}), {Action::Done, Action::Log, Action::Open}},
      m_answerButtons{RowButtons({tr("Answered"), tr("Log"), tr("Open")}), {Action::Done, Action::Log, Action::Open}},
      m_chaseButtons{RowButtons({tr("Agreed"), tr("Declined"), tr("Open")}),
                     {Action::Done, Action::Declined, Action::Open}},
      m_meetingButtons{RowButtons({tr("Open")}), {Action::Open}}
{
}

const TodayDelegate::ButtonSet &TodayDelegate::buttonsFor(const QModelIndex &index) const
{
    if (!index.data(TodayModel::IsPracticeRole).toBool())
        return m_buttons;
    switch (DueItem::Kind(index.data(TodayModel::KindRole).toInt())) {
    case DueItem::Kind::PlannedMeeting:
    case DueItem::Kind::MeetingAgenda: return m_meetingButtons;
    case DueItem::Kind::AnswerOwed: return m_answerButtons;
    case DueItem::Kind::IntroChase: return m_chaseButtons;
    default: return m_practiceButtons;
    }
}

QSize TodayDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = option.fontMetrics.lineSpacing();
    if (index.data(TodayModel::IsHeadingRole).toBool())
        return {200, line + (index.row() == 0 ? 10 : 22)};
    const int second = std::max(line, RowButtons::height(option));
    return {400, margin + line + 4 + second + margin};
}

int TodayDelegate::buttonTop(const QStyleOptionViewItem &option) const
{
    const int line = option.fontMetrics.lineSpacing();
    return option.rect.top() + margin + line + 4;
}

void TodayDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette &palette = opt.palette;
    painter->save();
    painter->setClipRect(opt.rect);
    const int line = opt.fontMetrics.lineSpacing();

    if (index.data(TodayModel::IsHeadingRole).toBool()) {
        QFont font = opt.font;
        font.setBold(true);
        painter->setFont(font);
        // Headings are not selectable, so the option carries the disabled colours; use the normal ones.
        QPalette active = palette;
        active.setCurrentColorGroup(QPalette::Active);
        painter->setPen(active.color(QPalette::Text));
        QRect text = opt.rect.adjusted(margin, 0, -margin, -4);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine, index.data().toString());
        painter->restore();
        return;
    }

    // Background, selection and focus the way the platform style draws them.
    opt.text.clear();
    opt.icon = {};
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const auto urgency = TodayModel::Urgency(index.data(TodayModel::UrgencyRole).toInt());
    if (urgency != TodayModel::Urgency::None) {
        const QColor accent = urgency == TodayModel::Urgency::Overdue ? colors::overdue(palette) : colors::dueToday(palette);
        painter->fillRect(QRect(opt.rect.left() + margin, opt.rect.top() + margin, accentWidth,
                                opt.rect.height() - 2 * margin),
                          accent);
    }

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = selected ? textColor : colors::muted(palette);
    const bool showButtons = selected || (opt.state & QStyle::State_MouseOver);

    const QRect first(opt.rect.left() + textLeft, opt.rect.top() + margin, opt.rect.width() - textLeft - margin, line);
    const QString when = index.data(TodayModel::WhenRole).toString();
    const int whenWidth = opt.fontMetrics.horizontalAdvance(when) + margin;

    // Line 1: name (bold) · roles ........ when
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int nameSpace = first.width() - whenWidth;
    const QString name = boldMetrics.elidedText(index.data(TodayModel::NameRole).toString(), Qt::ElideRight,
                                                std::max(0, nameSpace));
    painter->setFont(bold);
    painter->setPen(textColor);
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, name);
    const int nameWidth = boldMetrics.horizontalAdvance(name);
    const QString roles = index.data(TodayModel::RolesTextRole).toString();
    painter->setFont(opt.font);
    if (!roles.isEmpty()) {
        QRect rolesRect = first.adjusted(nameWidth, 0, -whenWidth, 0);
        painter->setPen(secondary);
        painter->drawText(rolesRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          opt.fontMetrics.elidedText(u" · "_s + roles, Qt::ElideRight, rolesRect.width()));
    }
    painter->setPen(urgency == TodayModel::Urgency::None ? secondary : textColor);
    painter->drawText(first, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, when);

    // Line 2: reason ........ [Done] [Snooze ▾] [Log] [Open]
    const int top = buttonTop(opt);
    const int secondHeight = std::max(line, RowButtons::height(opt));
    const int buttonsWidth = showButtons ? buttonsFor(index).buttons.totalWidth(opt) : 0;
    const QRect second(first.left(), top, first.width() - buttonsWidth, secondHeight);
    painter->setPen(textColor);
    painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      opt.fontMetrics.elidedText(index.data(TodayModel::ReasonRole).toString(), Qt::ElideRight,
                                                 second.width()));
    if (showButtons)
        buttonsFor(index).buttons.paint(painter, opt, opt.rect, top);
    painter->restore();
}

bool TodayDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease && !index.data(TodayModel::IsHeadingRole).toBool()) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const ButtonSet &set = buttonsFor(index);
        const RowButtons &buttons = set.buttons;
        const int hit = buttons.hitTest(option, option.rect, buttonTop(option), mouse->position().toPoint());
        if (hit >= 0 && mouse->button() == Qt::LeftButton) {
            const QRect button = buttons.layout(option, option.rect, buttonTop(option)).at(hit);
            const QWidget *view = option.widget;
            const QPoint anchor = view ? qobject_cast<const QAbstractItemView *>(view)
                                             ? static_cast<const QAbstractItemView *>(view)->viewport()->mapToGlobal(button.bottomLeft())
                                             : view->mapToGlobal(button.bottomLeft())
                                       : button.bottomLeft();
            emit actionRequested(index, set.actions.at(hit), anchor);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace tend::gui
