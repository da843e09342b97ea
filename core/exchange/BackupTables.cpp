#include "exchange/BackupTables.h"

using namespace Qt::StringLiterals;

namespace tend::exchange {

QString BackupColumn::key() const
{
    if (value == BackupValue::Text || value == BackupValue::Integer || !column.endsWith(u"_id"_s))
        return column;
    return column.chopped(3);
}

const QList<BackupTable> &backupTables()
{
    using enum BackupValue;
    static const QList<BackupTable> tables{
        {u"important_date"_s, u"important_dates"_s,
         {{u"uid"_s}, {u"contact_id"_s, Contact}, {u"kind"_s}, {u"label"_s}, {u"year"_s, Integer},
          {u"month"_s, Integer}, {u"day"_s, Integer}, {u"created_at"_s}},
         {u"uid"_s},
         {u"ical_original"_s, u"left_sync_on"_s}},
        {u"date_occurrence"_s, u"date_occurrences"_s,
         {{u"important_date_id"_s, Row, u"important_date"_s}, {u"occurs_on"_s}, {u"done_on"_s},
          {u"snoozed_until"_s}},
         {u"important_date_id"_s, u"occurs_on"_s},
         {}},
        {u"ask"_s, u"asks"_s,
         {{u"uid"_s}, {u"contact_id"_s, Contact}, {u"direction"_s}, {u"text"_s}, {u"why"_s}, {u"action"_s},
          {u"deadline"_s}, {u"state"_s}, {u"state_changed_on"_s}, {u"interaction_id"_s, Interaction},
          {u"created_at"_s}},
         {u"uid"_s},
         {u"ical_original"_s, u"left_sync"_s}},
        {u"ask_step"_s, u"ask_steps"_s,
         {{u"ask_id"_s, Row, u"ask"_s}, {u"on_day"_s}, {u"from_state"_s}, {u"to_state"_s}, {u"note"_s}},
         {u"ask_id"_s, u"on_day"_s, u"from_state"_s, u"to_state"_s, u"note"_s},
         {}},
        {u"introduction"_s, u"introductions"_s,
         {{u"first_id"_s, Contact}, {u"second_id"_s, Contact}, {u"why"_s}, {u"state"_s}, {u"state_changed_on"_s},
          {u"declined_by"_s, Contact}, {u"created_at"_s}},
         {u"first_id"_s, u"second_id"_s, u"created_at"_s},
         {}},
        {u"introduction_step"_s, u"introduction_steps"_s,
         {{u"introduction_id"_s, Row, u"introduction"_s}, {u"on_day"_s}, {u"from_state"_s}, {u"to_state"_s},
          {u"interaction_id"_s, Interaction}},
         {u"introduction_id"_s, u"on_day"_s, u"from_state"_s, u"to_state"_s},
         {}},
        {u"advice"_s, u"advice"_s,
         {{u"interaction_id"_s, Interaction}, {u"position"_s, Integer}, {u"text"_s}, {u"state"_s}, {u"outcome"_s},
          {u"acted_on"_s}, {u"reported_on"_s}, {u"report_interaction_id"_s, Interaction}},
         {u"interaction_id"_s, u"position"_s},
         {}},
    };
    return tables;
}

} // namespace tend::exchange
