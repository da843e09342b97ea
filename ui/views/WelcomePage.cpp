#include "views/WelcomePage.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tend::gui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("Welcome to Tend"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Keep up with the mentors, sponsors, coaches and peers who help you grow.\n"
                               "Log a chat, and Tend reminds you to follow up."),
                            this);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add your first contact…"), this);
    add->setDefault(true);
    add->setAccessibleName(tr("Add your first contact"));
    auto *demo = new QPushButton(tr("Open the &demo network"), this);
    demo->setAccessibleName(tr("Open the demo network"));
    demo->setToolTip(tr("A made-up network in its own notebook: your notes are not touched"));
    connect(add, &QPushButton::clicked, this, &WelcomePage::addContactRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(16);
    layout->addWidget(add, 0, Qt::AlignHCenter);
    layout->addWidget(demo, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    setFocusProxy(add);
}

} // namespace tend::gui
