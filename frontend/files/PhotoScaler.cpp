#include "files/PhotoScaler.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

namespace tend::files {
namespace {

Q_LOGGING_CATEGORY(lcPhotos, "tend.frontend.photos", QtInfoMsg)

// Beside the executable in a build tree; TEND_PHOTO_PLUGIN_DIR (relative to bin/) once installed.
const PhotoScaler *loadPlugin()
{
    const QDir here(QCoreApplication::applicationDirPath());
    QStringList tried;
    for (const QString &folder : {here.path(), here.filePath(QStringLiteral(TEND_PHOTO_PLUGIN_DIR))}) {
        QPluginLoader loader(QDir(folder).filePath(u"tend_photos"_s));
        if (auto *scaler = qobject_cast<PhotoScaler *>(loader.instance()))
            return scaler; // the loader's instance lives until the program ends
        tried.append(loader.errorString());
    }
    qCWarning(lcPhotos).noquote() << "Tend's photo plugin could not be loaded, so photos that need scaling stay in "
                                     "their cards:" << tried.join(u"; "_s);
    return nullptr;
}

} // namespace

const PhotoScaler *pluginPhotoScaler()
{
    static const PhotoScaler *const plugin = loadPlugin();
    return plugin;
}

} // namespace tend::files
