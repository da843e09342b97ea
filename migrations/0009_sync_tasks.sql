-- Tend schema: asks' deadlines and important dates' reminders as CalDAV tasks too (issue 13;
-- docs/sync.md). Like reminder (0008): a stable UID, the server's last copy (an upload is written
-- over it, so the phone's alarms and categories stay) and whether the server deleted the task (it
-- is not sent again; the ask or the date itself stays).

ALTER TABLE ask ADD COLUMN uid TEXT CHECK (uid IS NULL OR length(uid) > 0);
UPDATE ask SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
                           || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2)
                           || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX ask_by_uid ON ask (uid);
CREATE TRIGGER ask_uid_given AFTER INSERT ON ask WHEN NEW.uid IS NULL
BEGIN
    UPDATE ask
       SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
                       || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2)
                       || '-' || hex(randomblob(6)))
     WHERE id = NEW.id;
END;
ALTER TABLE ask ADD COLUMN ical_original TEXT;
ALTER TABLE ask ADD COLUMN left_sync INTEGER NOT NULL DEFAULT 0 CHECK (left_sync IN (0, 1));

ALTER TABLE important_date ADD COLUMN uid TEXT CHECK (uid IS NULL OR length(uid) > 0);
UPDATE important_date
   SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
                   || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2)
                   || '-' || hex(randomblob(6)));
CREATE UNIQUE INDEX important_date_by_uid ON important_date (uid);
CREATE TRIGGER important_date_uid_given AFTER INSERT ON important_date WHEN NEW.uid IS NULL
BEGIN
    UPDATE important_date
       SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
                       || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2)
                       || '-' || hex(randomblob(6)))
     WHERE id = NEW.id;
END;
ALTER TABLE important_date ADD COLUMN ical_original TEXT;
-- A date's task is its coming occurrence; the server deleting it drops that occurrence only.
ALTER TABLE important_date ADD COLUMN left_sync_on TEXT
    CHECK (left_sync_on IS NULL OR left_sync_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
