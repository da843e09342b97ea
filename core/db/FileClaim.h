#pragma once

#include "util/Result.h"

#include <QHashFunctions>
#include <QString>

#include <functional>
#include <utility>

namespace tend {

// This process's claim on a database file, held for as long as one of its connections has the
// file open.
//
// POSIX record locks belong to the process, and closing any descriptor of a file releases all of
// them. A QFile that reads a notebook which a connection of this process holds (the window's, while
// its worker opens a second one) silently unlocks it for other processes: a `tend` command may then
// take itself for the last connection, checkpoint the WAL and delete it and its index under the
// window (SQLite's "How To Corrupt An SQLite Database File", section 2.2). So the file is read
// through a descriptor of our own only while no claim is held on it.
class FileClaim final
{
public:
    FileClaim() = default;
    FileClaim(FileClaim &&other) noexcept : m_key(std::exchange(other.m_key, {})) {}
    FileClaim &operator=(FileClaim &&other) noexcept;
    FileClaim(const FileClaim &) = delete;
    FileClaim &operator=(const FileClaim &) = delete;
    ~FileClaim();

    // Claims the existing file at `path`. `inspect`, which may open and close the file, runs first
    // when this process held no claim on it; its failure claims nothing. Both happen under one lock,
    // so no other connection of this process opens the file in between.
    static Result<FileClaim> claim(const QString &path, const std::function<Status()> &inspect);

    // How many claims this process holds on the file at `path` (0 when it does not exist).
    static int heldOn(const QString &path);

    struct Key
    {
        quint64 device = 0;
        quint64 inode = 0;
        bool operator==(const Key &) const = default;
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept { return qHashMulti(seed, key.device, key.inode); }
    };

private:
    explicit FileClaim(Key key) : m_key(key) {}
    void release();

    Key m_key;
};

} // namespace tend
