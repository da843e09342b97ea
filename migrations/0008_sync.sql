-- Tend schema: two-way CardDAV/CalDAV sync (issue 13; docs/sync.md). Credentials are never here:
-- they live in the desktop keyring.

-- One synced collection: the address book or the task list of the user's account.
CREATE TABLE sync_collection (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL UNIQUE CHECK (kind IN ('contacts', 'reminders')),
    server_url   TEXT NOT NULL CHECK (length(server_url) > 0), -- as the user gave it; the keyring entry's key
    user_name    TEXT NOT NULL CHECK (length(user_name) > 0),
    url          TEXT NOT NULL UNIQUE CHECK (length(url) > 0),   -- the collection, as discovered or created
    display_name TEXT NOT NULL DEFAULT '',
    sync_token   TEXT NOT NULL DEFAULT '', -- recorded after a complete run only
    ctag         TEXT NOT NULL DEFAULT '',
    last_run_at  TEXT,                     -- the last run, complete or not
    last_error   TEXT                      -- what stopped it or was left over; NULL when all went
);

-- The status table: one row per item both sides last agreed on. A row whose local item is gone
-- is the tombstone of a local delete, kept until the server has confirmed it.
CREATE TABLE sync_status (
    collection_id INTEGER NOT NULL REFERENCES sync_collection (id) ON DELETE CASCADE,
    uid           TEXT NOT NULL CHECK (length(uid) > 0),
    local_hash    BLOB NOT NULL,
    href          TEXT NOT NULL,
    etag          TEXT NOT NULL DEFAULT '', -- '' when the server gave none: fetched next time
    remote_hash   BLOB NOT NULL,
    base_fields   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(base_fields)), -- the merge ancestor
    PRIMARY KEY (collection_id, uid)
) WITHOUT ROWID;
-- Not unique: another client may put a different UID at an href for a while.
CREATE INDEX sync_status_by_href ON sync_status (collection_id, href);

-- What is shared, per role. A contact is synced when every one of its roles shares contacts (a
-- contact without roles is), and its own notes travel only when every one of its roles, at least
-- one, shares notes. Therapists stay on this machine until the user opts in.
CREATE TABLE sync_role (
    role           TEXT PRIMARY KEY CHECK (role IN ('mentor', 'sponsor', 'coach', 'therapist', 'peer')),
    share_contacts INTEGER NOT NULL CHECK (share_contacts IN (0, 1)),
    share_notes    INTEGER NOT NULL DEFAULT 0 CHECK (share_notes IN (0, 1))
) WITHOUT ROWID;
INSERT INTO sync_role (role, share_contacts) VALUES
    ('mentor', 1), ('sponsor', 1), ('coach', 1), ('therapist', 0), ('peer', 1);

-- A contact deleted on the server is archived here and leaves the synced set; putting it back
-- (undo, or un-archiving it) brings it back into the set, and the next sync uploads it again.
ALTER TABLE contact ADD COLUMN left_sync INTEGER NOT NULL DEFAULT 0 CHECK (left_sync IN (0, 1));
CREATE TRIGGER contact_rejoins_sync AFTER UPDATE OF archived ON contact
    WHEN OLD.archived = 1 AND NEW.archived = 0 AND NEW.left_sync = 1
BEGIN
    UPDATE contact SET left_sync = 0 WHERE id = NEW.id;
END;

-- The kept card: whether it is the server's copy (written by sync) or came from a file. A card
-- from a file may carry the user's notes and categories, which sync does not send. Another card
-- (an import's) is a file's again; an edit in Tend that keeps the card keeps it the server's.
ALTER TABLE contact_card ADD COLUMN from_server INTEGER NOT NULL DEFAULT 0 CHECK (from_server IN (0, 1));
CREATE TRIGGER contact_card_replaced AFTER UPDATE OF card ON contact_card
    WHEN OLD.card IS NOT NEW.card AND NEW.from_server = 1
BEGIN
    UPDATE contact_card SET from_server = 0 WHERE contact_id = NEW.contact_id;
END;

-- Reminders as VTODOs: a stable UID, and the server's last copy, which an upload writes over so
-- the phone's own alarms and categories stay.
ALTER TABLE reminder ADD COLUMN uid TEXT CHECK (uid IS NULL OR length(uid) > 0);
UPDATE reminder SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
                               || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2)
                               || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX reminder_by_uid ON reminder (uid);
CREATE TRIGGER reminder_uid_given AFTER INSERT ON reminder WHEN NEW.uid IS NULL
BEGIN
    UPDATE reminder
       SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
                       || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2)
                       || '-' || hex(randomblob(6)))
     WHERE id = NEW.id;
END;
ALTER TABLE reminder ADD COLUMN ical_original TEXT;
-- A task deleted on the server: the reminder is dismissed here and is not sent again.
ALTER TABLE reminder ADD COLUMN left_sync INTEGER NOT NULL DEFAULT 0 CHECK (left_sync IN (0, 1));
