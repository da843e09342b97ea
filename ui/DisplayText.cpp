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

QString shortDate(QDate date, QDate today)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    // Day and month in the locale's order ("7 Dec" or "Dec 7"), the year only when not this year.
    const bool monthFirst = locale.dateFormat(QLocale::ShortFormat).indexOf(u'M') < locale.dateFormat(QLocale::ShortFormat).indexOf(u'd');
    QString format = monthFirst ? u"MMM d"_s : u"d MMM"_s;
    if (date.year() != today.year())
        format += u" yyyy"_s;
    return locale.toString(date, format);
}

QString longDate(QDate date)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(u",?\\s*y+"_s));
    return locale.toString(date, format.trimmed());
}

QString backupTime(const QDateTime &at, QDate today)
{
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QRegularExpression(u"[:.]ss?"_s)); // minutes are enough: "09:12"
    const QString time = locale.toString(at.time(), timeFormat);
    const QDate day = at.date();
    if (day == today)
        return tr("today %1").arg(time);
    if (day == today.addDays(-1))
        return tr("yesterday %1").arg(time);
    return QString(shortDate(day, today) + u' ' + time);
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
        return plural(overdueDays, tr("1 day overdue"), tr("%1 days overdue"));
    if (overdueDays == 0)
        return tr("today");
    if (due == today.addDays(1))
        return tr("tomorrow");
    return QLocale().toString(due, u"ddd d MMM"_s);
}

QString plural(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(QLocale().toString(n));
}

QString plainToolTip(const QString &text)
{
    return QString(u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s);
}

QString inertMarkup(const QString &text)
{
    QString inert = text;
    inert.replace(u"<"_s, u"<\u200B"_s);
    inert.replace(u"&"_s, u"&\u200B"_s);
    return inert;
}

QString firstName(const QString &name)
{
    const QString trimmed = name.trimmed();
    const qsizetype space = trimmed.indexOf(u' ');
    return space > 0 ? trimmed.left(space) : trimmed;
}

} // namespace tend::gui::text
