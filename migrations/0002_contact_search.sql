-- Tend schema, version 2: full-text search over contacts and interactions (SQLite FTS5).
-- The indexes hold copies of the searchable text and are kept in step by the triggers below;
-- Notebook::search ranks contacts by their own text and by the interactions they took part in.

CREATE VIRTUAL TABLE contact_search USING fts5(
    name, organisation, title, notes, emails,
    tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE interaction_search USING fts5(
    summary, notes, agenda,
    tokenize = 'unicode61 remove_diacritics 2');

-- Existing data.
INSERT INTO contact_search (rowid, name, organisation, title, notes, emails)
SELECT c.id, c.name, c.organisation, c.title, c.notes,
       COALESCE((SELECT group_concat(e.email, ' ') FROM contact_email e WHERE e.contact_id = c.id), '')
  FROM contact c;

INSERT INTO interaction_search (rowid, summary, notes, agenda)
SELECT id, summary, notes, agenda FROM interaction;

-- Contacts.
CREATE TRIGGER contact_search_added AFTER INSERT ON contact
BEGIN
    INSERT INTO contact_search (rowid, name, organisation, title, notes, emails)
    VALUES (NEW.id, NEW.name, NEW.organisation, NEW.title, NEW.notes, '');
END;

CREATE TRIGGER contact_search_changed AFTER UPDATE OF name, organisation, title, notes ON contact
BEGIN
    UPDATE contact_search
       SET name = NEW.name, organisation = NEW.organisation, title = NEW.title, notes = NEW.notes
     WHERE rowid = NEW.id;
END;

CREATE TRIGGER contact_search_removed AFTER DELETE ON contact
BEGIN
    DELETE FROM contact_search WHERE rowid = OLD.id;
END;

-- E-mail addresses, gathered into the contact's row.
CREATE TRIGGER contact_email_search_added AFTER INSERT ON contact_email
BEGIN
    UPDATE contact_search
       SET emails = COALESCE((SELECT group_concat(email, ' ') FROM contact_email WHERE contact_id = NEW.contact_id), '')
     WHERE rowid = NEW.contact_id;
END;

CREATE TRIGGER contact_email_search_changed AFTER UPDATE ON contact_email
BEGIN
    UPDATE contact_search
       SET emails = COALESCE((SELECT group_concat(email, ' ') FROM contact_email WHERE contact_id = contact_search.rowid), '')
     WHERE rowid IN (OLD.contact_id, NEW.contact_id);
END;

CREATE TRIGGER contact_email_search_removed AFTER DELETE ON contact_email
BEGIN
    UPDATE contact_search
       SET emails = COALESCE((SELECT group_concat(email, ' ') FROM contact_email WHERE contact_id = OLD.contact_id), '')
     WHERE rowid = OLD.contact_id;
END;

-- Interactions.
CREATE TRIGGER interaction_search_added AFTER INSERT ON interaction
BEGIN
    INSERT INTO interaction_search (rowid, summary, notes, agenda)
    VALUES (NEW.id, NEW.summary, NEW.notes, NEW.agenda);
END;

CREATE TRIGGER interaction_search_changed AFTER UPDATE OF summary, notes, agenda ON interaction
BEGIN
    UPDATE interaction_search
       SET summary = NEW.summary, notes = NEW.notes, agenda = NEW.agenda
     WHERE rowid = NEW.id;
END;

CREATE TRIGGER interaction_search_removed AFTER DELETE ON interaction
BEGIN
    DELETE FROM interaction_search WHERE rowid = OLD.id;
END;
