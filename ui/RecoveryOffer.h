#pragma once

#include "db/BackupInfo.h"
#include "schedule/Clock.h"
#include "util/Result.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace tend {
class Notebook;
}

namespace tend::gui {

// What Tend offers when the notebook cannot be opened on start: for a damaged or unreadable file
// (Corrupt, Io) the newest good backup, if there is one; the message names the file and says the
// damaged file is kept. Other failures (busy, read-only, too new) are not cured by a restore.
struct RecoveryOffer
{
    QString databasePath;
    std::optional<BackupInfo> backup; // set when a restore is offered
    QString message;                  // plain text for the dialog
    Clock clock = Clock::system();    // says when the backup was taken ("today 09:12")

    static bool restoreCanHelp(const Error &error);
    static RecoveryOffer forOpenFailure(const QString &databasePath, const Error &error,
                                        const Clock &clock = Clock::system());

    // "Restore the backup from Monday 23 November 09:12"; empty without a backup.
    QString restoreButtonText() const;

    // Names the file and offers the newest good backup next to `declineText` (Quit, Close…).
    // True when the user chose the backup.
    bool askToRestore(const QString &declineText, QWidget *parent = nullptr) const;

    // Restores the offered backup over the damaged notebook, which is kept among the backups (its
    // path goes to `keptPath`), and opens the result.
    Result<std::unique_ptr<Notebook>> restoreAndOpen(const Clock &clock, QString &keptPath) const;

    Q_DECLARE_TR_FUNCTIONS(tend::gui::RecoveryOffer)
};

} // namespace tend::gui
