#include "exchange/ContactImport.h"

#include "model/KeyTable.h"

#include "io/vcard/VCardWriter.h"
#include "model/Tags.h"
#include "model/Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(tend::Import)
};

using io::ImportProblem;

// A record carries what Tend's contact has no place for yet: keep it as a card, so an export gives it back.
bool carriesMoreThanTendHolds(const io::ContactRecord &record)
{
    return !record.addresses.isEmpty() || record.birthday || record.anniversary || !record.nickname.isEmpty()
        || !record.department.isEmpty();
}

QString clipped(const QString &text, int maxLength, const QString &field, int line, QList<ImportProblem> &warnings)
{
    if (text.size() <= maxLength)
        return text;
    warnings.append(ImportProblem::warning(line, field, ImportText::tr("%1 characters were cut to %2.")
                                                            .arg(text.size()).arg(maxLength)));
    return text.left(maxLength);
}

template<typename T, typename Key>
void appendUnique(QList<T> &into, const QList<T> &more, Key key)
{
    QSet<QString> seen;
    for (const T &value : std::as_const(into))
        seen.insert(key(value));
    for (const T &value : more) {
        const QString k = key(value);
        if (seen.contains(k))
            continue;
        seen.insert(k);
        into.append(value);
    }
}

QString emailIdentity(const QString &email)
{
    return ContactMatchIndex::emailKey(email);
}

QString phoneIdentity(const QString &phone)
{
    const QString digits = ContactMatchIndex::phoneKey(phone);
    return digits.isEmpty() ? phone.trimmed() : digits;
}

QString linkIdentity(const ContactLink &link)
{
    return link.url.trimmed();
}

std::optional<ContactPhoto> keptPhoto(const io::Photo &photo, const ImportOptions &options, int line,
                                      QList<ImportProblem> &warnings)
{
    if (photo.data.isEmpty())
        return std::nullopt; // only a URL: nothing to keep but the card's line
    std::optional<ContactPhoto> kept;
    if (options.preparePhoto) {
        kept = options.preparePhoto(photo);
    } else if (photo.data.size() <= limits::keptPhotoBytes) {
        kept = ContactPhoto{photo.data, photo.mimeType.isEmpty() ? u"image/jpeg"_s : photo.mimeType};
    }
    if (!kept || kept->data.isEmpty() || kept->data.size() > limits::storedPhotoBytes) {
        warnings.append(ImportProblem::warning(line, u"PHOTO"_s,
                                               ImportText::tr("The photo (%1 KB) could not be kept; it stays in the card.")
                                                   .arg(photo.data.size() / 1024)));
        return std::nullopt;
    }
    return kept;
}

} // namespace

QString toKey(ImportAction action)
{
    static constexpr keys::Table<ImportAction, 5> names{{
        {ImportAction::Create, u"create"},
        {ImportAction::Update, u"update"},
        {ImportAction::Unchanged, u"unchanged"},
        {ImportAction::Merged, u"merged"},
        {ImportAction::Skip, u"skip"},
    }};
    return keys::keyOf(names, action);
}

// A record's birthday and anniversary as important dates; a kind the contact has already stays as it is.
void addRecordDates(QList<ImportantDate> &dates, const io::ContactRecord &record)
{
    const auto add = [&dates](ImportantDate::Kind kind, const std::optional<io::PartialDate> &day) {
        if (!day)
            return;
        for (const ImportantDate &date : std::as_const(dates)) {
            if (date.kind == kind)
                return;
        }
        ImportantDate date;
        date.kind = kind;
        date.year = day->year;
        date.month = day->month;
        date.day = day->day;
        if (checkImportantDate(date))
            dates.append(date);
    };
    add(ImportantDate::Kind::Birthday, record.birthday);
    add(ImportantDate::Kind::Anniversary, record.anniversary);
}

