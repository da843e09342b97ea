-- Tend schema, version 5: pairs of contacts the user said are not the same person (issue 11,
-- "Possible duplicates"). Notebook::possibleDuplicates leaves them out. Each pair is stored once,
-- the smaller id first; deleting either contact (a merge too) forgets the pair.
CREATE TABLE dismissed_duplicate (
    contact_id   INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    other_id     INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    dismissed_at TEXT    NOT NULL,
    PRIMARY KEY (contact_id, other_id),
    CHECK (contact_id < other_id)
) WITHOUT ROWID;
CREATE INDEX dismissed_duplicate_by_other ON dismissed_duplicate (other_id, contact_id);
