#include "ReliabilitySupport.h"
#include "TestSupport.h"
#include "db/Sql.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

QStringList searchNames(const Result<QList<SearchHit>> &hits)
{
    QStringList names;
    if (hits) {
        for (const SearchHit &hit : *hits)
            names.append(hit.name);
    }
    return names;
}

qint64 addFull(Notebook &notebook, Contact contact)
{
    auto id = notebook.addContact(contact);
    if (!id)
        QTest::qFail(qPrintable(id.error().message), __FILE__, __LINE__);
    return id ? *id : 0;
}

qint64 log(Notebook &notebook, const QList<qint64> &people, QDate date, const QString &summary)
{
    Interaction interaction;
    interaction.kind = InteractionKind::Coffee;
    interaction.date = date;
    interaction.summary = summary;
    for (const qint64 id : people)
        interaction.participants.append(ContactRef{id, QString()});
    auto logged = notebook.logInteraction(interaction, FollowUpChoice::inDays(7), FollowUpsToClose::none());
    if (!logged)
        QTest::qFail(qPrintable(logged.error().message), __FILE__, __LINE__);
    return logged ? logged->interactionId : 0;
}

QString describeAll(const QList<DuplicateReason> &reasons)
{
    QStringList texts;
    for (const DuplicateReason &reason : reasons)
        texts.append(describe(reason));
    return texts.join(u"; "_s);
}

// The reasons given for the pair of `a` and `b`, or "-" when they are not listed.
QString reasonsFor(const QList<DuplicatePair> &pairs, qint64 a, qint64 b)
{
    for (const DuplicatePair &pair : pairs) {
        if ((pair.a.id == a && pair.b.id == b) || (pair.a.id == b && pair.b.id == a))
            return describeAll(pair.reasons);
    }
    return u"-"_s;
}

} // namespace

// Merging two contacts (Notebook::mergeContacts), taking it back, and "Possible duplicates".
class TestMerge : public QObject
{
    Q_OBJECT

    struct Pair
    {
        qint64 keep = 0;
        qint64 other = 0;
        qint64 shared = 0;    // an interaction of both
        qint64 ownOfOther = 0; // an interaction of OTHER alone
    };