Contact contactFromRecord(const io::ContactRecord &record, const ImportOptions &options,
                          QList<ImportProblem> &warnings)
{
    const int line = record.sourceLine;
    Contact contact = io::toContact(record);
    contact.name = contact.name.simplified();
    contact.uid = record.uid.trimmed();
    if (contact.uid.size() > limits::shortTextLength)
        contact.uid.clear(); // no program writes such a UID; Tend gives the contact its own
    contact.organisation = clipped(contact.organisation.trimmed(), limits::shortTextLength, u"ORG"_s, line, warnings);
    contact.title = clipped(contact.title.trimmed(), limits::shortTextLength, u"TITLE"_s, line, warnings);
    contact.metViaDetail = clipped(contact.metViaDetail.trimmed(), limits::shortTextLength, {}, line, warnings);
    contact.notes = clipped(contact.notes, limits::notesLength, u"NOTE"_s, line, warnings);
    contact.connectedOn = record.connectedOn;

    QStringList emails;
    for (const QString &email : std::as_const(contact.emails)) {
        const QString trimmed = email.trimmed();
        if (trimmed.size() <= limits::emailLength && looksLikeEmail(trimmed))
            emails.append(trimmed);
        else if (!trimmed.isEmpty())
            warnings.append(ImportProblem::warning(line, u"EMAIL"_s,
                                                   ImportText::tr("\"%1\" is not an e-mail address; it was left out.")
                                                       .arg(trimmed.left(80))));
    }
    contact.emails.clear();
    appendUnique(contact.emails, emails, emailIdentity);

    QStringList phones;
    for (const QString &phone : std::as_const(contact.phones)) {
        const QString trimmed = phone.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.size() <= limits::phoneLength && !trimmed.contains(QChar(u'\0')))
            phones.append(trimmed);
        else
            warnings.append(ImportProblem::warning(line, u"TEL"_s, ImportText::tr("A phone number of %1 characters was left out.")
                                                                        .arg(trimmed.size())));
    }
    contact.phones.clear();
    appendUnique(contact.phones, phones, phoneIdentity);

    QList<ContactLink> links;
    for (const ContactLink &link : std::as_const(contact.links)) {
        const QString url = link.url.trimmed();
        if (url.isEmpty())
            continue;
        if (url.size() <= limits::urlLength && link.label.size() <= limits::shortTextLength)
            links.append({link.label, url});
        else
            warnings.append(ImportProblem::warning(line, u"URL"_s, ImportText::tr("A link of %1 characters was left out.")
                                                                        .arg(url.size())));
    }
    contact.links.clear();
    appendUnique(contact.links, links, linkIdentity);

    const auto capped = [&](auto &list, const QString &field) {
        if (list.size() <= limits::listLength)
            return;
        warnings.append(ImportProblem::warning(line, field, ImportText::tr("Only the first %1 of %2 values were kept.")
                                                                .arg(limits::listLength).arg(list.size())));
        list = list.mid(0, limits::listLength);
    };
    capped(contact.emails, u"EMAIL"_s);
    capped(contact.phones, u"TEL"_s);
    capped(contact.links, u"URL"_s);

    QStringList tags;
    for (const QString &tag : normalisedTags(record.tags)) {
        if (auto valid = checkTag(tag); valid)
            tags.append(tag);
        else
            warnings.append(ImportProblem::warning(line, u"CATEGORIES"_s, valid.error().message));
    }
    capped(tags, u"CATEGORIES"_s);
    contact.tags = tags;

    if (auto photo = keptPhoto(record.photo, options, line, warnings))
        contact.photo = *photo;

    if (!record.originalCard.isEmpty())
        contact.card = record.originalCard;
    else if (carriesMoreThanTendHolds(record))
        contact.card = QString::fromUtf8(io::writeVCard(record));
    return contact;
}

bool mergeContact(Contact &target, const Contact &incoming)
{
    bool changed = false;
    const auto take = [&changed](auto &field, const auto &value) {
        if (field != value) {
            field = value;
            changed = true;
        }
    };
    if (target.name.trimmed().isEmpty())
        take(target.name, incoming.name);
    if (target.uid.isEmpty() && !incoming.uid.isEmpty())
        take(target.uid, incoming.uid);
    if (!incoming.organisation.isEmpty())
        take(target.organisation, incoming.organisation);
    if (!incoming.title.isEmpty())
        take(target.title, incoming.title);
    if (target.notes.trimmed().isEmpty() && !incoming.notes.isEmpty())
        take(target.notes, incoming.notes);
    if (!target.metVia && incoming.metVia) {
        take(target.metVia, incoming.metVia);
        if (target.metViaDetail.isEmpty())
            take(target.metViaDetail, incoming.metViaDetail);
    }
    if (!target.connectedOn.isValid() && incoming.connectedOn.isValid())
        take(target.connectedOn, incoming.connectedOn);

    const auto grow = [&changed](auto &list, const auto &more, auto identity) {
        const qsizetype before = list.size();
        appendUnique(list, more, identity);
        if (list.size() > limits::listLength)
            list = list.mid(0, limits::listLength);
        if (list.size() != before)
            changed = true;
    };
    grow(target.emails, incoming.emails, emailIdentity);
    grow(target.phones, incoming.phones, phoneIdentity);
    grow(target.links, incoming.links, linkIdentity);

    const QStringList tags = normalisedTags(target.tags + incoming.tags).mid(0, limits::tagsPerContact);
    take(target.tags, tags);
    if (!incoming.card.isEmpty())
        take(target.card, incoming.card);
    if (!incoming.photo.isEmpty())
        take(target.photo, incoming.photo);
    return changed;
}

