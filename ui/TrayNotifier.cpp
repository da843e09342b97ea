#include "TrayNotifier.h"

#include "DisplayText.h"
#include "Notebook.h"
#include "models/TodayModel.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace tend::gui {

TrayNotifier::TrayNotifier(Notebook &notebook, const TodayModel &today, QObject *parent)
    : QObject(parent), m_notebook(notebook), m_today(today)
{
    connect(&m_today, &TodayModel::loaded, this, &TrayNotifier::check);
    if (m_today.hasLoaded())
        check();
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
    if (m_remembered)
        updateToolTip(dueNow());
    else
        m_tray->setToolTip(tr("Tend")); // until Today has loaded
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
    auto parts = m_notebook.trayDigestParts(); // read each time: Preferences may have changed it
    return parts ? DueDigest::filtered(m_today.dueNow(), *parts) : QList<DueItem>();
}

void TrayNotifier::check()
{
    const QList<DueItem> due = dueNow();
    if (!m_remembered) {
        m_remembered = true;
        m_digest.remember(due); // what was due at the start is on Today; announce only what comes later
    }
    const QList<DueItem> fresh = m_digest.takeNew(due);
    if (!m_tray)
        return;
    updateToolTip(due);
    if (fresh.isEmpty())
        return;
    m_tray->showMessage(tr("Tend"), text::inertMarkup(DueDigest::text(fresh)), QSystemTrayIcon::Information, 15000);
}

} // namespace tend::gui
