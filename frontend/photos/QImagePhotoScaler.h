#pragma once

#include "files/PhotoScaler.h"

namespace tend::files {

// PhotoScaler with QImageReader and QImage: linked into the window, and wrapped by the plugin
// that the command line loads.
class QImagePhotoScaler final : public PhotoScaler
{
public:
    QSize imageSize(const QByteArray &data) const override;
    QByteArray scaledJpeg(const QByteArray &data, int side, int quality) const override;
};

} // namespace tend::files
