#include "views/RoleCard.h"

#include "Colors.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace tend::gui {

RoleCard::RoleCard(Role role, QWidget *parent)
    : QFrame(parent), m_name(new QLabel(displayName(role), this)), m_count(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextFormat(Qt::PlainText);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true); // "38 active / of 43" in a narrow window rather than a sideways scroll
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_name);
    layout->addWidget(m_count);
}

void RoleCard::setActivity(const RoleActivity &activity, bool calledOut)
{
    m_count->setText(activity.total == 0 ? tr("nobody yet") : tr("%1 active of %2").arg(activity.active).arg(activity.total));
    m_calledOut = calledOut;
    setAccessibleName(tr("%1: %2").arg(displayName(activity.role), m_count->text()));
    applyColour();
}

QString RoleCard::countText() const
{
    return m_count->text();
}

void RoleCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColour();
}

void RoleCard::applyColour()
{
    QPalette countPalette = palette();
    if (m_calledOut)
        countPalette.setColor(QPalette::WindowText, colors::overdue(palette()));
    m_count->setPalette(countPalette);
}

} // namespace tend::gui
