// libFuzzer target: validation and the e-mail check never crash, agree with each other, and the
// search query builder always yields a query FTS5 accepts.
#include "FuzzCheck.h"

#include "model/Validation.h"
#include "model/TextKey.h"
#include "store/SearchQueries.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// One in-memory FTS5 table, made once, to run the built queries against.
QSqlDatabase &searchDatabase()
{
    static QSqlDatabase db = [] {
        QSqlDatabase created = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fuzz"_s);
        created.setDatabaseName(u":memory:"_s);
        created.open();
        QSqlQuery(created).exec(u"CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 2')"_s);
        QSqlQuery(created).exec(u"INSERT INTO t (a) VALUES ('Ada Lovelace'), ('Zoë Ng')"_s);
        return created;
    }();
    return db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    if (tend::looksLikeEmail(text)) {
        TEND_FUZZ_CHECK(text.count(u'@') == 1);
        TEND_FUZZ_CHECK(!text.contains(u' '));
    }

    tend::Contact contact;
    contact.name = text.left(300);
    contact.notes = text;
    contact.emails = text.split(u',');
    contact.phones = text.split(u';');
    const auto problems = tend::validateContact(contact);
    if (text.trimmed().isEmpty())
        TEND_FUZZ_CHECK(!problems.isEmpty());
    for (const auto &problem : problems)
        TEND_FUZZ_CHECK(!problem.message.isEmpty() && !problem.field.isEmpty());
    if (problems.isEmpty()) { // what is accepted holds no control character where the field refuses it
        TEND_FUZZ_CHECK(tend::firstForbiddenCharacter(contact.name, tend::TextShape::OneLine) < 0);
        TEND_FUZZ_CHECK(tend::firstForbiddenCharacter(contact.notes, tend::TextShape::MultiLine) < 0);
    }

    // Folding and the search's highlighting take any text, and keep their ranges inside it.
    (void)tend::textKey(text);
    const QStringList terms = tend::search::terms(text);
    for (const tend::TextRange &range : tend::search::highlights(text, terms))
        TEND_FUZZ_CHECK(range.start >= 0 && range.length > 0 && range.start + range.length <= text.size());
    TEND_FUZZ_CHECK(tend::search::excerpt(text, terms, 80).size() <= text.size() + 2);

    const QString query = tend::search::ftsQuery(text);
    if (!query.isEmpty()) {
        QSqlQuery match(searchDatabase());
        TEND_FUZZ_CHECK(match.prepare(u"SELECT count(*) FROM t WHERE t MATCH ?"_s));
        match.addBindValue(query);
        TEND_FUZZ_CHECK(match.exec());
    }
    return 0;
}
