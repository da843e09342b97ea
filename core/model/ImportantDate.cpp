#include "model/ImportantDate.h"

#include "model/KeyTable.h"
#include "model/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

struct ImportantDateText
{
    Q_DECLARE_TR_FUNCTIONS(tend::ImportantDate)
};

constexpr keys::Table<ImportantDate::Kind, 3> kindKeys{{
    {ImportantDate::Kind::Birthday, u"birthday"},
    {ImportantDate::Kind::Anniversary, u"anniversary"},
    {ImportantDate::Kind::Custom, u"custom"},
}};

constexpr int labelLength = 200;

} // namespace

QList<ImportantDate::Kind> allImportantDateKinds() { return keys::valuesOf(kindKeys); }
QString toKey(ImportantDate::Kind kind) { return keys::keyOf(kindKeys, kind); }
std::optional<ImportantDate::Kind> importantDateKindFromKey(QStringView key) { return keys::valueOf(kindKeys, key); }
QString importantDateKindKeysForMessage() { return keys::keysForMessage(kindKeys); }

QString ImportantDate::title() const
{
    switch (kind) {
    case Kind::Birthday: return ImportantDateText::tr("birthday");
    case Kind::Anniversary: return ImportantDateText::tr("work anniversary");
    case Kind::Custom: return label;
    }
    return label;
}

QString ImportantDate::dateText() const
{
    const QString monthDay = u"%1-%2"_s.arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'));
    return year > 0 ? u"%1-"_s.arg(year, 4, 10, QChar(u'0')) + monthDay : u"--"_s + monthDay;
}

Result<ImportantDate> parseImportantDay(const QString &text, const QString &what)
{
    static const QRegularExpression full(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    static const QRegularExpression noYear(u"^--(\\d{2})-?(\\d{2})$"_s);
    const QString trimmed = text.trimmed();
    ImportantDate date;
    if (const auto match = full.match(trimmed); match.hasMatch()) {
        date.year = match.captured(1).toInt();
        date.month = match.captured(2).toInt();
        date.day = match.captured(3).toInt();
    } else if (const auto match = noYear.match(trimmed); match.hasMatch()) {
        date.month = match.captured(1).toInt();
        date.day = match.captured(2).toInt();
    } else {
        return Error::invalid(ImportantDateText::tr("%1: \"%2\" is not a date; write YYYY-MM-DD, or --MM-DD without a year.")
                                  .arg(what, text));
    }
    // Without a year, a leap year decides whether the day exists at all (29 February does).
    const bool valid = date.year > 0 ? QDate(date.year, date.month, date.day).isValid()
                                     : QDate(2000, date.month, date.day).isValid();
    if (!valid || date.year > limits::lastStorableDay().year())
        return Error::invalid(ImportantDateText::tr("%1: %2 is not a day of the calendar.").arg(what, trimmed));
    return date;
}

Status checkImportantDate(const ImportantDate &date)
{
    const bool valid = date.year > 0 ? QDate(date.year, date.month, date.day).isValid()
                                     : QDate(2000, date.month, date.day).isValid();
    if (!valid || date.year < 0 || date.year > 9999)
        return Error::invalid(ImportantDateText::tr("The date %1 is not a day of the calendar.").arg(date.dateText()));
    if (date.kind == ImportantDate::Kind::Custom && date.label.trimmed().isEmpty())
        return Error::invalid(ImportantDateText::tr("A custom date needs a label, such as \"PhD defense\"."));
    if (date.label.size() > labelLength)
        return Error::invalid(ImportantDateText::tr("The label is too long (at most %1 characters).").arg(labelLength));
    return {};
}

DueItem toDueItem(const UpcomingDate &date, QDate today)
{
    DueItem item;
    item.kind = DueItem::Kind::ImportantDate;
    item.sourceId = date.date.id;
    item.contactId = date.date.contactId;
    item.contactName = date.date.contactName;
    item.due = date.occursOn;
    item.overdueOn = date.occursOn.addDays(1);
    item.overdueDays = int(date.occursOn.daysTo(today));
    item.overdue = false; // a date is not a debt: amber on its day at most
    item.reason = date.date.title();
    item.years = date.years;
    item.remindOn = date.remindOn;
    return item;
}

} // namespace tend
