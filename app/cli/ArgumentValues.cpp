#include "cli/ArgumentValues.h"

#include "cli/CliText.h"

using namespace Qt::StringLiterals;

namespace tend::cli::values {

Result<QList<Role>> roles(const QStringList &texts, const QString &option)
{
    QList<Role> found;
    for (const QString &text : texts) {
        const auto role = roleFromKey(text.trimmed());
        if (!role)
            return Error::invalid(CliText::tr("%1: unknown role \"%2\"; use one of: %3.")
                                      .arg(option, text, roleKeysForMessage()));
        found.append(*role);
    }
    return sortedUniqueRoles(found);
}

Result<InteractionKind> interactionKind(const QString &text)
{
    if (const auto kind = interactionKindFromKey(text.trimmed()))
        return *kind;
    return Error::invalid(CliText::tr("Unknown kind \"%1\"; use one of: %2.").arg(text, interactionKindKeysForMessage()));
}

Result<Direction> direction(const QString &text)
{
    if (const auto found = directionFromKey(text.trimmed()))
        return *found;
    return Error::invalid(CliText::tr("--direction: unknown direction \"%1\"; use one of: %2.")
                              .arg(text, directionKeysForMessage()));
}

Result<MetVia> metVia(const QString &text)
{
    if (const auto found = metViaFromKey(text.trimmed()))
        return *found;
    return Error::invalid(CliText::tr("--met-via: unknown value \"%1\"; use one of: %2, or none.").arg(text, metViaKeysForMessage()));
}

Result<DueReference> dueReference(const QString &text)
{
    QString digits = text.trimmed();
    DueReference reference;
    if (digits.startsWith(u'k', Qt::CaseInsensitive)) {
        reference.kind = DueReference::Kind::KeepInTouch;
        digits.remove(0, 1);
    } else if (digits.startsWith(u'd', Qt::CaseInsensitive)) {
        reference.kind = DueReference::Kind::ImportantDate;
        digits.remove(0, 1);
    }
    bool ok = false;
    reference.id = digits.toLongLong(&ok);
    if (!ok || reference.id <= 0) {
        return Error::invalid(CliText::tr("\"%1\" is not an id from `tend due`: a follow-up is a number (12), "
                                          "a keep-in-touch nudge a k and the contact's id (k7), "
                                          "an important date a d and the date's id (d3).").arg(text));
    }
    return reference;
}

QString dueReferenceText(const DueItem &item)
{
    if (item.kind == DueItem::Kind::KeepInTouch)
        return u"k%1"_s.arg(item.contactId);
    if (item.kind == DueItem::Kind::ImportantDate)
        return u"d%1"_s.arg(item.sourceId.value_or(0));
    // The practice's rows name what to act on: `tend ask done 3`, `tend intro advance 2`…
    const QString id = QString::number(item.sourceId.value_or(0));
    switch (item.kind) {
    case DueItem::Kind::AskDeadline:
    case DueItem::Kind::AnswerOwed: return u"ask "_s + id;
    case DueItem::Kind::IntroNextStep:
    case DueItem::Kind::IntroChase:
    case DueItem::Kind::IntroFollowUp: return u"intro "_s + id;
    case DueItem::Kind::ThankYou: return u"advice "_s + id;
    case DueItem::Kind::MeetingAgenda:
    case DueItem::Kind::PlannedMeeting: return u"agenda "_s + id;
    case DueItem::Kind::FollowUp:
    case DueItem::Kind::KeepInTouch:
    case DueItem::Kind::ImportantDate: break;
    }
    return item.reminderId ? QString::number(*item.reminderId) : QString();
}

Result<qint64> recordId(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::invalid(CliText::tr("\"%1\" is not an id of %2: use the number its list shows.").arg(text, what));
    return id;
}

Result<int> count(const QString &text, const QString &option, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok)
        return Error::invalid(CliText::tr("%1: \"%2\" is not a whole number.").arg(option, text));
    if (value < minimum || value > maximum)
        return Error::invalid(CliText::tr("%1: must be between %2 and %3 (got %4).")
                                  .arg(option).arg(minimum).arg(maximum).arg(value));
    return value;
}

} // namespace tend::cli::values
