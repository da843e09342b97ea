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

    QString search;                  // matches name, organisation, title and e-mails; case-insensitive
    QList<Role> roles;               // contacts with any of these roles; empty for all
    bool includeArchived = false;
    bool onlyArchived = false;
    Sort sort = Sort::Name;
    bool descending = false;
    QDate today;                     // needed by Sort::LosingTouch
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