    // KEEP and OTHER with conflicting fields, lists that overlap, a card and photo on OTHER only,
    // and interactions and reminders of each (one interaction shared).
    static Pair makePair(test::TempNotebook &nb)
    {
        Contact keep;
        keep.name = u"Ada Lovelace"_s;
        keep.organisation = u"Analytical Engines"_s;
        keep.title = u"Countess"_s;
        keep.roles = {Role::Mentor};
        keep.emails = {u"ada@engines.org"_s, u"Shared@Example.org"_s};
        keep.phones = {u"+44 20 7946 0958"_s};
        keep.links = {{u"Site"_s, u"https://ada.example"_s}};
        keep.tags = {u"inner circle"_s};
        keep.notes = u"Keeps the notes"_s;
        keep.cadenceDays = 30;
        Contact other;
        other.name = u"Ada King"_s;
        other.organisation = u"Royal Society"_s;
        other.title = u"Countess"_s;
        other.metVia = MetVia::Community;
        other.metViaDetail = u"Babbage's salon"_s;
        other.roles = {Role::Mentor, Role::Peer};
        other.emails = {u"shared@example.org"_s, u"ada.king@society.org"_s};
        other.phones = {u"020 7946 0958"_s, u"+1 555 010 9999"_s};
        other.links = {{u"Site"_s, u"https://ada.example"_s}, {u"LinkedIn"_s, u"https://linkedin.example/ada"_s}};
        other.tags = {u"Inner Circle"_s, u"Poetry"_s};
        other.cadenceDays = 60;
        other.connectedOn = QDate(2024, 3, 1);
        other.card = u"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada King\r\nBDAY:18151210\r\nEND:VCARD\r\n"_s;
        other.photo = {QByteArray("\xff\xd8\xff photo bytes", 16), u"image/jpeg"_s};
        Pair pair;
        pair.keep = addFull(*nb.notebook, keep);
        pair.other = addFull(*nb.notebook, other);
        const qint64 bystander = test::addContact(*nb.notebook, u"Charles Babbage"_s);
        log(*nb.notebook, {pair.keep}, QDate(2026, 10, 1), u"Keep alone"_s);
        pair.shared = log(*nb.notebook, {pair.keep, pair.other, bystander}, QDate(2026, 10, 20), u"All three"_s);
        pair.ownOfOther = log(*nb.notebook, {pair.other}, QDate(2026, 11, 2), u"Other alone"_s);
        auto reminder = nb->addReminder(pair.other, QDate(2026, 12, 1), u"Send the poem"_s);
        if (!reminder || !nb->snoozeReminder(*reminder, 3))
            QTest::qFail("reminder", __FILE__, __LINE__);
        if (!nb->completeNudge(pair.other) || !nb->dismissDuplicate(pair.other, bystander))
            QTest::qFail("nudge or dismissal", __FILE__, __LINE__);
        return pair;
    }

private slots:
    void mergeMovesEverything()
    {
        test::TempNotebook nb;
        const Pair pair = makePair(nb);
        const Contact otherBefore = *nb->contact(pair.other);

        auto preview = nb->mergePreview(pair.keep, pair.other);
        QVERIFY(preview);
        QCOMPARE(preview->interactions, 2);
        QCOMPARE(preview->reminders, 3); // two follow-ups and "Send the poem"
        QList<MergeField> conflicting;
        for (const MergeConflict &conflict : preview->conflicts)
            conflicting.append(conflict.field);
        // Title is equal; met via and connected on are OTHER's alone: no conflict.
        QCOMPARE(conflicting, (QList<MergeField>{MergeField::Name, MergeField::Organisation, MergeField::Cadence}));
        QVERIFY(preview->conflicts.at(2).otherText.contains(u"60"_s));

        auto snapshot = nb->mergeContacts(pair.keep, pair.other);
        QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().message));
        QVERIFY(!nb->contact(pair.other));
        QCOMPARE(nb->contact(pair.other).error().code, Error::Code::NotFound);

        const Contact merged = *nb->contact(pair.keep);
        QCOMPARE(merged.name, u"Ada Lovelace"_s);
        QCOMPARE(merged.organisation, u"Analytical Engines"_s);
        QCOMPARE(merged.cadenceDays, std::optional<int>(30));
        QCOMPARE(merged.metVia, std::optional<MetVia>(MetVia::Community));
        QCOMPARE(merged.metViaDetail, u"Babbage's salon"_s);
        QCOMPARE(merged.connectedOn, QDate(2024, 3, 1));
        QCOMPARE(merged.notes, u"Keeps the notes"_s);
        QCOMPARE(merged.roles, (QList<Role>{Role::Mentor, Role::Peer}));
        QCOMPARE(merged.emails, (QStringList{u"ada@engines.org"_s, u"Shared@Example.org"_s, u"ada.king@society.org"_s}));
        QCOMPARE(merged.phones, (QStringList{u"+44 20 7946 0958"_s, u"020 7946 0958"_s, u"+1 555 010 9999"_s}));
        QCOMPARE(merged.links.size(), 2);
        QCOMPARE(merged.tags, (QStringList{u"inner circle"_s, u"Poetry"_s}));
        QCOMPARE(merged.card, otherBefore.card);
        QCOMPARE(merged.photo, otherBefore.photo);
        QCOMPARE(merged.keptInTouchOn, test::defaultToday);
        QCOMPARE(merged.lastInteraction, QDate(2026, 11, 2));
        QCOMPARE(merged.nextFollowUp, QDate(2026, 10, 8));

        // The interaction of both keeps one participant row for KEEP; OTHER's own is KEEP's now.
        const Interaction shared = *nb->interaction(pair.shared);
        QCOMPARE(shared.participants.size(), 2);
        QVERIFY(std::any_of(shared.participants.cbegin(), shared.participants.cend(),
                            [&](const ContactRef &ref) { return ref.id == pair.keep; }));
        QCOMPARE(nb->interaction(pair.ownOfOther)->participants.constFirst().id, pair.keep);
        auto timeline = nb->timeline(pair.keep);
        QVERIFY(timeline);
        int reminders = 0;
        for (const TimelineEntry &entry : *timeline)
            reminders += entry.isInteraction() ? 0 : 1;
        QCOMPARE(reminders, 5); // KEEP's two follow-ups, and OTHER's three

        // Search finds the kept contact by OTHER's address, and nothing of OTHER.
        QCOMPARE(searchNames(nb->search(u"ada.king@society.org"_s)), QStringList{u"Ada Lovelace"_s});
        QCOMPARE(searchNames(nb->search(u"King"_s)), QStringList{u"Ada Lovelace"_s});
        QVERIFY(searchNames(nb->search(u"Royal"_s)).isEmpty());
        auto problems = nb->integrityProblems();
        QVERIFY(problems);
        QCOMPARE(*problems, QStringList{});
    }

    void choicesPickEachField()
    {
        test::TempNotebook nb;
        const Pair pair = makePair(nb);
        MergeChoices choices;
        choices.takeFromOther = {MergeField::Name, MergeField::Cadence};
        QVERIFY(nb->mergeContacts(pair.keep, pair.other, choices));
        const Contact merged = *nb->contact(pair.keep);
        QCOMPARE(merged.name, u"Ada King"_s);
        QCOMPARE(merged.cadenceDays, std::optional<int>(60));
        QCOMPARE(merged.organisation, u"Analytical Engines"_s);
        QCOMPARE(merged.nudgeCadenceDays, std::optional<int>(60));
        QCOMPARE(nb->resolveContact(u"Ada King"_s)->id, pair.keep);
    }

    void unmergeRestoresEveryRow()
    {
        test::TempNotebook nb;
        test::fillSampleData(*nb.notebook);
        const Pair pair = makePair(nb);
        const QStringList before = test::tableDump(nb.database());
        const Contact keepBefore = *nb->contact(pair.keep);
        const Contact otherBefore = *nb->contact(pair.other);

        auto snapshot = nb->mergeContacts(pair.keep, pair.other);
        QVERIFY(snapshot);
        QVERIFY(test::tableDump(nb.database()) != before);
        QVERIFY(nb->unmergeContacts(*snapshot));
        QCOMPARE(test::tableDump(nb.database()), before);

        const Contact keepAfter = *nb->contact(pair.keep);
        const Contact otherAfter = *nb->contact(pair.other);
        QCOMPARE(otherAfter.uid, otherBefore.uid);
        QCOMPARE(keepAfter.updatedAt, keepBefore.updatedAt);
        QCOMPARE(otherAfter.nudgeDue, otherBefore.nudgeDue);
        QCOMPARE(keepAfter.nudgeDue, keepBefore.nudgeDue);
        QCOMPARE(searchNames(nb->search(u"Royal"_s)), QStringList{u"Ada King"_s});
        QCOMPARE(searchNames(nb->search(u"ada.king@society.org"_s)), QStringList{u"Ada King"_s});
        auto problems = nb->integrityProblems();
        QVERIFY(problems);
        QCOMPARE(*problems, QStringList{});

        // Taking it back twice is refused and changes nothing.
        const Status again = nb->unmergeContacts(*snapshot);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(test::tableDump(nb.database()), before);
    }

    void refusals()
    {
        test::TempNotebook nb;
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const QByteArray before = test::fileDigest(nb.path);
        auto self = nb->mergeContacts(ada, ada);
        QVERIFY(!self);
        QCOMPARE(self.error().code, Error::Code::Invalid);
        QCOMPARE(self.error().message, u"Contact #%1 cannot be merged with itself."_s.arg(ada));
        auto unknown = nb->mergeContacts(ada, 999);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
        QCOMPARE(unknown.error().message, u"There is no contact with id 999."_s);
        QCOMPARE(nb->mergeContacts(999, ada).error().code, Error::Code::NotFound);
        QCOMPARE(nb->dismissDuplicate(ada, ada).error().code, Error::Code::Invalid);
        QCOMPARE(nb->dismissDuplicate(ada, 999).error().code, Error::Code::NotFound);
        QCOMPARE(test::fileDigest(nb.path), before);
    }

    void duplicateReasons()
    {
        test::TempNotebook nb;
        const auto add = [&](const QString &name, const QStringList &emails = {}, const QStringList &phones = {}) {
            Contact contact;
            contact.name = name;
            contact.emails = emails;
            contact.phones = phones;
            return addFull(*nb.notebook, contact);
        };
        const qint64 grace = add(u"Grace Hopper"_s, {u"grace@navy.mil"_s});
        const qint64 amazing = add(u"Amazing Grace"_s, {u"GRACE@Navy.mil"_s});
        const qint64 phone1 = add(u"Margaret Hamilton"_s, {}, {u"+1 (617) 555-0199"_s});
        const qint64 phone2 = add(u"M. H."_s, {}, {u"617.555.0199"_s});
        const qint64 shortPhone1 = add(u"Alan"_s, {}, {u"555 01"_s});
        const qint64 shortPhone2 = add(u"Turing"_s, {}, {u"55501"_s});
        const qint64 elodie = add(u"Élodie Durand"_s);
        const qint64 elodie2 = add(u"elodie DURAND"_s);
        const qint64 swapped = add(u"Durand Élodie"_s);
        const qint64 typo = add(u"Katherine Johnson"_s);
        const qint64 typo2 = add(u"Katherine Jonhson"_s);
        const qint64 far = add(u"Katharine Jonson"_s); // two edits from both
        const qint64 ann = add(u"Ann"_s);
        const qint64 anne = add(u"Anne"_s); // too short to compare by edits
        const qint64 archived = add(u"Grace Hopper"_s);
        QVERIFY(nb->setArchived({archived}, true));

        auto pairs = nb->possibleDuplicates();
        QVERIFY(pairs);
        QCOMPARE(reasonsFor(*pairs, grace, amazing), u"Same e-mail: grace@navy.mil"_s);
        QCOMPARE(reasonsFor(*pairs, phone1, phone2), u"Same phone: +1 (617) 555-0199"_s);
        QCOMPARE(reasonsFor(*pairs, shortPhone1, shortPhone2), u"-"_s);
        QCOMPARE(reasonsFor(*pairs, elodie, elodie2), u"Same name"_s);
        QCOMPARE(reasonsFor(*pairs, elodie, swapped), u"Similar name"_s);
        QCOMPARE(reasonsFor(*pairs, typo, typo2), u"Similar name"_s);
        QCOMPARE(reasonsFor(*pairs, typo, far), u"-"_s);
        QCOMPARE(reasonsFor(*pairs, ann, anne), u"-"_s);
        QCOMPARE(reasonsFor(*pairs, grace, archived), u"-"_s);
        for (const DuplicatePair &pair : *pairs) {
            QVERIFY(pair.a.id < pair.b.id);
            QVERIFY(!pair.a.name.isEmpty() && !pair.b.name.isEmpty());
        }
        QCOMPARE(pairs->size(), 6);

        // Two reasons come first.
        QVERIFY(nb->updateContact([&] { Contact c = *nb->contact(elodie2); c.emails = {u"e@durand.fr"_s}; return c; }()));
        QVERIFY(nb->updateContact([&] { Contact c = *nb->contact(elodie); c.emails = {u"E@durand.fr"_s}; return c; }()));
        pairs = nb->possibleDuplicates();
        QCOMPARE(pairs->constFirst().a.id, elodie);
        QCOMPARE(pairs->constFirst().b.id, elodie2);
        QCOMPARE(describeAll(pairs->constFirst().reasons), u"Same e-mail: E@durand.fr; Same name"_s);
    }

    void dismissedStaysDismissed()
    {
        test::TempNotebook nb;
        const qint64 a = test::addContact(*nb.notebook, u"Mary Jackson"_s);
        const qint64 b = test::addContact(*nb.notebook, u"Mary Jackson"_s);
        QCOMPARE(nb->possibleDuplicates()->size(), 1);
        QVERIFY(nb->dismissDuplicate(b, a));
        QVERIFY(nb->dismissDuplicate(a, b)); // again: nothing changes
        QVERIFY(nb->possibleDuplicates()->isEmpty());
        QVERIFY(nb->updateContact(*nb->contact(a)));
        QVERIFY(nb->possibleDuplicates()->isEmpty());
        QVERIFY(nb->undismissDuplicate(a, b));
        QCOMPARE(nb->possibleDuplicates()->size(), 1);

        // Deleting a contact forgets its pairs; undoing the delete brings it back without them.
        QVERIFY(nb->dismissDuplicate(a, b));
        auto snapshot = nb->deleteContact(b);
        QVERIFY(snapshot);
        auto count = sql::scalar(nb.database().connection(), u"SELECT count(*) FROM dismissed_duplicate"_s);
        QCOMPARE(*count, 0);
    }

    void backupKeepsDismissedPairs()
    {
        test::TempNotebook nb;
        const qint64 a = test::addContact(*nb.notebook, u"Dorothy Vaughan"_s);
        const qint64 b = test::addContact(*nb.notebook, u"Dorothy Vaughan"_s);
        test::addContact(*nb.notebook, u"Dorothy Vaughan"_s);
        QVERIFY(nb->dismissDuplicate(a, b));
        auto exported = nb->exportBackup();
        QVERIFY(exported);
        QVERIFY(exported->bytes.contains("\"dismissed_duplicates\""));

        test::TempNotebook copy;
        QVERIFY(copy->importBackup(exported->bytes, [] { ImportOptions options; options.backupFirst = false; return options; }()));
        auto again = copy->exportBackup();
        QVERIFY(again);
        QCOMPARE(again->bytes, exported->bytes);
        QCOMPARE(copy->possibleDuplicates()->size(), 2);
    }

    void tenThousandContacts()
    {
        test::TempNotebook nb;
        auto written = nb->writeInBulk(10000, [](BulkWriter &writer) -> Status {
            for (int i = 0; i < 10000; ++i) {
                Contact contact;
                contact.name = u"Person %1 Surname%2"_s.arg(i).arg(i % 997);
                contact.emails = {u"p%1@example.org"_s.arg(i % 9000)};
                contact.phones = {u"+49 30 %1"_s.arg(1000000 + i, 7, 10, QChar(u'0'))};
                if (auto id = writer.addContact(contact); !id)
                    return id.error();
                if (auto advanced = writer.advance(); !advanced)
                    return advanced;
            }
            return {};
        });
        QVERIFY(written);
        QElapsedTimer timer;
        timer.start();
        auto pairs = nb->possibleDuplicates();
        const qint64 elapsed = timer.elapsed();
        QVERIFY(pairs);
        // p0…p999 are shared by two contacts each.
        const auto byEmail = std::count_if(pairs->cbegin(), pairs->cend(), [](const DuplicatePair &pair) {
            return pair.reasons.constFirst().kind == DuplicateReason::Kind::Email;
        });
        QCOMPARE(byEmail, 1000);
        qInfo("possibleDuplicates over 10,000 contacts: %lld ms", elapsed);
        QVERIFY2(elapsed < 2000, qPrintable(u"%1 ms"_s.arg(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
