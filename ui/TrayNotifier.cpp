#include "TrayNotifier.h"

#include "DisplayText.h"
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
    updateToolTip(dueNow());
    m_tray->show();
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu;
}

void TrayNotifier::updateToolTip(const QList<DueItem> &due)
{
    const QString digest = DueDigest::text(due);
    m_tray->setToolTip(digest.isEmpty() ? tr("Tend · nothing due") : text::inertMarkup(u"Tend · "_s + digest));
}

QList<DueItem> TrayNotifier::dueNow() const
{
    QList<DueItem> items;
    auto due = m_notebook.due(m_notebook.today(), 0);
    auto parts = m_notebook.trayDigestParts(); // read each time: Preferences may have changed it
    if (due && parts)
        for (const DueItem &item : DueDigest::filtered(*due, *parts))
            if (item.overdueDays >= 0)
                items.append(item);
    return items;
}

void TrayNotifier::check()
{
    const QList<DueItem> due = dueNow(); // one query serves the tooltip and the digest
    const QList<DueItem> fresh = m_digest.takeNew(due);
    if (!m_tray)
        return;
    updateToolTip(due);
    if (fresh.isEmpty())
        return;
    m_tray->showMessage(tr("Tend"), text::inertMarkup(DueDigest::text(fresh)), QSystemTrayIcon::Information, 15000);
}

} // namespace tend::gui
