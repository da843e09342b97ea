#pragma once

#include "model/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tend {

// A run of characters in a piece of text: a matched word to highlight.
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// A contact found by Notebook::search: where their best match is (their own fields, an
// interaction's summary or notes, or an interaction's agenda), a plain-text excerpt of it, and
// the matched words in that excerpt. The excerpt is the user's own text: never rich text; the
// ranges are for painting, not for building markup.
struct SearchHit
{
    enum class Place { Contact, Interaction, Agenda };

    qint64 contactId = 0;
    QString name;
    bool archived = false;

    Place place = Place::Contact;
    QString field;                 // where in that place: "name", "organisation", "title", "emails",
                                   // "notes" (the contact's or the interaction's), "summary", "agenda"
    qint64 interactionId = 0;      // when the match is in an interaction
    QDate interactionDate;
    InteractionKind interactionKind = InteractionKind::Other;

    QString snippet;               // one line, "…" where it was cut
    QList<TextRange> highlights;   // the words of `snippet` that matched
};

QString toKey(SearchHit::Place place); // "contact" | "interaction" | "agenda"

} // namespace tend
