-- Tend schema, version 1.
PRAGMA application_id = 1415933540; -- "Tend"
-- Dates are ISO-8601 text: days as YYYY-MM-DD, instants as YYYY-MM-DDTHH:MM:SSZ (UTC).

CREATE TABLE contact (
    id                  INTEGER PRIMARY KEY,
    name                TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    name_key            TEXT    NOT NULL,            -- case-folded name, for lookups
    organisation        TEXT    NOT NULL DEFAULT '',
    title               TEXT    NOT NULL DEFAULT '',
    met_via             TEXT    CHECK (met_via IN ('work-program', 'work', 'school', 'community', 'online', 'other')),
    met_via_detail      TEXT    NOT NULL DEFAULT '',
    notes               TEXT    NOT NULL DEFAULT '',
    cadence_days        INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0),
    archived            INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    nudge_snoozed_until TEXT,                        -- keep-in-touch nudge hidden until this day
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    -- Maintained by the triggers below; never written by the application.
    last_interaction_on TEXT,
    next_follow_up_on   TEXT
);
CREATE INDEX contact_name_key ON contact (name_key, id);
CREATE INDEX contact_last_interaction ON contact (last_interaction_on, id);
CREATE INDEX contact_next_follow_up ON contact (next_follow_up_on, id);
CREATE INDEX contact_organisation ON contact (organisation COLLATE NOCASE, id);

CREATE TABLE contact_role (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL CHECK (role IN ('mentor', 'sponsor', 'coach', 'therapist', 'peer')),
    PRIMARY KEY (contact_id, role)
) WITHOUT ROWID;
CREATE INDEX contact_role_by_role ON contact_role (role, contact_id);

CREATE TABLE contact_email (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    email      TEXT    NOT NULL CHECK (length(email) > 0)
);
CREATE INDEX contact_email_by_contact ON contact_email (contact_id, position);

CREATE TABLE contact_phone (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    phone      TEXT    NOT NULL CHECK (length(phone) > 0)
);
CREATE INDEX contact_phone_by_contact ON contact_phone (contact_id, position);

CREATE TABLE contact_link (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    label      TEXT    NOT NULL DEFAULT '',
    url        TEXT    NOT NULL CHECK (length(url) > 0)
);
CREATE INDEX contact_link_by_contact ON contact_link (contact_id, position);

CREATE TABLE interaction (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('coffee', 'call', 'video', 'email', 'message', 'meeting',
                                              'event', 'intro', 'review', 'other')),
    occurred_on TEXT NOT NULL CHECK (occurred_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    direction   TEXT NOT NULL CHECK (direction IN ('gave', 'received', 'mutual')),
    summary     TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    agenda      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX interaction_by_date ON interaction (occurred_on, id);

CREATE TABLE interaction_participant (
    interaction_id INTEGER NOT NULL REFERENCES interaction (id) ON DELETE CASCADE,
    contact_id     INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX interaction_participant_by_contact ON interaction_participant (contact_id, interaction_id);

CREATE TABLE reminder (
    id             INTEGER PRIMARY KEY,
    contact_id     INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    interaction_id INTEGER REFERENCES interaction (id) ON DELETE CASCADE,
    due_on         TEXT    NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    reason         TEXT    NOT NULL DEFAULT '',
    state          TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'dismissed')),
    completed_at   TEXT,
    created_at     TEXT    NOT NULL
);
CREATE INDEX reminder_open_by_due ON reminder (due_on, id) WHERE state = 'open';
CREATE INDEX reminder_by_contact ON reminder (contact_id, state, due_on);
CREATE INDEX reminder_by_interaction ON reminder (interaction_id);

-- What happened to a reminder over time: created, snoozed (with old and new due dates), done...
CREATE TABLE reminder_event (
    id          INTEGER PRIMARY KEY,
    reminder_id INTEGER NOT NULL REFERENCES reminder (id) ON DELETE CASCADE,
    at          TEXT    NOT NULL,
    action      TEXT    NOT NULL CHECK (action IN ('created', 'snoozed', 'done', 'dismissed', 'reopened', 'rescheduled')),
    from_due    TEXT,
    to_due      TEXT
);
CREATE INDEX reminder_event_by_reminder ON reminder_event (reminder_id, id);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO setting (key, value) VALUES
    ('follow-up-days.coffee', '14'),
    ('follow-up-days.meeting', '7'),
    ('cadence-days.mentor', '30'),
    ('cadence-days.sponsor', '60'),
    ('cadence-days.coach', '14'),
    ('cadence-days.peer', '90');

-- Denormalised "last interaction" per contact.
CREATE TRIGGER participant_added AFTER INSERT ON interaction_participant
BEGIN
    UPDATE contact
       SET last_interaction_on = max(COALESCE(last_interaction_on, ''),
                                     (SELECT occurred_on FROM interaction WHERE id = NEW.interaction_id))
     WHERE id = NEW.contact_id;
END;

CREATE TRIGGER participant_removed AFTER DELETE ON interaction_participant
BEGIN
    UPDATE contact
       SET last_interaction_on = (SELECT max(i.occurred_on)
                                    FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id
                                   WHERE p.contact_id = OLD.contact_id)
     WHERE id = OLD.contact_id;
END;

CREATE TRIGGER interaction_redated AFTER UPDATE OF occurred_on ON interaction
BEGIN
    UPDATE contact
       SET last_interaction_on = (SELECT max(i.occurred_on)
                                    FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id
                                   WHERE p.contact_id = contact.id)
     WHERE id IN (SELECT contact_id FROM interaction_participant WHERE interaction_id = NEW.id);
END;

-- Denormalised "next open follow-up" per contact.
CREATE TRIGGER reminder_added AFTER INSERT ON reminder
BEGIN
    UPDATE contact
       SET next_follow_up_on = (SELECT min(due_on) FROM reminder WHERE contact_id = NEW.contact_id AND state = 'open')
     WHERE id = NEW.contact_id;
END;

CREATE TRIGGER reminder_changed AFTER UPDATE OF due_on, state, contact_id ON reminder
BEGIN
    UPDATE contact
       SET next_follow_up_on = (SELECT min(due_on) FROM reminder WHERE contact_id = contact.id AND state = 'open')
     WHERE id IN (OLD.contact_id, NEW.contact_id);
END;

CREATE TRIGGER reminder_removed AFTER DELETE ON reminder
BEGIN
    UPDATE contact
       SET next_follow_up_on = (SELECT min(due_on) FROM reminder WHERE contact_id = OLD.contact_id AND state = 'open')
     WHERE id = OLD.contact_id;
END;
