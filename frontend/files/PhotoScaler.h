#pragma once

#include <QByteArray>
#include <QObject>
#include <QSize>

namespace tend::files {

// Reading and scaling images takes Qt Gui. `tend`, the command line, links no Qt Gui, so that
// every command starts quickly: it loads the photo plugin (frontend/photos) the first time an
// import meets a photo. The window links Qt Gui anyway and hands the same code, linked in
// (QImagePhotoScaler), to files::photoPreparer.
class PhotoScaler
{
public:
    virtual ~PhotoScaler() = default;
    // The image's size as its header gives it; invalid when Qt cannot read such an image.
    virtual QSize imageSize(const QByteArray &data) const = 0;
    // The image scaled down to fit `side` × `side` (never up), as JPEG of `quality`; empty when it
    // cannot be decoded.
    virtual QByteArray scaledJpeg(const QByteArray &data, int side, int quality) const = 0;
};

// The plugin's scaler, loaded on first use; null (said once on the log) when it cannot be loaded.
const PhotoScaler *pluginPhotoScaler();

} // namespace tend::files

#define TEND_PHOTO_SCALER_IID "org.tend.PhotoScaler/1"
Q_DECLARE_INTERFACE(tend::files::PhotoScaler, TEND_PHOTO_SCALER_IID)
