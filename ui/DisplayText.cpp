#include "DisplayText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tend::gui::text {
namespace {
struct DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(tend::gui::text)
};

// The locale's long date format without the year: "dddd, d MMMM" (C), "dddd, d. MMMM" (de),
// "dddd, MMMM d" (en_US).
QString longFormatWithoutYear(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression year(u",?\\s*y+"_s); // compiled once: dates are formatted per cell
    format.remove(year);
    return format.trimmed();
}

} // namespace

QString shortDate(QDate date, QDate today)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    // Day and month as the locale writes them ("7 Dec", "Dec 7", "7. Dez."), the year only when not
    // this year.
    QString format = longFormatWithoutYear(locale);
    static const QRegularExpression weekday(u"\\s*,?\\s*d{4}\\s*,?\\s*"_s);
    format.remove(weekday);
    format.replace(u"MMMM"_s, u"MMM"_s);
    if (!format.contains(u'd') || !format.contains(u'M'))
        format = u"d MMM"_s;
    if (date.year() != today.year())
        format += u" yyyy"_s;
    return locale.toString(date, format.trimmed());
}

QString longDate(QDate date)
{
    const QLocale locale;
    return locale.toString(date, longFormatWithoutYear(locale));
}

QString backupTime(const QDateTime &at, QDate today)
{
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QRegularExpression(u"[:.]ss?"_s)); // minutes are enough: "09:12"
    const QString time = locale.toString(at.time(), timeFormat);
    const QDate day = at.date();
    if (day == today)
        return DisplayText::tr("today %1").arg(time);
    if (day == today.addDays(-1))
        return DisplayText::tr("yesterday %1").arg(time);
    return QString(shortDate(day, today) + u' ' + time);
}

QString roles(const QList<Role> &roles)
{
    QStringList names;
    for (Role role : roles)
        names.append(inlineName(role));
    return names.join(u" · "_s);
}

QString dueWhen(int overdueDays, QDate due, QDate today)
{
    if (overdueDays > 0)
        return DisplayText::tr("%Ln day(s) overdue", nullptr, overdueDays);
    if (overdueDays == 0)
        return DisplayText::tr("today");
    if (due == today.addDays(1))
        return DisplayText::tr("tomorrow");
    // "Thu, 26 Nov", "Do., 26. Nov.": the long format without the year, abbreviated.
    const QLocale locale;
    QString format = longFormatWithoutYear(locale);
    format.replace(u"dddd"_s, u"ddd"_s);
    format.replace(u"MMMM"_s, u"MMM"_s);
    return locale.toString(due, format);
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

QString literalAmpersands(QString text)
{
    return text.replace(u'&', u"&&"_s);
}

QString firstName(const QString &name)
{
    const QString trimmed = name.trimmed();
    const qsizetype space = trimmed.indexOf(u' ');
    return space > 0 ? trimmed.left(space) : trimmed;
}

} // namespace tend::gui::text
