#include "cli/RecoveryAdvice.h"

#include "cli/CliText.h"
#include "db/BackupManager.h"
#include "db/Database.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

// Quotes a path for a POSIX shell when it needs it, so the printed command can be pasted.
QString shellQuoted(const QString &path)
{
    static const QString safe = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+:@"_s;
    bool plain = !path.isEmpty();
    for (const QChar c : path)
        plain = plain && safe.contains(c);
    if (plain)
        return path;
    QString quoted = path;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

} // namespace

QString recoveryAdvice(const QString &databasePath, const Error &openError)
{
    if (openError.code != Error::Code::Corrupt)
        return {};
    const auto backup = BackupManager::newestGoodBackup(databasePath);
    if (!backup) {
        return CliText::tr("No good backup of it was found in %1. The damaged file was left as it is.").arg(
            QDir::toNativeSeparators(Database::backupFolderFor(databasePath)));
    }
    return CliText::tr("The damaged file was left as it is. The newest good backup is %1 (taken %2).\n"
                       "To restore it (the damaged file is kept among the backups):\n"
                       "  tend --db %3 restore %4")
        .arg(QDir::toNativeSeparators(backup->path), backup->takenAt.toString(u"yyyy-MM-dd HH:mm"_s),
             shellQuoted(databasePath), shellQuoted(backup->path));
}

} // namespace tend::cli
