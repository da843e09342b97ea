#pragma once

#include "model/Contact.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tend {

// Why two contacts may be one person (Notebook::possibleDuplicates).
struct DuplicateReason
{
    enum class Kind { Email, Phone, SameName, SimilarName };
    Kind kind = Kind::SameName;
    QString detail; // the shared address or number as the first contact has it; empty for names
    friend bool operator==(const DuplicateReason &, const DuplicateReason &) = default;
};
QString toKey(DuplicateReason::Kind kind); // "email", "phone", "same-name", "similar-name"
// "Same e-mail: ada@example.org", "Similar name"…, translated plain text.
QString describe(const DuplicateReason &reason);

struct DuplicatePair
{
    ContactSummary a; // the smaller id
    ContactSummary b;
    QList<DuplicateReason> reasons;
};

// A pair the user said is not one person, by the contacts' UIDs (first < second), as the JSON
// export carries it.
struct DismissedDuplicate
{
    QString firstUid;
    QString secondUid;
    QDateTime dismissedAt;
    friend bool operator==(const DismissedDuplicate &, const DismissedDuplicate &) = default;
};

} // namespace tend
