#pragma once

#include <QString>
#include <QtGlobal>

// How much of a file the importers will read: larger files and lines are refused with a clear
// message before they are read into memory.
namespace tend::io::limits {

inline constexpr qint64 maxFileBytes = 100LL * 1024 * 1024; // 100 MB
inline constexpr qint64 maxLineBytes = 10LL * 1024 * 1024;  // 10 MB

// "100 MB", "12.3 MB", "640 KB", "80 bytes", for messages about these limits.
QString describeSize(qint64 bytes);

} // namespace tend::io::limits
