#pragma once

#include "model/Contact.h"

#include <QList>
#include <QSet>
#include <QString>

// Two contacts who are one person, made into one (Notebook::mergeContacts). Pure: what the kept
// contact looks like afterwards, and which of its single-valued fields the two disagree on.
namespace tend {

// The single-valued fields that can disagree. MetVia covers how and the detail together.
enum class MergeField { Name, Organisation, Title, MetVia, Notes, Cadence, ConnectedOn };
QList<MergeField> allMergeFields();
QString toKey(MergeField field);   // "name", "organisation", "title", "met_via", "notes", "cadence", "connected_on"
QString displayName(MergeField field); // "Name", "Organisation"…, translated

// Which side wins each conflicting field: KEEP's unless the field is in takeFromOther.
struct MergeChoices
{
    QSet<MergeField> takeFromOther;
    bool fromOther(MergeField field) const { return takeFromOther.contains(field); }
};

// A field both contacts fill, differently. Where only OTHER fills it, the merge takes it without
// asking; where only KEEP does, nothing changes.
struct MergeConflict
{
    MergeField field;
    QString keepText;  // the value as a person reads it (mergeFieldText)
    QString otherText;
};

// The field of `contact` as plain text: "Mentoring circle", "Work (PyLadies meetup)", "every 30 days",
// "2024-03-01"; empty when it is not filled.
QString mergeFieldText(const Contact &contact, MergeField field);

QList<MergeConflict> mergeConflicts(const Contact &keep, const Contact &other);

// KEEP with OTHER folded in: each conflicting field from the side `choices` picks, empty fields
// filled from OTHER, and the lists (roles, tags, e-mails, phones, links) joined without repeats,
// KEEP's first. KEEP's id, uid, archived state, card and photo stay (OTHER's card and photo only
// when KEEP has none); "been in touch" is the later of the two days, and a snooze KEEP's, else OTHER's.
Contact mergedContact(const Contact &keep, const Contact &other, const MergeChoices &choices = {});

// What the merge of the two contacts will move to KEEP, for the dialog and the command line.
struct MergePreview
{
    Contact keep;
    Contact other;
    QList<MergeConflict> conflicts;
    Contact merged;       // with the default choices (KEEP's side)
    int interactions = 0; // OTHER's interactions (KEEP is in some of them already)
    int reminders = 0;    // OTHER's reminders
};

} // namespace tend
