-- Tend schema, version 2: full-text search over contacts and interactions (SQLite FTS5).
-- contact_search holds a copy of the contact's text (its e-mails live in another table);
-- interaction_search is an external-content index that reads the text from interaction itself.
-- Both are kept in step by the triggers below;
-- Notebook::search ranks contacts by their own text and by the interactions they took part in.

CREATE VIRTUAL TABLE contact_search USING fts5(
    name, organisation, title, notes, emails,
    tokenize = 'unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE interaction_search USING fts5(
    summary, notes, agenda,
    content = 'interaction', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');

-- Existing data.
INSERT INTO contact_search (rowid, name, organisation, title, notes, emails)
SELECT c.id, c.name, c.organisation, c.title, c.notes,
       COALESCE((SELECT group_concat(e.email, ' ') FROM contact_email e WHERE e.contact_id = c.id), '')
  FROM contact c;

INSERT INTO interaction_search (interaction_search) VALUES ('rebuild');

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

-- An external-content index forgets a row by being told its old text.
CREATE TRIGGER interaction_search_changed AFTER UPDATE OF summary, notes, agenda ON interaction
BEGIN
    INSERT INTO interaction_search (interaction_search, rowid, summary, notes, agenda)
    VALUES ('delete', OLD.id, OLD.summary, OLD.notes, OLD.agenda);
    INSERT INTO interaction_search (rowid, summary, notes, agenda)
    VALUES (NEW.id, NEW.summary, NEW.notes, NEW.agenda);
END;

CREATE TRIGGER interaction_search_removed AFTER DELETE ON interaction
BEGIN
    INSERT INTO interaction_search (interaction_search, rowid, summary, notes, agenda)
    VALUES ('delete', OLD.id, OLD.summary, OLD.notes, OLD.agenda);
END;
