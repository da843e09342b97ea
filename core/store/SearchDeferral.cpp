#include "store/SearchDeferral.h"

#include "db/Sql.h"

using namespace Qt::StringLiterals;

namespace tend::searchdeferral {

Status begin(const QSqlDatabase &db)
{
    for (const QString &statement :
         {u"DELETE FROM search_deferral"_s,
          u"INSERT INTO search_deferral (index_name, from_rowid)"
          " SELECT 'contact_search', COALESCE(max(id), 0) + 1 FROM contact"_s,
          u"INSERT INTO search_deferral (index_name, from_rowid)"
          " SELECT 'interaction_search', COALESCE(max(id), 0) + 1 FROM interaction"_s}) {
        if (auto done = sql::exec(db, statement); !done)
            return done.error();
    }
    return {};
}

Status catchUp(const QSqlDatabase &db)
{
    for (const QString &statement :
         {u"INSERT INTO contact_search (rowid, name, organisation, title, notes, emails)"
          " SELECT c.id, c.name, c.organisation, c.title, c.notes,"
          " COALESCE((SELECT group_concat(e.email, ' ') FROM contact_email e WHERE e.contact_id = c.id), '')"
          " FROM contact c"
          " WHERE c.id >= (SELECT from_rowid FROM search_deferral WHERE index_name = 'contact_search')"
          " ORDER BY c.id"_s,
          u"INSERT INTO interaction_search (rowid, summary, notes, agenda)"
          " SELECT i.id, i.summary, i.notes, i.agenda FROM interaction i"
          " WHERE i.id >= (SELECT from_rowid FROM search_deferral WHERE index_name = 'interaction_search')"
          " ORDER BY i.id"_s,
          u"DELETE FROM search_deferral"_s}) {
        if (auto done = sql::exec(db, statement); !done)
            return done.error();
    }
    return {};
}

} // namespace tend::searchdeferral
