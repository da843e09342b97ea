-- Tend schema: an important date's reminder done or snoozed (issue 10 §3). One row per date and
-- occurrence: occurs_on is the calendar day the date falls on that year (29 February on 28
-- February in other years), so next year's occurrence has no row and comes back by itself.
-- done_on: the day the user marked this occurrence done (it leaves Today and `tend due`);
-- snoozed_until: the day its reminder comes back (the occurrence's own day at the latest).
-- A row with neither is never kept: undoing the last change deletes it.
CREATE TABLE date_occurrence (
    id                INTEGER PRIMARY KEY,
    important_date_id INTEGER NOT NULL REFERENCES important_date (id) ON DELETE CASCADE,
    occurs_on         TEXT    NOT NULL CHECK (occurs_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    done_on           TEXT    CHECK (done_on IS NULL OR done_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    snoozed_until     TEXT    CHECK (snoozed_until IS NULL OR snoozed_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    CHECK (done_on IS NOT NULL OR snoozed_until IS NOT NULL),
    UNIQUE (important_date_id, occurs_on)
);
