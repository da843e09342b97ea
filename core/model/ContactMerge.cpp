#include "model/ContactMerge.h"

#include "model/KeyTable.h"

#include "model/Tags.h"
#include "model/Validation.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

struct ContactMergeText
{
    Q_DECLARE_TR_FUNCTIONS(tend::ContactMerge)
};

QString phoneDigits(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    return digits;
}

QStringList unitedPhones(const QStringList &first, const QStringList &second)
{
    QStringList united;
    QStringList seen;
    for (const QString &phone : first + second) {
        const QString digits = phoneDigits(phone);
        const QString key = digits.isEmpty() ? phone.trimmed() : digits;
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.append(key);
        united.append(phone);
    }
    return united;
}

QList<ContactLink> unitedLinks(const QList<ContactLink> &first, const QList<ContactLink> &second)
{
    QList<ContactLink> united;
    QStringList seen;
    for (const ContactLink &link : first + second) {
        const QString key = link.url.trimmed().toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.append(key);
        united.append(link);
    }
    return united;
}

void take(Contact &target, const Contact &source, MergeField field)
{
    switch (field) {
    case MergeField::Name:
        target.name = source.name;
        break;
    case MergeField::Organisation:
        target.organisation = source.organisation;
        break;
    case MergeField::Title:
        target.title = source.title;
        break;
    case MergeField::MetVia:
        target.metVia = source.metVia;
        target.metViaDetail = source.metViaDetail;
        break;
    case MergeField::Notes:
        target.notes = source.notes;
        break;
    case MergeField::Cadence:
        target.cadenceDays = source.cadenceDays;
        break;
    case MergeField::ConnectedOn:
        target.connectedOn = source.connectedOn;
        break;
    }
}

} // namespace

QList<MergeField> allMergeFields()
{
    return {MergeField::Name,  MergeField::Organisation, MergeField::Title,      MergeField::MetVia,
            MergeField::Notes, MergeField::Cadence,      MergeField::ConnectedOn};
}

QString toKey(MergeField field)
{
    static constexpr keys::Table<MergeField, 7> names{{
        {MergeField::Name, u"name"},
        {MergeField::Organisation, u"organisation"},
        {MergeField::Title, u"title"},
        {MergeField::MetVia, u"met_via"},
        {MergeField::Notes, u"notes"},
        {MergeField::Cadence, u"cadence"},
        {MergeField::ConnectedOn, u"connected_on"},
    }};
    return keys::keyOf(names, field);
}

QString displayName(MergeField field)
{
    switch (field) {
    case MergeField::Name:
        return ContactMergeText::tr("Name");
    case MergeField::Organisation:
        return ContactMergeText::tr("Organisation");
    case MergeField::Title:
        return ContactMergeText::tr("Title");
    case MergeField::MetVia:
        return ContactMergeText::tr("Met via");
    case MergeField::Notes:
        return ContactMergeText::tr("Notes");
    case MergeField::Cadence:
        return ContactMergeText::tr("Keep in touch");
    case MergeField::ConnectedOn:
        return ContactMergeText::tr("Connected on");
    }
    return {};
}

QString mergeFieldText(const Contact &contact, MergeField field)
{
    switch (field) {
    case MergeField::Name:
        return contact.name.trimmed();
    case MergeField::Organisation:
        return contact.organisation.trimmed();
    case MergeField::Title:
        return contact.title.trimmed();
    case MergeField::MetVia: {
        const QString detail = contact.metViaDetail.trimmed();
        if (!contact.metVia)
            return detail;
        return detail.isEmpty() ? displayName(*contact.metVia) : u"%1 (%2)"_s.arg(displayName(*contact.metVia), detail);
    }
    case MergeField::Notes:
        return contact.notes.trimmed();
    case MergeField::Cadence:
        return contact.cadenceDays ? ContactMergeText::tr("every %n day(s)", nullptr, *contact.cadenceDays) : QString();
    case MergeField::ConnectedOn:
        return contact.connectedOn.isValid() ? contact.connectedOn.toString(Qt::ISODate) : QString();
    }
    return {};
}

QList<MergeConflict> mergeConflicts(const Contact &keep, const Contact &other)
{
    QList<MergeConflict> conflicts;
    for (const MergeField field : allMergeFields()) {
        const QString keepText = mergeFieldText(keep, field);
        const QString otherText = mergeFieldText(other, field);
        if (keepText.isEmpty() || otherText.isEmpty() || keepText == otherText)
            continue;
        conflicts.append({field, keepText, otherText});
    }
    return conflicts;
}

Contact mergedContact(const Contact &keep, const Contact &other, const MergeChoices &choices)
{
    Contact merged = keep;
    for (const MergeField field : allMergeFields()) {
        const bool keepEmpty = mergeFieldText(keep, field).isEmpty();
        const bool otherEmpty = mergeFieldText(other, field).isEmpty();
        if (otherEmpty)
            continue;
        if (keepEmpty || choices.fromOther(field))
            take(merged, other, field);
    }
    merged.roles = sortedUniqueRoles(keep.roles + other.roles);
    merged.tags = normalisedTags(keep.tags + other.tags);
    merged.emails = uniqueEmails(keep.emails + other.emails);
    merged.phones = unitedPhones(keep.phones, other.phones);
    merged.links = unitedLinks(keep.links, other.links);
    if (merged.card.isEmpty())
        merged.card = other.card;
    if (merged.photo.isEmpty())
        merged.photo = other.photo;
    if (other.keptInTouchOn.isValid() && (!merged.keptInTouchOn.isValid() || other.keptInTouchOn > merged.keptInTouchOn))
        merged.keptInTouchOn = other.keptInTouchOn;
    if (!merged.nudgeSnoozedUntil.isValid())
        merged.nudgeSnoozedUntil = other.nudgeSnoozedUntil;
    return merged;
}

} // namespace tend
