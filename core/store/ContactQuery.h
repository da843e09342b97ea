#pragma once

#include "model/Contact.h"
#include "model/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace tend {

// Where a page of the contact list ends, so the next page starts after it (keyset paging).
struct ContactCursor
{
    QVariant sortValue;
    qint64 id = 0;
};

// A filter and an order for the contact list.
struct ContactQuery
{
    enum class Sort { Name, Organisation, LastInteraction, NextFollowUp, LosingTouch };

    // Words of the name, organisation, title or e-mails, each typed word the start of one; case and
    // accents do not matter ("unal" finds "Ünal"). The full-text index of `tend search`.
    QString search;
    QList<Role> roles;               // contacts with any of these roles; empty for all
    QString tag;                     // contacts with this tag (any spelling of it); empty for all
    std::optional<MetVia> metVia;    // contacts met this way; nullopt for all
    bool includeArchived = false;
    bool onlyArchived = false;
    // LosingTouch orders by the next keep-in-touch day: ascending, those furthest past their
    // cadence come first, and people with no cadence last.
    Sort sort = Sort::Name;
    bool descending = false;
    int limit = -1;                  // -1 for all
    std::optional<ContactCursor> after;
};

// One page of the list and, when more rows may follow, where the next page starts.
struct ContactPage
{
    QList<ContactSummary> rows;
    std::optional<ContactCursor> next;
};

} // namespace tend
