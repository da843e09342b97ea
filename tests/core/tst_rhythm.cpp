#include "TestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

QStringList tagsOf(Notebook &notebook, qint64 id)
{
    auto contact = notebook.contact(id);
    return contact ? contact->tags : QStringList{u"<missing>"_s};
}

std::optional<DueItem> nudgeOf(Notebook &notebook, qint64 id, QDate today)
{
    auto due = notebook.due(today, 0);
    if (!due)
        return std::nullopt;
    for (const DueItem &item : std::as_const(*due)) {
        if (item.kind == DueItem::Kind::KeepInTouch && item.contactId == id)
            return item;
    }
    return std::nullopt;
}

} // namespace

// Tags across contacts, settings by key, and the cadence precedence through the notebook.
class TestRhythm : public QObject
{
    Q_OBJECT
private slots:
    void taggingManyAtOnceIsUndoneExactly()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 bo = test::addContact(*nb.notebook, u"Bo"_s);
        QVERIFY(nb->setTags(ada, {u"PyLadies"_s}).ok());

        auto tagged = nb->tagContacts({ada, bo}, {u"pyladies"_s, u"inner circle"_s});
        QVERIFY2(tagged.ok(), tagged.ok() ? "" : qPrintable(tagged.error().message));
        QCOMPARE(tagsOf(*nb.notebook, ada), (QStringList{u"inner circle"_s, u"PyLadies"_s}));
        QCOMPARE(tagsOf(*nb.notebook, bo), (QStringList{u"inner circle"_s, u"PyLadies"_s}));

        QVERIFY(nb->restoreTags(*tagged).ok());
        QCOMPARE(tagsOf(*nb.notebook, ada), QStringList{u"PyLadies"_s});
        QCOMPARE(tagsOf(*nb.notebook, bo), QStringList{});
        QCOMPARE(nb->tags()->size(), 1); // the tag the step made is gone again

