-- Tend schema: the user's own rhythm (issue 10) — a cadence per tag, recurring reminders, a
-- duration and a rating on interactions, and important dates. Every column is added, no row moves.

-- A tag's keep-in-touch cadence (schedule/CadenceRule): NULL when the tag sets none, so its
-- contacts fall back to their roles; 0 for "none": the tag's contacts get no nudges from the tag
-- rule (a contact's own cadence still wins).
ALTER TABLE tag ADD COLUMN cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days >= 0);

-- How a reminder repeats (schedule/Recurrence: "90d", "2w", "1m", "1y"); NULL for a one-off.
-- Occurrence series_index of the series anchored at series_anchor is due_on, so month arithmetic
-- keeps its day (31 Jan, 28 Feb, 31 Mar). previous_id is the occurrence whose completion made this
-- one: undoing that completion removes exactly this row.
ALTER TABLE reminder ADD COLUMN repeat_every TEXT CHECK (repeat_every IS NULL OR repeat_every GLOB '[1-9]*[dwmy]');
ALTER TABLE reminder ADD COLUMN repeat_from_completion INTEGER NOT NULL DEFAULT 0
    CHECK (repeat_from_completion IN (0, 1));
ALTER TABLE reminder ADD COLUMN series_anchor TEXT
    CHECK (series_anchor IS NULL OR series_anchor GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE reminder ADD COLUMN series_index INTEGER NOT NULL DEFAULT 0 CHECK (series_index >= 0);
ALTER TABLE reminder ADD COLUMN previous_id INTEGER REFERENCES reminder (id) ON DELETE SET NULL;
CREATE INDEX reminder_by_previous ON reminder (previous_id) WHERE previous_id IS NOT NULL;

-- How long an interaction took, and how useful it was (1–5); both optional.
ALTER TABLE interaction ADD COLUMN duration_minutes INTEGER
    CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 1440);
ALTER TABLE interaction ADD COLUMN rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5);

-- Days that come back every year: birthdays (the year may be unknown, as vCard's --MM-DD), work
-- anniversaries and custom dates with a label. 29 February falls on 28 February in other years
-- (schedule/Anniversaries).
CREATE TABLE important_date (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('birthday', 'anniversary', 'custom')),
    label      TEXT    NOT NULL DEFAULT '',
    year       INTEGER CHECK (year IS NULL OR year BETWEEN 1 AND 9999),
    month      INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    day        INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
    created_at TEXT    NOT NULL,
    CHECK (kind <> 'custom' OR length(trim(label)) > 0)
);
CREATE INDEX important_date_by_contact ON important_date (contact_id, month, day);
CREATE INDEX important_date_by_day ON important_date (month, day, id);
