#include "TestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

QStringList names(const QList<ContactSummary> &rows)
{
    QStringList result;
    for (const ContactSummary &row : rows)
        result.append(row.name);
    return result;
}

QList<ContactSummary> all(Notebook &notebook, ContactQuery query)
{
    auto page = notebook.contacts(query);
    if (!page)
        qFatal("contacts failed: %s", qPrintable(page.error().message));
    return page->rows;
}

} // namespace

class TestContactQuery : public QObject
{
    Q_OBJECT
private slots:
    void keysetPagingVisitsEveryRowOnce_data()
    {
        QTest::addColumn<ContactQuery::Sort>("sort");
        QTest::addColumn<bool>("descending");
        for (const auto &[label, sort] : std::initializer_list<std::pair<const char *, ContactQuery::Sort>>{
                 {"name", ContactQuery::Sort::Name},
                 {"organisation", ContactQuery::Sort::Organisation},
                 {"last interaction", ContactQuery::Sort::LastInteraction},
                 {"next follow-up", ContactQuery::Sort::NextFollowUp},
                 {"losing touch", ContactQuery::Sort::LosingTouch}}) {
            QTest::addRow("%s asc", label) << sort << false;
            QTest::addRow("%s desc", label) << sort << true;
        }
    }
    void keysetPagingVisitsEveryRowOnce()
    {
        QFETCH(ContactQuery::Sort, sort);
        QFETCH(bool, descending);
        test::TempNotebook nb;
        // Many equal sort values (organisations, dates, nulls) so ties must be broken by id.
        for (int i = 0; i < 57; ++i) {
            Contact contact;
            contact.name = u"Person %1"_s.arg(i % 10);
            contact.organisation = i % 3 == 0 ? QString() : u"Org %1"_s.arg(i % 4);
            contact.roles = {i % 2 ? Role::Mentor : Role::Peer};
            const qint64 id = *nb->addContact(contact);
            if (i % 4 != 0) {
                Interaction chat;
                chat.date = QDate(2026, 11, 1 + i % 5);
                chat.participants = {ContactRef{id, {}}};
                QVERIFY(nb->logInteraction(chat, i % 3 ? FollowUpChoice::kindDefault() : FollowUpChoice::none()).ok());
            }
        }
        ContactQuery query;
        query.sort = sort;
        query.descending = descending;
        const QList<ContactSummary> expected = all(*nb.notebook, query);
        QCOMPARE(expected.size(), 57);

        query.limit = 8;
        QList<ContactSummary> paged;
        int pages = 0;
        for (;;) {
            auto page = nb->contacts(query);
            QVERIFY(page.ok());
            QVERIFY(page->rows.size() <= 8);
            paged += page->rows;
            ++pages;
            if (!page->next)
                break;
            query.after = page->next;
        }
        QCOMPARE(pages, 8);
        QCOMPARE(paged.size(), expected.size());
        for (qsizetype i = 0; i < paged.size(); ++i)
            QCOMPARE(paged.at(i).id, expected.at(i).id);
    }

    void sortsByName()
    {
        test::TempNotebook nb;
        for (const QString &name : {u"bob"_s, u"Ádám"_s, u"alice"_s, u"Carol"_s})
            test::addContact(*nb.notebook, name);
        // By the folded key: case and accents do not move a name to the end.
        QCOMPARE(names(all(*nb.notebook, {})), (QStringList{u"Ádám"_s, u"alice"_s, u"bob"_s, u"Carol"_s}));
    }

    void losingTouchPutsMostOverdueFirst()
    {
        test::TempNotebook nb(QDate(2026, 1, 1));
        const qint64 coach = test::addContact(*nb.notebook, u"Coach"_s, {Role::Coach});    // 14 days
        const qint64 peer = test::addContact(*nb.notebook, u"Peer"_s, {Role::Peer});       // 90 days
        test::addContact(*nb.notebook, u"Nobody"_s);                                        // no cadence
        const qint64 snoozed = test::addContact(*nb.notebook, u"Snoozed"_s, {Role::Coach});
        QVERIFY(nb->snoozeNudge(snoozed, QDate(2026, 6, 1)).ok()); // a snooze counts
        ContactQuery query;
        query.sort = ContactQuery::Sort::LosingTouch;
        const auto rows = all(*nb.notebook, query);
        QCOMPARE(rows.at(0).id, coach);
        QCOMPARE(rows.at(0).nudgeDue, QDate(2026, 1, 15));
        QCOMPARE(rows.at(1).id, peer);
        QCOMPARE(rows.at(2).id, snoozed);
        QCOMPARE(rows.at(3).name, u"Nobody"_s);
    }

