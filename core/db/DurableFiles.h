#pragma once

#include "util/Result.h"

#include <QString>

// File operations that survive a crash or power cut: synced to disk, replaced atomically, and
// readable by the owner only. Used for backups and restores of the database file.
namespace tend::durable {

// Creates `path` (and its parents) if needed and makes it owner-only (0700).
Status makePrivateFolder(const QString &path);

// Flushes a file's or a folder's contents to the disk (fsync).
Status syncFile(const QString &path);
Status syncFolder(const QString &path);

// Copies the bytes of `source` to the new file `target` (0600), synced. Fails if `target` exists.
Status copyPrivately(const QString &source, const QString &target);

// The name under which a file is written before publish() gives it its real name: hidden, in the
// same folder, never matching "*.db".
QString partialNameFor(const QString &target);

// Gives the finished file `partial` the name `target` in one step, failing if `target` exists
// (link(2) then unlink(2)): a reader never sees a half-written file under the real name.
Status publish(const QString &partial, const QString &target);

// Moves `source` over `target` in one step (rename(2)); both must be in the same folder. Readers
// see either the old file or the new one, never a mixture. The folder is synced afterwards.
Status replaceFile(const QString &source, const QString &target);

} // namespace tend::durable
