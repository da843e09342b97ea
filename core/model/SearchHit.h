#pragma once

#include <QString>

namespace tend {

// A contact found by Notebook::search, with a plain-text excerpt of what matched (their own
// fields or the notes of an interaction they took part in). Never rich text.
struct SearchHit
{
    qint64 contactId = 0;
    QString name;
    QString snippet;
    bool archived = false;
};

} // namespace tend
