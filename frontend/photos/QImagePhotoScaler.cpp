#include "photos/QImagePhotoScaler.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

namespace tend::files {

QSize QImagePhotoScaler::imageSize(const QByteArray &data) const
{
    QBuffer buffer;
    buffer.setData(data);
    return QImageReader(&buffer).size();
}

QByteArray QImagePhotoScaler::scaledJpeg(const QByteArray &data, int side, int quality) const
{
    QBuffer buffer;
    buffer.setData(data);
    QImage image = QImageReader(&buffer).read();
    if (image.isNull())
        return {};
    if (image.width() > side || image.height() > side)
        image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    if (!image.convertToFormat(QImage::Format_RGB32).save(&out, "JPEG", quality))
        return {};
    return jpeg;
}

} // namespace tend::files