    void searchMatchesNameOrganisationTitleAndEmail()
    {
        test::TempNotebook nb;
        Contact ada;
        ada.name = u"Ada Lovelace"_s;
        ada.organisation = u"Analytical Engines"_s;
        ada.emails = {u"countess@example.org"_s};
        QVERIFY(nb->addContact(ada).ok());
        Contact zoe;
        zoe.name = u"ZOË Ng"_s;
        zoe.title = u"Staff Engineer"_s;
        QVERIFY(nb->addContact(zoe).ok());
        Contact percent;
        percent.name = u"100% Coverage"_s;
        QVERIFY(nb->addContact(percent).ok());

        const auto search = [&](const QString &text) {
            ContactQuery query;
            query.search = text;
            return names(all(*nb.notebook, query));
        };
        // The same full-text index as `tend search`: every typed word starts a word of the name,
        // organisation, title or e-mails; case and accents do not matter.
        QCOMPARE(search(u"love"_s), QStringList{u"Ada Lovelace"_s});
        QCOMPARE(search(u"ANALYTICAL"_s), QStringList{u"Ada Lovelace"_s});
        QCOMPARE(search(u"ada ana"_s), QStringList{u"Ada Lovelace"_s});
        QCOMPARE(search(u"countess@"_s), QStringList{u"Ada Lovelace"_s});
        QCOMPARE(search(u"zoë"_s), QStringList{u"ZOË Ng"_s});
        QCOMPARE(search(u"zoe"_s), QStringList{u"ZOË Ng"_s});
        QCOMPARE(search(u"staff"_s), QStringList{u"ZOË Ng"_s});
        QCOMPARE(search(u"100"_s), QStringList{u"100% Coverage"_s});
        QCOMPARE(search(u"%"_s), QStringList{});
        QCOMPARE(search(u"_"_s), QStringList{});
        QCOMPARE(search(u"velace"_s), QStringList{}); // words are matched from their start
        QCOMPARE(search(u"   "_s).size(), 3);
        ContactQuery counted;
        counted.search = u"ng"_s; // "ZOË Ng", not "Analytical Engines"
        QCOMPARE(*nb->contactCount(counted), 1);
    }

    void roleFilterAndArchive()
    {
        test::TempNotebook nb;
        const qint64 mentor = test::addContact(*nb.notebook, u"Mia"_s, {Role::Mentor});
        test::addContact(*nb.notebook, u"Sam"_s, {Role::Sponsor, Role::Peer});
        test::addContact(*nb.notebook, u"Tom"_s, {Role::Therapist});
        test::addContact(*nb.notebook, u"Nora"_s);
        ContactQuery query;
        query.roles = {Role::Mentor, Role::Sponsor};
        QCOMPARE(names(all(*nb.notebook, query)), (QStringList{u"Mia"_s, u"Sam"_s}));
        QCOMPARE(all(*nb.notebook, query).at(1).roles, (QList<Role>{Role::Sponsor, Role::Peer}));

        QVERIFY(nb->setArchived({mentor}, true).ok());
        QCOMPARE(names(all(*nb.notebook, query)), QStringList{u"Sam"_s});
        query.includeArchived = true;
        QCOMPARE(all(*nb.notebook, query).size(), 2);
        ContactQuery archivedOnly;
        archivedOnly.onlyArchived = true;
        QCOMPARE(names(all(*nb.notebook, archivedOnly)), QStringList{u"Mia"_s});
        // Counted from the indexes (everyone less the archived), or with the filters: the same.
        QCOMPARE(*nb->contactCount({}), 3);
        ContactQuery everyone;
        everyone.includeArchived = true;
        QCOMPARE(*nb->contactCount(everyone), 4);
        QCOMPARE(*nb->contactCount(archivedOnly), 1);
        QCOMPARE(*nb->contactCount(query), 2);
        QVERIFY(nb->setArchived({mentor}, false).ok());
        QCOMPARE(*nb->contactCount({}), 4);
        QCOMPARE(*nb->contactCount(archivedOnly), 0);
    }

