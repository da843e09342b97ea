#include "TrayNotifier.h"

#include "Notebook.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace tend::gui {

TrayNotifier::TrayNotifier(Notebook &notebook, QObject *parent)
    : QObject(parent), m_notebook(notebook)
{
    m_digest.remember(dueNow()); // what is already due is on Today; announce only what comes later
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = new QMenu;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::showWindowRequested);
    connect(&m_notebook, &Notebook::changed, this, [this] {
        const QString digest = DueDigest::text(dueNow());
        m_tray->setToolTip(digest.isEmpty() ? tr("Tend · nothing due") : QString(u"Tend · "_s + digest));
    });
    const QString digest = DueDigest::text(dueNow());
    m_tray->setToolTip(digest.isEmpty() ? tr("Tend · nothing due") : QString(u"Tend · "_s + digest));
    m_tray->show();
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu;
}

QList<DueItem> TrayNotifier::dueNow() const
{
    QList<DueItem> items;
    auto due = m_notebook.due(m_notebook.today(), 0);
    if (due)
        for (const DueItem &item : *due)
            if (item.overdueDays >= 0)
                items.append(item);
    return items;
}

void TrayNotifier::check()
{
    const QList<DueItem> fresh = m_digest.takeNew(dueNow());
    if (fresh.isEmpty() || !m_tray)
        return;
    m_tray->showMessage(tr("Tend"), DueDigest::text(fresh), QSystemTrayIcon::Information, 15000);
}

} // namespace tend::gui