        auto untagged = nb->untagContacts({ada}, {u"PYLADIES"_s});
        QVERIFY(untagged.ok());
        QCOMPARE(tagsOf(*nb.notebook, ada), QStringList{});
        QVERIFY(nb->restoreTags(*untagged).ok());
        QCOMPARE(tagsOf(*nb.notebook, ada), QStringList{u"PyLadies"_s});
    }

    void anEmptyTagIsRefusedAndChangesNothing()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        auto tagged = nb->tagContacts({ada}, {u"  "_s});
        QVERIFY(!tagged.ok());
        QCOMPARE(tagged.error().code, Error::Code::Invalid);
        QCOMPARE(nb->tags()->size(), 0);
    }

    void renamingIntoAnExistingTagMergesWithoutDroppingAnyone()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        const qint64 bo = test::addContact(*nb.notebook, u"Bo"_s);
        const qint64 cy = test::addContact(*nb.notebook, u"Cy"_s);
        QVERIFY(nb->setTags(ada, {u"ex-Acme"_s}).ok());
        QVERIFY(nb->setTags(bo, {u"Acme alumni"_s, u"ex-Acme"_s}).ok());
        QVERIFY(nb->setTags(cy, {u"Acme alumni"_s}).ok());
        QVERIFY(nb->writeConfig(u"cadence.tag.ex-acme"_s, u"21"_s).ok());

        auto renamed = nb->renameTag(u"EX-ACME"_s, u"acme alumni"_s);
        QVERIFY2(renamed.ok(), renamed.ok() ? "" : qPrintable(renamed.error().message));
        QVERIFY(renamed->merged);
        QCOMPARE(renamed->from, u"ex-Acme"_s);
        QCOMPARE(renamed->to, u"Acme alumni"_s);
        QCOMPARE(renamed->contacts, 3);
        for (const qint64 id : {ada, bo, cy})
            QCOMPARE(tagsOf(*nb.notebook, id), QStringList{u"Acme alumni"_s});
        QCOMPARE(nb->contact(ada)->nudgeCadenceDays, std::nullopt); // the 21 days went with ex-Acme

        QVERIFY(nb->restoreTags(renamed->before).ok());
        QCOMPARE(tagsOf(*nb.notebook, ada), QStringList{u"ex-Acme"_s});
        QCOMPARE(tagsOf(*nb.notebook, bo), (QStringList{u"Acme alumni"_s, u"ex-Acme"_s}));
        QCOMPARE(tagsOf(*nb.notebook, cy), QStringList{u"Acme alumni"_s});
        QCOMPARE(nb->configValue(u"cadence.tag.ex-Acme"_s)->value, u"21"_s);
        QCOMPARE(nb->contact(ada)->nudgeCadenceDays, 21);
    }

    void aPlainRenameKeepsTheTagAndItsCadence()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s);
        QVERIFY(nb->setTags(ada, {u"inner cirle"_s}).ok());
        QVERIFY(nb->writeConfig(u"cadence.tag.inner cirle"_s, u"21"_s).ok());
        auto renamed = nb->renameTag(u"inner cirle"_s, u"inner circle"_s);
        QVERIFY(renamed.ok());
        QVERIFY(!renamed->merged);
        QCOMPARE(tagsOf(*nb.notebook, ada), QStringList{u"inner circle"_s});
        QCOMPARE(nb->contact(ada)->nudgeCadenceDays, 21);
        QVERIFY(nb->restoreTags(renamed->before).ok());
        QCOMPARE(tagsOf(*nb.notebook, ada), QStringList{u"inner cirle"_s});
        QVERIFY(!nb->renameTag(u"nobody"_s, u"x"_s).ok());
    }

    void theCadenceRuleSaysWhichRuleApplies()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {Role::Coach, Role::Mentor});
        auto rule = nb->cadenceRule(*nb->contact(ada));
        QCOMPARE(rule->explanation(), u"every 14 days (role: coach)"_s);

        QVERIFY(nb->setTags(ada, {u"inner circle"_s}).ok());
        QVERIFY(nb->writeConfig(u"cadence.tag.inner circle"_s, u"21"_s).ok());
        rule = nb->cadenceRule(*nb->contact(ada));
        QCOMPARE(rule->explanation(), u"every 21 days (tag: inner circle)"_s);
        QCOMPARE(nb->contact(ada)->nudgeCadenceDays, 21);
        QCOMPARE(nb->contact(ada)->nudgeDue, QDate(2026, 3, 22));

        QVERIFY(nb->writeConfig(u"cadence.tag.inner circle"_s, u"none"_s).ok());
        QCOMPARE(nb->cadenceRule(*nb->contact(ada))->explanation(), u"no nudges (tag: inner circle)"_s);
        QCOMPARE(nb->contact(ada)->nudgeDue, QDate());

        auto own = nb->contact(ada);
        own->cadenceDays = 10;
        QVERIFY(nb->updateContact(*own).ok());
        QCOMPARE(nb->cadenceRule(*nb->contact(ada))->explanation(), u"every 10 days (own cadence)"_s);
        QCOMPARE(nb->contact(ada)->nudgeDue, QDate(2026, 3, 11));
    }

    void settingsByKeyAreTypedAndUndoable()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {Role::Mentor});
        QCOMPARE(nb->contact(ada)->nudgeDue, QDate(2026, 3, 31));
        auto entry = nb->configValue(u"cadence.role.mentor"_s);
        QCOMPARE(entry->value, u"30"_s);

        auto change = nb->writeConfig(u"cadence.role.mentor"_s, u"45"_s);
        QVERIFY(change.ok());
        QCOMPARE(nb->contact(ada)->nudgeDue, QDate(2026, 4, 15)); // re-evaluated at once
        QVERIFY(nb->writeConfig(change->key, change->before).ok());
        QCOMPARE(nb->contact(ada)->nudgeDue, QDate(2026, 3, 31));

        QVERIFY(nb->writeConfig(u"cadence.role.mentor"_s, u"none"_s).ok());
        QCOMPARE(nb->contact(ada)->nudgeDue, QDate());
        QVERIFY(nb->writeConfig(u"cadence.role.mentor"_s, std::nullopt).ok()); // unset: the default again
        QCOMPARE(nb->configValue(u"cadence.role.mentor"_s)->value, u"30"_s);
        QVERIFY(!nb->configValue(u"cadence.role.mentor"_s)->userSet);
        QCOMPARE(nb->contact(ada)->nudgeDue, QDate(2026, 3, 31));

        QVERIFY(nb->writeConfig(u"follow-up.call"_s, u"3"_s).ok());
        QCOMPARE(*nb->followUpDays(InteractionKind::Call), 3);
        QVERIFY(nb->writeConfig(u"lead.birthday"_s, u"7"_s).ok());
        QCOMPARE(nb->configValue(u"lead.birthday"_s)->value, u"7"_s);
        QVERIFY(nb->writeConfig(u"overdue-factor"_s, u"2"_s).ok());
        QCOMPARE(*nb->overdueFactor(), 2.0);

        const QList<std::pair<QString, QString>> bad{{u"overdue-factor"_s, u"0.5"_s}, {u"overdue-factor"_s, u"none"_s},
                                                     {u"cadence.role.mentor"_s, u"0"_s}, {u"lead.birthday"_s, u"-1"_s},
                                                     {u"follow-up.lunch"_s, u"3"_s}, {u"colour"_s, u"red"_s},
                                                     {u"tray-digest"_s, u"dates,birthdays"_s}, {u"tray-digest"_s, u""_s}};
        for (const auto &[key, value] : bad) {
            auto refused = nb->writeConfig(key, value);
            QVERIFY2(!refused.ok(), qPrintable(key + u" = "_s + value));
            QCOMPARE(refused.error().code, Error::Code::Invalid);
        }
        QCOMPARE(nb->writeConfig(u"cadence.tag.nothing"_s, u"3"_s).error().code, Error::Code::NotFound);
        auto all = nb->configuration();
        QVERIFY(all.ok());
        QVERIFY(all->contains(ConfigEntry{u"overdue-factor"_s, u"2"_s, true}));
        QVERIFY(all->contains(ConfigEntry{u"lead.anniversary"_s, u"0"_s, false}));

        // The tray digest: everything unless the user narrows it; stored in one order, without repeats.
        QVERIFY(all->contains(ConfigEntry{u"tray-digest"_s, u"follow-ups,nudges,dates,practice"_s, false}));
        QCOMPARE(*nb->trayDigestParts(), allDigestParts());
        auto digestChange = nb->writeConfig(u"tray-digest"_s, u" Dates, follow-ups,dates"_s);
        QVERIFY(digestChange.ok());
        QCOMPARE(nb->configValue(u"tray-digest"_s)->value, u"follow-ups,dates"_s);
        QCOMPARE(*nb->trayDigestParts(), (QList<DigestPart>{DigestPart::FollowUps, DigestPart::Dates}));
        QVERIFY(nb->writeConfig(u"tray-digest"_s, u"none"_s).ok());
        QVERIFY(nb->trayDigestParts()->isEmpty());
        QVERIFY(nb->writeConfig(digestChange->key, digestChange->before).ok()); // the undo: the default again
        QCOMPARE(*nb->trayDigestParts(), allDigestParts());
    }

    void theMostUsefulPersonPerRoleOverTheLastYear()
    {
        test::TempNotebook nb(QDate(2026, 6, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {Role::Mentor});
        const qint64 bo = test::addContact(*nb.notebook, u"Bo"_s, {Role::Mentor, Role::Peer});
        const qint64 cy = test::addContact(*nb.notebook, u"Cy"_s, {Role::Sponsor});
        const auto log = [&](qint64 who, QDate day, std::optional<int> rating) {
            Interaction coffee;
            coffee.date = day;
            coffee.participants = {{who, {}}};
            coffee.rating = rating;
            QVERIFY(nb->logInteraction(coffee, FollowUpChoice::none()).ok());
        };
        log(ada, QDate(2026, 5, 1), 5);
        log(ada, QDate(2026, 4, 1), 3); // Ada: 4.0 from 2
        log(bo, QDate(2026, 5, 2), 5);
        log(bo, QDate(2025, 5, 1), 1);  // over a year ago: not counted, so Bo: 5.0 from 1
        log(cy, QDate(2026, 5, 3), std::nullopt); // not rated: the sponsor role has nobody
        auto best = nb->mostUseful(QDate(2026, 6, 1));
        QVERIFY(best.ok());
        QCOMPARE(best->size(), 2);
        QCOMPARE(best->at(0).role, Role::Mentor);
        QCOMPARE(best->at(0).name, u"Bo"_s);
        QCOMPARE(best->at(0).averageRating, 5.0);
        QCOMPARE(best->at(1).role, Role::Peer);
        QCOMPARE(best->at(1).rated, 1);
    }

    void dueAtTheCadenceOverdueAtTheFactor()
    {
        test::TempNotebook nb(QDate(2026, 3, 1));
        const qint64 ada = test::addContact(*nb.notebook, u"Ada"_s, {Role::Mentor}); // due 31 March
        QCOMPARE(nudgeOf(*nb.notebook, ada, QDate(2026, 3, 30)).has_value(), false);
        auto due = nudgeOf(*nb.notebook, ada, QDate(2026, 3, 31));
        QVERIFY(due);
        QVERIFY(!due->overdue);
        QCOMPARE(due->overdueOn, QDate(2026, 4, 15)); // 45 days after the start
        QVERIFY(!nudgeOf(*nb.notebook, ada, QDate(2026, 4, 14))->overdue);
        QVERIFY(nudgeOf(*nb.notebook, ada, QDate(2026, 4, 15))->overdue);

        QVERIFY(nb->writeConfig(u"overdue-factor"_s, u"2"_s).ok());
        QCOMPARE(nudgeOf(*nb.notebook, ada, QDate(2026, 4, 15))->overdueOn, QDate(2026, 4, 30));
        QVERIFY(!nudgeOf(*nb.notebook, ada, QDate(2026, 4, 15))->overdue);
    }
};

QTEST_GUILESS_MAIN(TestRhythm)
#include "tst_rhythm.moc"
