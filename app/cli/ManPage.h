#pragma once

#include <QString>

namespace tend::cli {

class CommandTable;

struct ManPageInfo
{
    QString version;     // "0.1.0"
    QString releaseDate; // "2026-12-01"
};

// tend(1) in roff, from the same command table that `tend --help` prints, so the two cannot drift.
QString manPage(const CommandTable &table, const ManPageInfo &info);

} // namespace tend::cli
