#include "photos/QImagePhotoScaler.h"

#include <QObject>
#include <QtPlugin>

namespace tend::files {

// The photo plugin that `tend` loads (files::photoScaler): QImagePhotoScaler behind Qt's plugin
// interface.
class PhotoScalerPlugin final : public QObject, public PhotoScaler
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TEND_PHOTO_SCALER_IID)
    Q_INTERFACES(tend::files::PhotoScaler)
public:
    QSize imageSize(const QByteArray &data) const override { return m_scaler.imageSize(data); }
    QByteArray scaledJpeg(const QByteArray &data, int side, int quality) const override
    {
        return m_scaler.scaledJpeg(data, side, quality);
    }

private:
    QImagePhotoScaler m_scaler;
};

} // namespace tend::files

#include "PhotoScalerPlugin.moc"
