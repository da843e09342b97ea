#include "dialogs/ErrorDialog.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace tend::gui {

QString ErrorDialog::advice(const Error &error)
{
    switch (error.code) {
    case Error::Code::Busy:
        return tr("Another program is writing to the notebook. Wait a moment and try again.");
    case Error::Code::ReadOnly:
        return tr("Check that you may write to the notebook file and its folder.");
    case Error::Code::DiskFull:
        return tr("Free some disk space, then try again.");
    case Error::Code::Corrupt:
        return tr("Restore the notebook from a copy: Tend keeps them in the \"backups\" folder beside it.");
    case Error::Code::TooNew:
        return tr("Install the newer version of Tend that wrote this notebook.");
    case Error::Code::NotFound:
        return tr("It may have been changed from another window or the command line.");
    case Error::Code::Invalid:
    case Error::Code::Ambiguous:
        return tr("Correct the entry and try again.");
    case Error::Code::Conflict:
        return tr("It may already have been done, here or from the command line.");
    case Error::Code::Constraint:
        return tr("Nothing was changed. Check the values you entered and try again.");
    case Error::Code::Cancelled:
        return tr("Nothing was changed.");
    case Error::Code::Database:
    case Error::Code::Io:
        return tr("Nothing was changed. Try again; if it keeps failing, check the disk.");
    case Error::Code::Network:
        return tr("Check the connection and the server address, then try again.");
    case Error::Code::Unauthorized:
        return tr("Check the user name and password for the server.");
    }
    return {};
}

void ErrorDialog::show(QWidget *parent, const QString &whatFailed, const Error &error)
{
    // One plain-text label: error messages can quote names the user typed.
    QMessageBox box(QMessageBox::Warning, tr("Tend"), {},
                    QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.setText(QString(whatFailed + u"\n\n" + error.message + u"\n\n" + advice(error)));
    box.exec();
}

} // namespace tend::gui
