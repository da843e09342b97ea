#pragma once

#include "model/Vocabulary.h"

#include <QString>

namespace tend {

// The person of one role the user found most useful to meet: the best average of the 1–5 ratings
// of their interactions over the last year (more rated meetings break a tie, then the name).
struct MostUseful
{
    static constexpr int days = 365;

    Role role = Role::Mentor;
    qint64 contactId = 0;
    QString name;
    double averageRating = 0;
    int rated = 0; // how many rated interactions the average is of
};

} // namespace tend