Result<ImportPlan> planImport(const QList<io::ParsedFile> &files, const ImportContext &context,
                              const ImportOptions &options)
{
    ImportPlan plan;
    ImportSummary &summary = plan.summary;
    summary.dryRun = options.dryRun;

    ContactMatchIndex index;
    for (const ContactKeys &keys : context.existing)
        index.add(keys);
    // Planned contacts are found in the index by a negative id: -(position in plan.contacts + 1).
    QHash<qint64, qsizetype> plannedExisting;

    for (const io::ParsedFile &file : files) {
        // The file's own problems first, then those of each record, all in line order.
        QList<ImportIssue> issues;
        for (const ImportProblem &problem : file.problems) {
            issues.append({file.fileName, problem});
            if (problem.severity == ImportProblem::Severity::Skipped)
                ++summary.skipped;
        }
        for (const io::ContactRecord &record : file.contacts) {
            QList<ImportProblem> warnings;
            Contact incoming = contactFromRecord(record, options, warnings);
            for (const ImportProblem &warning : std::as_const(warnings))
                issues.append({file.fileName, warning});

            ImportRow row;
            row.file = file.fileName;
            row.line = record.sourceLine;
            row.name = incoming.name;
            const QList<FieldProblem> problems = validateContact(incoming);
            if (!problems.isEmpty()) {
                row.action = ImportAction::Skip;
                issues.append({file.fileName, ImportProblem::skipped(record.sourceLine, problems.constFirst().field,
                                                                     problems.constFirst().message)});
                ++summary.skipped;
                summary.rows.append(row);
                continue;
            }

            const ContactKeys keys{0, incoming.uid, incoming.name, incoming.emails, incoming.phones};
            const std::optional<ContactMatch> match = index.find(keys);
            const qsizetype rowIndex = summary.rows.size();
            if (!match) {
                row.action = ImportAction::Create;
                plan.contacts.append({incoming, true, true, {rowIndex}, {}});
                addRecordDates(plan.contacts.last().dates, record);
                index.add({-plan.contacts.size(), incoming.uid, incoming.name, incoming.emails, incoming.phones});
                summary.rows.append(row);
                continue;
            }

            row.matchedBy = match->reason;
            qsizetype target = -1;
            if (match->contactId < 0) {
                target = -match->contactId - 1;
                row.action = ImportAction::Merged;
                ++summary.merged;
            } else if (auto known = plannedExisting.constFind(match->contactId); known != plannedExisting.cend()) {
                target = *known;
                row.contactId = match->contactId;
            } else {
                auto existing = context.load(match->contactId);
                if (!existing)
                    return existing.error();
                plan.contacts.append({*existing, false, false, {}, {}});
                target = plan.contacts.size() - 1;
                plannedExisting.insert(match->contactId, target);
                row.contactId = match->contactId;
                summary.updatedBefore.append(*existing);
            }
            PlannedContact &planned = plan.contacts[target];
            const bool changed = mergeContact(planned.contact, incoming);
            if (!planned.isNew)
                planned.changed = planned.changed || changed;
            planned.rows.append(rowIndex);
            addRecordDates(planned.dates, record);
            // What the merged contact is now known by finds the next record of the same person.
            const qint64 indexId = planned.isNew ? -(target + 1) : planned.contact.id;
            index.add({indexId, planned.contact.uid, planned.contact.name, planned.contact.emails, planned.contact.phones});
            summary.rows.append(row);
        }
        std::stable_sort(issues.begin(), issues.end(), [](const ImportIssue &a, const ImportIssue &b) {
            return a.problem.line < b.problem.line;
        });
        summary.issues += issues;
    }

    // Settle each existing contact's rows: updated once, however many records reached it.
    QList<Contact> before;
    for (const PlannedContact &planned : std::as_const(plan.contacts)) {
        if (planned.isNew) {
            ++summary.created;
            continue;
        }
        if (planned.changed)
            ++summary.updated;
        else
            ++summary.unchanged;
        for (const qsizetype row : planned.rows)
            summary.rows[row].action = planned.changed ? ImportAction::Update : ImportAction::Unchanged;
    }
    for (const Contact &contact : std::as_const(summary.updatedBefore)) {
        const qsizetype at = plannedExisting.value(contact.id, -1);
        if (at >= 0 && plan.contacts.at(at).changed)
            before.append(contact);
    }
    summary.updatedBefore = before;
    for (qsizetype i = plan.contacts.size() - 1; i >= 0; --i) {
        if (!plan.contacts.at(i).isNew && !plan.contacts.at(i).changed)
            plan.contacts.removeAt(i);
    }
    return plan;
}

} // namespace tend
