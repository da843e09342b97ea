#include "db/DurableFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tend::durable {
namespace {

struct DurableFilesText
{
    Q_DECLARE_TR_FUNCTIONS(tend::durable)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error ioError(const QString &what, const QString &path)
{
    //: %1 what failed ("Cannot open"), %2 the file, %3 the system's reason ("No space left on device")
    return Error{Error::Code::Io, DurableFilesText::tr("%1 %2: %3.")
                                      .arg(what, native(path), QString::fromLocal8Bit(std::strerror(errno)))};
}

Status syncPath(const QString &path, int flags)
{
    const QByteArray encoded = QFile::encodeName(path);
    const int fd = ::open(encoded.constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return ioError(DurableFilesText::tr("Cannot open"), path);
    const int synced = ::fsync(fd);
    const int savedErrno = errno;
    ::close(fd);
    if (synced != 0) {
        errno = savedErrno;
        return ioError(DurableFilesText::tr("Cannot flush to disk"), path);
    }
    return {};
}

} // namespace

Status makePrivateFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return Error{Error::Code::ReadOnly, DurableFilesText::tr("Cannot create the folder %1.").arg(native(path))};
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (QFile::permissions(path) != ownerOnly && !QFile::setPermissions(path, ownerOnly))
        return Error{Error::Code::ReadOnly, DurableFilesText::tr("Cannot make the folder %1 private to you.")
                                                .arg(native(path))};
    return {};
}

Status syncFile(const QString &path)
{
    return syncPath(path, O_RDONLY);
}

Status syncFolder(const QString &path)
{
    return syncPath(path, O_RDONLY | O_DIRECTORY);
}

Status copyPrivately(const QString &source, const QString &target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, DurableFilesText::tr("Cannot read %1: %2.").arg(native(source), in.errorString())};
    if (QFileInfo::exists(target))
        return Error{Error::Code::Io, DurableFilesText::tr("%1 already exists.").arg(native(target))};
    const QString partial = partialNameFor(target);
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{Error::Code::Io, DurableFilesText::tr("Cannot create %1: %2.").arg(native(target), out.errorString())};
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return Error{Error::Code::Io, DurableFilesText::tr("Cannot read %1: %2.").arg(native(source), in.errorString())};
        if (out.write(chunk) != chunk.size()) {
            const Error error{out.error() == QFileDevice::ResourceError ? Error::Code::DiskFull : Error::Code::Io,
                              DurableFilesText::tr("Cannot write %1: %2.").arg(native(target), out.errorString())};
            out.close();
            QFile::remove(partial);
            return error;
        }
    }
    if (!out.flush()) {
        out.close();
        QFile::remove(partial);
        return Error{Error::Code::Io, DurableFilesText::tr("Cannot write %1: %2.").arg(native(target), out.errorString())};
    }
    if (::fsync(out.handle()) != 0) {
        out.close();
        QFile::remove(partial);
        return ioError(DurableFilesText::tr("Cannot flush to disk"), target);
    }
    out.close();
    return publish(partial, target);
}

QString partialNameFor(const QString &target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(u".%1.partial-%2"_s.arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
}

Status publish(const QString &partial, const QString &target)
{
    const QByteArray from = QFile::encodeName(partial);
    const QByteArray to = QFile::encodeName(target);
    if (::link(from.constData(), to.constData()) != 0) {
        const Error error = ioError(DurableFilesText::tr("Cannot create"), target);
        QFile::remove(partial);
        return error;
    }
    ::unlink(from.constData());
    return syncFolder(QFileInfo(target).absolutePath());
}

Status replaceFile(const QString &source, const QString &target)
{
    const QByteArray from = QFile::encodeName(source);
    const QByteArray to = QFile::encodeName(target);
    if (std::rename(from.constData(), to.constData()) != 0)
        return ioError(DurableFilesText::tr("Cannot replace"), target);
    return syncFolder(QFileInfo(target).absolutePath());
}

} // namespace tend::durable
