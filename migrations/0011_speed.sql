-- Tend schema: two things issue 12 measured.
--
-- 1. Counting the contacts one sees (not archived) without reading every contact row: count(*)
--    … WHERE archived = 0 took 12 ms on 10,000 contacts, on the window's thread, at start-up.
--    ContactRepository::count takes the archived few (this index) from count(*) of all (which
--    SQLite reads from its smallest index). It serves no query on archived = 0, so every list
--    keeps walking the index of its sort.
CREATE INDEX contact_archived ON contact (id) WHERE archived = 1;

-- 2. The search index catches up once at the end of a bulk write (issue 12 §2).
-- FTS5 writes its pending rows to disk at every statement savepoint, so indexing 250,000
-- interactions one INSERT at a time wrote 250,000 one-row segments and took ten times as long
-- as indexing them in one statement. While a bulk write runs, it holds a row here naming the
-- first rowid it may add; the triggers leave rows from there on to the bulk write, which indexes
-- them in one INSERT … SELECT before it commits and deletes its row. The row never outlives the
-- bulk write's transaction. Rows below from_rowid (all that existed, and rows given back their
-- old id by an undo) are indexed by the triggers as always.
CREATE TABLE search_deferral (
    index_name TEXT    PRIMARY KEY CHECK (index_name IN ('contact_search', 'interaction_search')),
    from_rowid INTEGER NOT NULL
) WITHOUT ROWID;

-- Contacts: contact_search holds its own copy of the text, so an UPDATE or DELETE of a row that is
-- not indexed yet changes nothing; only the inserts wait.
DROP TRIGGER contact_search_added;
CREATE TRIGGER contact_search_added AFTER INSERT ON contact
WHEN NOT EXISTS (SELECT 1 FROM search_deferral WHERE index_name = 'contact_search' AND NEW.id >= from_rowid)
BEGIN
    INSERT INTO contact_search (rowid, name, organisation, title, notes, emails)
    VALUES (NEW.id, NEW.name, NEW.organisation, NEW.title, NEW.notes, '');
END;

DROP TRIGGER contact_email_search_added;
CREATE TRIGGER contact_email_search_added AFTER INSERT ON contact_email
WHEN NOT EXISTS (SELECT 1 FROM search_deferral WHERE index_name = 'contact_search' AND NEW.contact_id >= from_rowid)
BEGIN
    UPDATE contact_search
       SET emails = COALESCE((SELECT group_concat(email, ' ') FROM contact_email WHERE contact_id = NEW.contact_id), '')
     WHERE rowid = NEW.contact_id;
END;

-- Interactions: an external-content index is told the old text to forget a row, which must not
-- happen for a row it never held.
DROP TRIGGER interaction_search_added;
CREATE TRIGGER interaction_search_added AFTER INSERT ON interaction
WHEN NOT EXISTS (SELECT 1 FROM search_deferral WHERE index_name = 'interaction_search' AND NEW.id >= from_rowid)
BEGIN
    INSERT INTO interaction_search (rowid, summary, notes, agenda)
    VALUES (NEW.id, NEW.summary, NEW.notes, NEW.agenda);
END;

DROP TRIGGER interaction_search_changed;
CREATE TRIGGER interaction_search_changed AFTER UPDATE OF summary, notes, agenda ON interaction
WHEN NOT EXISTS (SELECT 1 FROM search_deferral WHERE index_name = 'interaction_search' AND OLD.id >= from_rowid)
BEGIN
    INSERT INTO interaction_search (interaction_search, rowid, summary, notes, agenda)
    VALUES ('delete', OLD.id, OLD.summary, OLD.notes, OLD.agenda);
    INSERT INTO interaction_search (rowid, summary, notes, agenda)
    VALUES (NEW.id, NEW.summary, NEW.notes, NEW.agenda);
END;

DROP TRIGGER interaction_search_removed;
CREATE TRIGGER interaction_search_removed AFTER DELETE ON interaction
WHEN NOT EXISTS (SELECT 1 FROM search_deferral WHERE index_name = 'interaction_search' AND OLD.id >= from_rowid)
BEGIN
    INSERT INTO interaction_search (interaction_search, rowid, summary, notes, agenda)
    VALUES ('delete', OLD.id, OLD.summary, OLD.notes, OLD.agenda);
END;
