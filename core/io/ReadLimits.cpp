#include "io/ReadLimits.h"

#include <QCoreApplication>

namespace tend::io::limits {

QString describeSize(qint64 bytes)
{
    const auto rounded = [](double value) {
        return value == double(qint64(value)) ? QString::number(qint64(value)) : QString::number(value, 'f', 1);
    };
    if (bytes >= 1024 * 1024)
        return QCoreApplication::translate("tend::io", "%1 MB").arg(rounded(double(bytes) / (1024.0 * 1024.0)));
    if (bytes >= 1024)
        return QCoreApplication::translate("tend::io", "%1 KB").arg(rounded(double(bytes) / 1024.0));
    return bytes == 1 ? QCoreApplication::translate("tend::io", "1 byte")
                      : QCoreApplication::translate("tend::io", "%1 bytes").arg(bytes);
}

} // namespace tend::io::limits
