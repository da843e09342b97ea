#include "schedule/Recurrence.h"

#include "model/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

struct RecurrenceText
{
    Q_DECLARE_TR_FUNCTIONS(tend::Recurrence)
};

constexpr int maxEvery = 3650; // ten years of days; far beyond any sensible rhythm

} // namespace

QString Recurrence::toText() const
{
    static constexpr char16_t units[] = {u'd', u'w', u'm', u'y'};
    return QString::number(every) + QChar(units[int(unit)]);
}

Result<Recurrence> Recurrence::fromText(const QString &text, const QString &what)
{
    static const QRegularExpression form(u"^\\s*(\\d{1,9})\\s*([dwmy])\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    const auto match = form.match(text);
    if (!match.hasMatch()) {
        return Error::invalid(RecurrenceText::tr("%1: \"%2\" is not a repeat; write a number and d, w, m or y, as in 90d, 2w, 1m or 1y.")
                                  .arg(what, text));
    }
    Recurrence recurrence;
    recurrence.every = match.captured(1).toInt();
    if (recurrence.every == 0)
        return Error::invalid(RecurrenceText::tr("%1: a reminder cannot repeat every 0 (\"%2\"); use 1 or more.").arg(what, text));
    if (recurrence.every > maxEvery)
        return Error::invalid(RecurrenceText::tr("%1: %2 is too far apart (at most %3).").arg(what, text).arg(maxEvery));
    switch (match.captured(2).toLower().at(0).unicode()) {
    case u'd': recurrence.unit = Unit::Days; break;
    case u'w': recurrence.unit = Unit::Weeks; break;
    case u'm': recurrence.unit = Unit::Months; break;
    default: recurrence.unit = Unit::Years; break;
    }
    return recurrence;
}

namespace rules {

QDate occurrence(QDate anchor, const Recurrence &recurrence, int index)
{
    if (!anchor.isValid() || index < 0)
        return {};
    const qint64 steps = qint64(recurrence.every) * index;
    QDate due;
    switch (recurrence.unit) {
    case Recurrence::Unit::Days: due = anchor.addDays(steps); break;
    case Recurrence::Unit::Weeks: due = anchor.addDays(steps * 7); break;
    case Recurrence::Unit::Months: due = steps > 12 * 10000 ? QDate() : anchor.addMonths(int(steps)); break;
    case Recurrence::Unit::Years: due = steps > 10000 ? QDate() : anchor.addYears(int(steps)); break;
    }
    if (!due.isValid() || due > limits::lastStorableDay())
        return {};
    return due;
}

SeriesPosition nextOccurrence(QDate anchor, int index, const Recurrence &recurrence, QDate completedOn)
{
    if (recurrence.fromCompletion)
        return {completedOn, 1, occurrence(completedOn, recurrence, 1)};
    return {anchor, index + 1, occurrence(anchor, recurrence, index + 1)};
}

} // namespace rules
} // namespace tend
