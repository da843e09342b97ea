#include "DisplayText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tend::gui::text {
namespace {
QString tr(const char *source, int n = -1)
{
    return QCoreApplication::translate("tend::gui::text", source, nullptr, n);
}
} // namespace

QString shortDate(QDate date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // Keep day and month in the locale's order; add the year only when it is not this year.
    const bool thisYear = date.year() == QDate::currentDate().year();
    if (thisYear) {
        format.remove(QRegularExpression(u"[^dM]*y+[^dM]*"_s));
        format.replace(u"MM"_s, u"MMM"_s);
        if (!format.contains(u"MMM"_s))
            format.replace(u"M"_s, u"MMM"_s);
        format.replace(u"dd"_s, u"d"_s);
        format.replace(u'/', u' ');
        format.replace(u'.', u' ');
        format.replace(u'-', u' ');
        return locale.toString(date, format.simplified());
    }
    return locale.toString(date, QLocale::ShortFormat);
}

QString longDate(QDate date)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(u",?\\s*y+"_s));
    return locale.toString(date, format.trimmed());
}

QString roles(const QList<Role> &roles)
{
    QStringList names;
    for (Role role : roles)
        names.append(toKey(role));
    return names.join(u" · "_s);
}

QString dueWhen(int overdueDays, QDate due, QDate today)
{
    if (overdueDays > 0)
        return tr("%n day(s) overdue", overdueDays);
    if (overdueDays == 0)
        return tr("today");
    if (due == today.addDays(1))
        return tr("tomorrow");
    return QLocale().toString(due, u"ddd d MMM"_s);
}

QString firstName(const QString &name)
{
    const QString trimmed = name.trimmed();
    const qsizetype space = trimmed.indexOf(u' ');
    return space > 0 ? trimmed.left(space) : trimmed;
}

} // namespace tend::gui::text
