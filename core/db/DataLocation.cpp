#include "db/DataLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

struct DataLocationText
{
    Q_DECLARE_TR_FUNCTIONS(tend::DataLocation)
};

Result<QString> inAppDataFolder(const QString &fileName)
{
    // Without HOME the platform would answer a folder under "/", which is nobody's data folder.
    if (qEnvironmentVariableIsEmpty("HOME") && qEnvironmentVariableIsEmpty("XDG_DATA_HOME")) {
        return Error::invalid(
            DataLocationText::tr("HOME is not set, so Tend cannot find its data folder; set HOME or use --db PATH."));
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        return Error{Error::Code::Io, DataLocationText::tr("This system has no folder for application data; use --db PATH.")};
    if (!QDir(folder).exists()) {
        if (!QDir().mkpath(folder))
            return Error{Error::Code::Io, DataLocationText::tr("Cannot create the data folder %1.")
                                              .arg(QDir::toNativeSeparators(folder))};
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return QDir(folder).filePath(fileName);
}

} // namespace

Result<QString> defaultDatabasePath()
{
    if (qEnvironmentVariableIsSet("TEND_DB")) {
        const QString fromEnvironment = qEnvironmentVariable("TEND_DB");
        if (fromEnvironment.isEmpty()) {
            return Error::invalid(DataLocationText::tr("TEND_DB is set but empty; unset it or give it a file name."));
        }
        return fromEnvironment;
    }
    return inAppDataFolder(u"tend.db"_s);
}

Result<QString> defaultDemoDatabasePath()
{
    return inAppDataFolder(u"demo.db"_s);
}

} // namespace tend