    void completionMatchesWordStarts()
    {
        test::TempNotebook nb;
        test::addContact(*nb.notebook, u"Grace Hopper"_s);
        test::addContact(*nb.notebook, u"Ada Lovelace"_s);
        const qint64 archived = test::addContact(*nb.notebook, u"Grace Archived"_s);
        QVERIFY(nb->setArchived({archived}, true).ok());
        auto found = nb->completeContact(u"hop"_s);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->at(0).name, u"Grace Hopper"_s);
        QCOMPARE(nb->completeContact(u"gr"_s)->size(), 1);
        QCOMPARE(nb->completeContact(u"ace"_s)->size(), 0);
    }

    // Issue 14: completion and contact references fold accents and Unicode case.
    void accentsAndCaseDoNotMatter()
    {
        test::TempNotebook nb;
        for (const QString &name : {u"Élodie Martin"_s, u"Zoë Ng"_s, u"İlker Yılmaz"_s, u"Sam Lefèvre"_s, u"Ünal Kaya"_s})
            test::addContact(*nb.notebook, name);
        const auto completes = [&](const QString &typed) {
            QStringList found;
            const auto completed = nb->completeContact(typed);
            if (!completed)
                return QStringList{completed.error().message};
            for (const ContactSummary &ref : *completed)
                found.append(ref.name);
            return found;
        };
        QCOMPARE(completes(u"elod"_s), QStringList{u"Élodie Martin"_s});
        QCOMPARE(completes(u"ÉLOD"_s), QStringList{u"Élodie Martin"_s});
        QCOMPARE(completes(u"zoe"_s), QStringList{u"Zoë Ng"_s});
        QCOMPARE(completes(u"ilk"_s), QStringList{u"İlker Yılmaz"_s});
        QCOMPARE(completes(u"lefev"_s), QStringList{u"Sam Lefèvre"_s});
        for (const auto &[typed, name] : std::initializer_list<std::pair<QString, QString>>{
                 {u"ilker"_s, u"İlker Yılmaz"_s}, {u"Sam Lefev"_s, u"Sam Lefèvre"_s}, {u"zoe ng"_s, u"Zoë Ng"_s},
                 {u"ELODIE MARTIN"_s, u"Élodie Martin"_s}, {u"unal"_s, u"Ünal Kaya"_s}}) {
            auto resolved = nb->resolveContact(typed);
            QVERIFY2(resolved.ok(), qPrintable(typed));
            QCOMPARE(resolved->name, name);
        }
        ContactQuery filtered;
        filtered.search = u"unal"_s;
        QCOMPARE(names(all(*nb.notebook, filtered)), QStringList{u"Ünal Kaya"_s});
    }

    // Issue 14: people of the same name are told apart by their roles and organisation.
    void completionTellsNamesakesApart()
    {
        test::TempNotebook nb;
        Contact coach;
        coach.name = u"Anneliese Lovelace"_s;
        coach.roles = {Role::Peer};
        coach.organisation = u"Brightpath Coaching"_s;
        const qint64 first = *nb->addContact(coach);
        Contact mentor = coach;
        mentor.roles = {Role::Mentor};
        mentor.organisation = u"Acme"_s;
        const qint64 second = *nb->addContact(mentor);
        auto found = nb->completeContact(u"annel"_s);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).id, first);
        QCOMPARE(found->at(0).roles, QList<Role>{Role::Peer});
        QCOMPARE(found->at(0).organisation, u"Brightpath Coaching"_s);
        QCOMPARE(found->at(1).id, second);
        QCOMPARE(found->at(1).organisation, u"Acme"_s);
    }

    // Issue 14: saving a contact that already exists (same name, or a shared e-mail) can be noticed.
    void lookalikesShareANameOrAnEmail()
    {
        test::TempNotebook nb;
        Contact ada;
        ada.name = u"Ada Lovelace"_s;
        ada.emails = {u"ada@example.org"_s};
        const qint64 adaId = *nb->addContact(ada);
        const qint64 grace = test::addContact(*nb.notebook, u"Grace Hopper"_s);
        QVERIFY(nb->setArchived({grace}, true).ok());

        Contact sameName;
        sameName.name = u"ADA  lovelace"_s;
        QCOMPARE(nb->lookalikeContacts(sameName)->size(), 1);
        QCOMPARE(nb->lookalikeContacts(sameName)->at(0).id, adaId);

        Contact sameEmail;
        sameEmail.name = u"Countess of Lovelace"_s;
        sameEmail.emails = {u"other@example.org"_s, u"Ada@Example.ORG"_s};
        QCOMPARE(nb->lookalikeContacts(sameEmail)->size(), 1);

        Contact archivedNamesake;
        archivedNamesake.name = u"Grace Hopper"_s;
        QCOMPARE(nb->lookalikeContacts(archivedNamesake)->size(), 1); // archived people count too

        Contact herself = ada;
        herself.id = adaId;
        QVERIFY(nb->lookalikeContacts(herself)->isEmpty()); // editing a contact does not find itself

        Contact stranger;
        stranger.name = u"Ada"_s;
        stranger.emails = {u"ada@example.com"_s};
        QVERIFY(nb->lookalikeContacts(stranger)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContactQuery)
#include "tst_contactquery.moc"
