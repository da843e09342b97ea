#include "io/ReadLimits.h"

#include <QCoreApplication>

namespace tend::io::limits {
namespace {

struct IoText
{
    Q_DECLARE_TR_FUNCTIONS(tend::io)
};

} // namespace

QString describeSize(qint64 bytes)
{
    const auto rounded = [](double value) {
        return value == double(qint64(value)) ? QString::number(qint64(value)) : QString::number(value, 'f', 1);
    };
    if (bytes >= 1024 * 1024)
        return IoText::tr("%1 MB").arg(rounded(double(bytes) / (1024.0 * 1024.0)));
    if (bytes >= 1024)
        return IoText::tr("%1 KB").arg(rounded(double(bytes) / 1024.0));
    return IoText::tr("%n byte(s)", nullptr, int(bytes));
}

} // namespace tend::io::limits
