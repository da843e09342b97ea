#include "db/FileClaim.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>

#include <cerrno>
#include <cstring>
#include <optional>

#include <sys/stat.h>

namespace tend {
namespace {

struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(tend::Database) // its messages are the database's
};

// A file is the same file under any of its names: claims are kept by device and inode.
std::optional<FileClaim::Key> keyOf(const QString &path, int *error = nullptr)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        if (error)
            *error = errno;
        return std::nullopt;
    }
    return FileClaim::Key{quint64(status.st_dev), quint64(status.st_ino)};
}

struct Claims
{
    QMutex mutex;
    QHash<FileClaim::Key, int> held;
};

Claims &claims()
{
    static Claims instance;
    return instance;
}

} // namespace

FileClaim &FileClaim::operator=(FileClaim &&other) noexcept
{
    if (this != &other) {
        release();
        m_key = std::exchange(other.m_key, {});
    }
    return *this;
}

FileClaim::~FileClaim()
{
    release();
}

void FileClaim::release()
{
    if (m_key == Key{})
        return;
    Claims &all = claims();
    const QMutexLocker lock(&all.mutex);
    if (auto it = all.held.find(m_key); it != all.held.end() && --*it == 0)
        all.held.erase(it);
    m_key = {};
}

Result<FileClaim> FileClaim::claim(const QString &path, const std::function<Status()> &inspect)
{
    Claims &all = claims();
    const QMutexLocker lock(&all.mutex);
    int error = 0;
    const auto key = keyOf(path, &error);
    if (!key) {
        return Error{Error::Code::Io, DatabaseText::tr("Cannot read %1: %2.")
                                          .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error)))};
    }
    if (!all.held.contains(*key)) {
        if (Status inspected = inspect(); !inspected)
            return inspected.error();
    }
    ++all.held[*key];
    return FileClaim(*key);
}

int FileClaim::heldOn(const QString &path)
{
    Claims &all = claims();
    const QMutexLocker lock(&all.mutex);
    const auto key = keyOf(path);
    return key ? all.held.value(*key) : 0;
}

} // namespace tend
