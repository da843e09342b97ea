#pragma once

#include "schedule/Clock.h"

#include <QString>
#include <QStringList>

namespace tend::gui {

struct GuiOptions
{
    QString databasePath; // already resolved by app/ (--db, $TEND_DB or the default location)
    Clock clock = Clock::system();
    bool demo = false;    // open the demo database, generating the demo network when empty
    QStringList importFiles; // `tend FILE.vcf`: the import preview opens for these (in a running window, if any)
    bool exitAfterStartup = false; // quit with 0 once the window's first frame (with data) is on screen
};

// Creates the QApplication, opens the notebook (explaining any failure in a dialog), shows the
// main window and runs the event loop. Returns the exit code.
int run(int &argc, char **argv, const GuiOptions &options);

} // namespace tend::gui
