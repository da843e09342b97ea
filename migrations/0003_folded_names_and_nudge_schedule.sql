-- Tend schema, version 3: names matched without accents, the keep-in-touch schedule stored, and an
-- index for each order of the contact list.

-- contact.name_key now drops accents as well as case ("Élodie" -> "elodie"): the migration's data
-- step (db/MigrationSteps.cpp) refills it through model/TextKey, which SQL cannot express.

-- The keep-in-touch schedule. kept_in_touch_on is the day the user last said "been in touch"
-- (tend done kN). nudge_cadence_days and nudge_due_on hold what rules::effectiveCadence and
-- rules::keepInTouchDue give for the contact; store/NudgeSchedule refreshes them in the same
-- transaction as every change to what they depend on, and the data step fills them now.
ALTER TABLE contact ADD COLUMN kept_in_touch_on TEXT
    CHECK (kept_in_touch_on IS NULL OR kept_in_touch_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE contact ADD COLUMN nudge_cadence_days INTEGER;
ALTER TABLE contact ADD COLUMN nudge_due_on TEXT;

-- Each order of the contact list (store/ContactRepository) walks an index on exactly its ORDER BY
-- expression, so the first page costs the same at 100 contacts or 100,000.
DROP INDEX contact_last_interaction;
CREATE INDEX contact_last_interaction ON contact (COALESCE(last_interaction_on, ''), id);
DROP INDEX contact_next_follow_up;
CREATE INDEX contact_next_follow_up ON contact (COALESCE(next_follow_up_on, '9999-12-31'), id);
CREATE INDEX contact_nudge_due ON contact (COALESCE(nudge_due_on, '9999-12-31'), id);
