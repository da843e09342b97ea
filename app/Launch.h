#pragma once

#include "cli/GlobalOptions.h"

#include <QStringList>

#include <optional>

namespace tend::app {

// What `tend` and `tend-window` do first with their arguments: umask, names, the logging filter,
// and the global options, each refusal said on stderr, translated.
struct Launch
{
    std::optional<int> exitCode; // set when the arguments were refused: exit with it
    cli::GlobalOptions options;
    bool window = false; // no command (or only files to import): the window
    QStringList files;   // `tend FILE…`: the files the window's import preview opens
};

Launch prepareLaunch(int argc, char **argv);

// Runs the command of `options` in a core application (no display).
int runCommand(int &argc, char **argv, const cli::GlobalOptions &options);

} // namespace tend::app
