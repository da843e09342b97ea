-- Tend schema, version 6: the mentorship practice (issue 9): SMART asks, double opt-in
-- introductions and advice that is acted on and reported back. Planned meetings need no table:
-- an interaction dated after today is one, and interaction.agenda (version 1) holds its agenda.
-- What is due (an ask's deadline, an answer owed, an introduction to chase or to follow up, a
-- thank-you to send, a meeting without an agenda) is read from these states by
-- store/PracticeQueries, so a reminder cannot disagree with the state it comes from.

CREATE TABLE ask (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    direction        TEXT    NOT NULL CHECK (direction IN ('mine', 'theirs')),
    text             TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    why              TEXT    NOT NULL DEFAULT '',
    action           TEXT    NOT NULL DEFAULT '',
    deadline         TEXT    CHECK (deadline IS NULL OR deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    state            TEXT    NOT NULL DEFAULT 'open'
                             CHECK (state IN ('open', 'answered', 'declined', 'done', 'withdrawn')),
    state_changed_on TEXT    NOT NULL CHECK (state_changed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    interaction_id   INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
    created_at       TEXT    NOT NULL
);
CREATE INDEX ask_by_contact ON ask (contact_id, state);
CREATE INDEX ask_by_state ON ask (state, deadline);
CREATE INDEX ask_by_interaction ON ask (interaction_id);

-- Each change of an ask's state, oldest first.
CREATE TABLE ask_step (
    id         INTEGER PRIMARY KEY,
    ask_id     INTEGER NOT NULL REFERENCES ask (id) ON DELETE CASCADE,
    on_day     TEXT    NOT NULL CHECK (on_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    from_state TEXT    NOT NULL CHECK (from_state IN ('open', 'answered', 'declined', 'done', 'withdrawn')),
    to_state   TEXT    NOT NULL CHECK (to_state IN ('open', 'answered', 'declined', 'done', 'withdrawn')),
    note       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX ask_step_by_ask ON ask_step (ask_id, id);

-- first_id is asked first, second_id once the first agreed.
CREATE TABLE introduction (
    id               INTEGER PRIMARY KEY,
    first_id         INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    second_id        INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    why              TEXT    NOT NULL DEFAULT '',
    state            TEXT    NOT NULL DEFAULT 'proposed'
                             CHECK (state IN ('proposed', 'asked-first', 'first-agreed', 'asked-second',
                                              'second-agreed', 'introduced', 'followed-up', 'declined')),
    state_changed_on TEXT    NOT NULL CHECK (state_changed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    declined_by      INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    created_at       TEXT    NOT NULL,
    CHECK (first_id <> second_id)
);
CREATE INDEX introduction_by_first ON introduction (first_id);
CREATE INDEX introduction_by_second ON introduction (second_id);
CREATE INDEX introduction_by_state ON introduction (state, state_changed_on);

CREATE TABLE introduction_step (
    id              INTEGER PRIMARY KEY,
    introduction_id INTEGER NOT NULL REFERENCES introduction (id) ON DELETE CASCADE,
    on_day          TEXT    NOT NULL CHECK (on_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    from_state      TEXT    NOT NULL,
    to_state        TEXT    NOT NULL,
    interaction_id  INTEGER REFERENCES interaction (id) ON DELETE SET NULL
);
CREATE INDEX introduction_step_by_introduction ON introduction_step (introduction_id, id);
CREATE INDEX introduction_step_by_interaction ON introduction_step (interaction_id);

-- Advice received in an interaction; its givers are the interaction's participants.
CREATE TABLE advice (
    id                    INTEGER PRIMARY KEY,
    interaction_id        INTEGER NOT NULL REFERENCES interaction (id) ON DELETE CASCADE,
    position              INTEGER NOT NULL,
    text                  TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    state                 TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'acted-on', 'reported-back')),
    outcome               TEXT    NOT NULL DEFAULT '',
    acted_on              TEXT    CHECK (acted_on IS NULL OR acted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    reported_on           TEXT    CHECK (reported_on IS NULL OR reported_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    report_interaction_id INTEGER REFERENCES interaction (id) ON DELETE SET NULL
);
CREATE INDEX advice_by_interaction ON advice (interaction_id, position);
CREATE INDEX advice_by_state ON advice (state);
CREATE INDEX advice_by_report ON advice (report_interaction_id);

-- The days an asked party may take before Tend suggests chasing them are the setting
-- 'intro-chase-days'; without that row, IntroductionFlow's defaultChaseDays (7) applies.
