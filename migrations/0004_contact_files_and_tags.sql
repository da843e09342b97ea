-- Tend schema, version 4: what contact files and sync need (issue 11), and tags (issue 10 §1).

-- A stable identifier for every contact: the vCard UID it was imported with, else a random UUID.
-- Export writes it as UID and sync keys on it, so a re-import or a re-export finds the same person.
ALTER TABLE contact ADD COLUMN uid TEXT CHECK (uid IS NULL OR length(uid) > 0);
UPDATE contact
   SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
                   || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2) || '-'
                   || hex(randomblob(6)));
CREATE UNIQUE INDEX contact_by_uid ON contact (uid);
-- A row written without one (by hand, by an older tool) still gets one.
CREATE TRIGGER contact_uid_given AFTER INSERT ON contact WHEN NEW.uid IS NULL
BEGIN
    UPDATE contact
       SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
                       || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2) || '-'
                       || hex(randomblob(6)))
     WHERE id = NEW.id;
END;

-- The day a connection was made (LinkedIn's "Connected On").
ALTER TABLE contact ADD COLUMN connected_on TEXT
    CHECK (connected_on IS NULL OR connected_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

-- The vCard a contact came from (or, for a CSV row, one written from the row's fields Tend does not
-- hold: addresses, birthdays, anniversaries, nicknames). An export merges Tend's fields into it,
-- so everything Tend ignores travels on; BDAY and ANNIVERSARY wait here until important dates exist.
CREATE TABLE contact_card (
    contact_id INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    card       TEXT NOT NULL CHECK (length(card) > 0)
);

-- A contact's photo, as the front end prepared it (scaled down: see docs/architecture.md).
CREATE TABLE contact_photo (
    contact_id INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    mime_type  TEXT NOT NULL CHECK (length(mime_type) > 0),
    data       BLOB NOT NULL CHECK (length(data) BETWEEN 1 AND 1048576)
);

-- Free-form tags ("inner circle", "PyLadies"). name_key is model/TextKey's fold of the name, so
-- "ex-Acme" and "Ex-ACME" are one tag; a rename changes one row, a merge moves contact_tag rows.
CREATE TABLE tag (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key TEXT NOT NULL UNIQUE CHECK (length(name_key) > 0)
);

CREATE TABLE contact_tag (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tag_by_tag ON contact_tag (tag_id, contact_id);
