#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "Notebook.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/LogInteractionDialog.h"
#include "models/ContactTableModel.h"
#include "models/TodayModel.h"
#include "views/ContactPage.h"
#include "views/ContactsView.h"
#include "views/TodayView.h"

#include <QApplication>
#include <QColor>
#include <QListView>
#include <QLineEdit>
#include <QPalette>
#include <QPixmap>
#include <QScreen>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tend::gui {

ScreenshotTour::ScreenshotTour(MainWindow &window, const QString &folder, QObject *parent)
    : QObject(parent), m_window(window), m_folder(folder)
{
    m_folder.mkpath(u"."_s);
}

void ScreenshotTour::start()
{
    QTimer::singleShot(1200, this, &ScreenshotTour::step);
}

void ScreenshotTour::save(const QString &name)
{
    QScreen *screen = m_window.screen();
    QPixmap shot = screen->grabWindow(0);
    if (shot.isNull())
        shot = m_window.grab();
    shot.save(m_folder.filePath(name + u".png"_s));
}

void ScreenshotTour::step()
{
    const int settle = 700;
    switch (m_step++) {
    case 0: {
        TodayModel *today = m_window.todayView()->model();
        if (!today->hasLoaded()) { // the shot shows Today's rows: wait for them
            m_step = 0;
            connect(today, &TodayModel::loaded, this, &ScreenshotTour::step, Qt::SingleShotConnection);
            return;
        }
        m_window.showPage(MainWindow::Page::Today);
        for (int row = 0; row < today->rowCount(); ++row)
            if (today->itemAt(today->index(row))) {
                m_window.todayView()->listView()->setCurrentIndex(today->index(row));
                break;
            }
        break;
    }
    case 1:
        save(u"1-today"_s);
        m_window.showPage(MainWindow::Page::Contacts);
        break;
    case 2:
        save(u"2-contacts"_s);
        {
            qint64 id = 0;
            TodayModel *today = m_window.todayView()->model();
            for (int row = 0; row < today->rowCount() && !id; ++row)
                id = today->index(row).data(TodayModel::ContactIdRole).toLongLong();
            if (!id)
                id = m_window.contactsView()->model()->contactId(0);
            m_window.openContact(id);
        }
        break;
    case 3:
        save(u"3-contact"_s);
        {
            auto *dialog = m_window.createLogDialog(m_window.contactPage()->contactId());
            dialog->summaryField()->setText(u"Career options after the PhD"_s);
            dialog->show();
            m_dialog = dialog;
        }
        break;
    case 4:
        save(u"4-log-dialog"_s);
        if (m_dialog)
            m_dialog->close();
        m_window.showPage(MainWindow::Page::Helped);
        break;
    case 5:
        save(u"5-helped"_s);
        {
            auto *dialog = new ContactDialog(m_window.notebook(), *m_window.notebook().contact(m_window.contactPage()->contactId()), &m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->emailsField()->setText(dialog->emailsField()->text() + u", not-an-address"_s);
            dialog->show();
            m_dialog = dialog;
        }
        break;
    case 6:
        save(u"6-contact-dialog"_s);
        m_dialog->close();
        m_window.showPage(MainWindow::Page::Insights);
        break;
    case 7:
        save(u"7-insights"_s);
        QApplication::quit();
        return;
    }
    QTimer::singleShot(settle, this, &ScreenshotTour::step);
}

} // namespace tend::gui
