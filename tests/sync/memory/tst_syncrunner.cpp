// The sync runner between two in-memory sides: every combination of what Tend and the server did to
// an item since the last sync, each run interrupted at every possible point and then run again. The
// result must always be the same: no duplicate, no lost edit, conflicts left for the user.
#include "LineCodec.h"
#include "MemoryStores.h"

#include "sync/engine/SyncRunner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend::sync;
using namespace tend::sync::test;
using Kind = Decision::Kind;
using tend::Result;

namespace {

enum class LocalEvent { None, EditName, EditOrg, Delete };
enum class RemoteEvent { None, EditName, EditOrg, EditNameAsTend, EditUnmapped, Rewrite, Delete, Corrupt };
enum class Fresh { NotFresh, LocalOnly, RemoteOnly, BothSame, BothDifferent, BothComplementary };

struct Scenario
{
    QString uid;
    LocalEvent local = LocalEvent::None;
    RemoteEvent remote = RemoteEvent::None;
    Fresh fresh = Fresh::NotFresh;
};

enum class Outcome { InSync, Conflict, GoneBoth, ArchivedHere, Unreadable };

struct Expected
{
    Outcome outcome = Outcome::InSync;
    FieldMap local;  // InSync: both sides; Conflict/Unreadable: Tend's side
    FieldMap remote; // Conflict: the server's side
    QString unmapped; // InSync: the X- line the server's resource (and Tend's copy) carries
};

FieldMap baseOf(const QString &uid)
{
    return {{u"name"_s, u"n0-"_s + uid}, {u"org"_s, u"o0-"_s + uid}};
}

QString hrefOf(const QString &uid)
{
    return u"/tend/"_s + uid + u".txt"_s;
}

const QString x0 = u"X-PHONE-ONLY:x0"_s;
const QString x1 = u"X-PHONE-ONLY:x1"_s;

Expected expect(const Scenario &s)
{
    const FieldMap base = baseOf(s.uid);
    auto set = [](FieldMap fields, const QString &name, const QString &value) {
        fields.insert(name, value);
        return fields;
    };
    const QString nL = u"nL"_s, oL = u"oL"_s, nR = u"nR"_s, oR = u"oR"_s;

    switch (s.fresh) {
    case Fresh::NotFresh: break;
    case Fresh::LocalOnly: return {Outcome::InSync, base, {}, {}};
    case Fresh::RemoteOnly: return {Outcome::InSync, base, {}, x0};
    case Fresh::BothSame: return {Outcome::InSync, base, {}, x0};
    case Fresh::BothDifferent: return {Outcome::Conflict, set(base, u"name"_s, nL), set(base, u"name"_s, nR), {}};
    case Fresh::BothComplementary: return {Outcome::InSync, set(base, u"email"_s, u"e@x"_s), {}, x0};
    }

    FieldMap local = base;
    if (s.local == LocalEvent::EditName)
        local = set(base, u"name"_s, nL);
    if (s.local == LocalEvent::EditOrg)
        local = set(base, u"org"_s, oL);
    FieldMap remote = base;
    QString unmapped = x0;
    switch (s.remote) {
    case RemoteEvent::EditName: remote = set(base, u"name"_s, nR); break;
    case RemoteEvent::EditOrg: remote = set(base, u"org"_s, oR); break;
    case RemoteEvent::EditNameAsTend: remote = set(base, u"name"_s, nL); break;
    case RemoteEvent::EditUnmapped: unmapped = x1; break;
    default: break;
    }

    if (s.remote == RemoteEvent::Corrupt)
        return {Outcome::Unreadable, local, {}, {}};
    if (s.local == LocalEvent::Delete) {
        if (s.remote == RemoteEvent::None || s.remote == RemoteEvent::Rewrite || s.remote == RemoteEvent::Delete)
            return {Outcome::GoneBoth, {}, {}, {}};
        return {Outcome::InSync, remote, {}, unmapped}; // the server's edit brings it back
    }
    if (s.remote == RemoteEvent::Delete) {
        if (s.local == LocalEvent::None)
            return {Outcome::ArchivedHere, base, {}, {}};
        return {Outcome::InSync, local, {}, x0}; // Tend's edit puts it back, with what Tend kept
    }
    // Both present: merge field by field.
    FieldMap merged = base;
    for (const QString &field : {u"name"_s, u"org"_s}) {
        const QString mine = local.value(field), theirs = remote.value(field), was = base.value(field);
        if (mine != was && theirs != was && mine != theirs)
            return {Outcome::Conflict, local, remote, {}};
        merged.insert(field, mine != was ? mine : theirs);
    }
    return {Outcome::InSync, merged, {}, unmapped};
}

QList<Scenario> allScenarios()
{
    QList<Scenario> list;
    const QList<LocalEvent> locals{LocalEvent::None, LocalEvent::EditName, LocalEvent::EditOrg, LocalEvent::Delete};
    const QList<RemoteEvent> remotes{RemoteEvent::None, RemoteEvent::EditName, RemoteEvent::EditOrg,
                                     RemoteEvent::EditNameAsTend, RemoteEvent::EditUnmapped, RemoteEvent::Rewrite,
                                     RemoteEvent::Delete, RemoteEvent::Corrupt};
    for (int l = 0; l < locals.size(); ++l) {
        for (int r = 0; r < remotes.size(); ++r)
            list.append({u"i%1%2"_s.arg(l).arg(r), locals.at(l), remotes.at(r), Fresh::NotFresh});
    }
    list.append({u"fresh-local"_s, {}, {}, Fresh::LocalOnly});
    list.append({u"fresh-remote"_s, {}, {}, Fresh::RemoteOnly});
    list.append({u"fresh-same"_s, {}, {}, Fresh::BothSame});
    list.append({u"fresh-different"_s, {}, {}, Fresh::BothDifferent});
    list.append({u"fresh-complementary"_s, {}, {}, Fresh::BothComplementary});
    return list;
}

// Two sides and their status table, with the phone's hands on the server.
struct World
{
    LineCodec codec;
    LineFormat format;
    MemoryLocalStore local{format};
    MemoryRemoteStore remote{codec};
    FlakyStatusStore status;

    SyncReport sync()
    {
        SyncRunner runner(local, remote, status, codec);
        return runner.run();
    }

    void phoneEdits(const QString &uid, const QString &field, const QString &value)
    {
        const QString href = hrefOf(uid);
        const QByteArray content = remote.resources.value(href).content;
        FieldMap fields = codec.parse(content)->fields;
        fields.insert(field, value);
        remote.put(href, LineCodec::render(uid, fields, LineCodec::unmappedLines(content)));
    }

    QList<QString> remoteUids() const
    {
        QList<QString> uids;
        for (const auto &resource : remote.resources) {
            Result<ParsedItem> parsed = codec.parse(resource.content);
            if (parsed)
                uids.append(parsed->uid);
        }
        return uids;
    }
};

void seed(World &world, const QList<Scenario> &scenarios)
{
    for (const Scenario &s : scenarios) {
        if (s.fresh == Fresh::NotFresh)
            world.remote.put(hrefOf(s.uid), LineCodec::render(s.uid, baseOf(s.uid), {x0}));
    }
    const SyncReport first = world.sync();
    QVERIFY(!first.error);
    QVERIFY(first.complete);

    for (const Scenario &s : scenarios) {
        const QString href = hrefOf(s.uid);
        const FieldMap base = baseOf(s.uid);
        switch (s.fresh) {
        case Fresh::NotFresh: break;
        case Fresh::LocalOnly: world.local.add(s.uid, base); continue;
        case Fresh::RemoteOnly: world.remote.put(href, LineCodec::render(s.uid, base, {x0})); continue;
        case Fresh::BothSame:
            world.local.add(s.uid, base);
            world.remote.put(href, LineCodec::render(s.uid, base, {x0}));
            continue;
        case Fresh::BothDifferent: {
            FieldMap mine = base, theirs = base;
            mine.insert(u"name"_s, u"nL"_s);
            theirs.insert(u"name"_s, u"nR"_s);
            world.local.add(s.uid, mine);
            world.remote.put(href, LineCodec::render(s.uid, theirs, {x0}));
            continue;
        }
        case Fresh::BothComplementary: {
            FieldMap theirs = base;
            theirs.insert(u"email"_s, u"e@x"_s);
            world.local.add(s.uid, base);
            world.remote.put(href, LineCodec::render(s.uid, theirs, {x0}));
            continue;
        }
        }
        switch (s.local) {
        case LocalEvent::None: break;
        case LocalEvent::EditName: world.local.edit(s.uid, u"name"_s, u"nL"_s); break;
        case LocalEvent::EditOrg: world.local.edit(s.uid, u"org"_s, u"oL"_s); break;
        case LocalEvent::Delete: world.local.erase(s.uid); break;
        }
        switch (s.remote) {
        case RemoteEvent::None: break;
        case RemoteEvent::EditName: world.phoneEdits(s.uid, u"name"_s, u"nR"_s); break;
        case RemoteEvent::EditOrg: world.phoneEdits(s.uid, u"org"_s, u"oR"_s); break;
        case RemoteEvent::EditNameAsTend: world.phoneEdits(s.uid, u"name"_s, u"nL"_s); break;
        case RemoteEvent::EditUnmapped:
            world.remote.put(href, LineCodec::render(s.uid, baseOf(s.uid), {x1}));
            break;
        case RemoteEvent::Rewrite: {
            // Another order, a REV stamp, a new ETag: the same item.
            QStringList lines = QString::fromUtf8(world.remote.resources.value(href).content).split(u'\n', Qt::SkipEmptyParts);
            std::reverse(lines.begin(), lines.end());
            lines.append(u"REV:20261123T101010Z"_s);
            world.remote.put(href, lines.join(u'\n').toUtf8());
            break;
        }
        case RemoteEvent::Delete: world.remote.erase(href); break;
        case RemoteEvent::Corrupt: world.remote.put(href, "this is not an item\n"); break;
        }
    }
    world.local.writes.clear();
    world.remote.writeCount = 0;
    world.remote.fetchCount = 0;
}

// Runs until a run changes nothing (at most four runs); returns the last report.
SyncReport settle(World &world)
{
    SyncReport report;
    for (int run = 0; run < 4; ++run) {
        report = world.sync();
        if (report.error)
            return report;
        if (report.changes.isEmpty())
            return report;
    }
    return report;
}

bool hasConflict(const SyncReport &report, const QString &uid)
{
    return std::any_of(report.conflicts.cbegin(), report.conflicts.cend(),
                       [&](const Decision &d) { return d.uid == uid; });
}

bool hasProblem(const SyncReport &report, const QString &href)
{
    return std::any_of(report.problems.cbegin(), report.problems.cend(),
                       [&](const SyncProblem &p) { return p.href == href; });
}

// Checks every scenario's outcome; returns the first mismatch, empty when all hold.
QString verify(World &world, const QList<Scenario> &scenarios, const SyncReport &last)
{
    const QList<QString> uids = world.remoteUids();
    for (const Scenario &s : scenarios) {
        const Expected e = expect(s);
        const QString href = hrefOf(s.uid);
        const bool here = world.local.m_items.contains(s.uid);
        const bool archived = world.local.m_archived.contains(s.uid);
        const qsizetype copies = uids.count(s.uid);
        const bool recorded = world.status.inner.byUid().contains(s.uid);
        auto fail = [&](const QString &what) -> QString { return s.uid + u": "_s + what; };
        if (copies > 1)
            return fail(u"%1 copies on the server"_s.arg(copies));

        switch (e.outcome) {
        case Outcome::InSync: {
            if (!here || copies != 1 || !recorded)
                return fail(u"not on both sides (here %1, server %2, status %3)"_s.arg(int(here)).arg(copies).arg(int(recorded)));
            const QByteArray content = world.remote.resources.value(href).content;
            const FieldMap serverFields = world.codec.parse(content)->fields;
            if (world.local.m_items.value(s.uid).fields != e.local)
                return fail(u"Tend has the wrong fields"_s);
            if (serverFields != e.local)
                return fail(u"the server has the wrong fields"_s);
            if (!e.unmapped.isEmpty() && !LineCodec::unmappedLines(content).contains(e.unmapped))
                return fail(u"the server lost "_s + e.unmapped);
            if (!e.unmapped.isEmpty() && !LineCodec::unmappedLines(world.local.m_items.value(s.uid).original).contains(e.unmapped))
                return fail(u"Tend's copy lacks "_s + e.unmapped);
            if (world.status.inner.byUid().value(s.uid).etag != world.remote.resources.value(href).etag)
                return fail(u"the status has a stale ETag"_s);
            break;
        }
        case Outcome::Conflict:
            if (!hasConflict(last, s.uid))
                return fail(u"no conflict reported"_s);
            if (world.local.m_items.value(s.uid).fields != e.local)
                return fail(u"Tend's side of the conflict changed"_s);
            if (world.codec.parse(world.remote.resources.value(href).content)->fields != e.remote)
                return fail(u"the server's side of the conflict changed"_s);
            break;
        case Outcome::GoneBoth:
            if (here || copies != 0 || recorded)
                return fail(u"still somewhere (here %1, server %2, status %3)"_s.arg(int(here)).arg(copies).arg(int(recorded)));
            break;
        case Outcome::ArchivedHere:
            if (here || !archived || copies != 0 || recorded)
                return fail(u"not archived"_s);
            if (world.local.m_archived.value(s.uid).fields != e.local)
                return fail(u"archived with the wrong fields"_s);
            break;
        case Outcome::Unreadable:
            if (!hasProblem(last, href))
                return fail(u"the unreadable resource was not reported"_s);
            if (world.remote.resources.value(href).content != "this is not an item\n")
                return fail(u"the unreadable resource was overwritten"_s);
            if (s.local == LocalEvent::Delete ? here : world.local.m_items.value(s.uid).fields != e.local)
                return fail(u"Tend's copy changed"_s);
            if (!recorded)
                return fail(u"the status record (the tombstone) went"_s);
            break;
        }
    }
    return {};
}

} // namespace

class TestSyncRunner : public QObject
{
    Q_OBJECT

private slots:
    void everyCombinationConverges();
    void serverGoneAtEveryWriteConverges();
    void killedBeforeEveryStatusWriteConverges();
    void failedLocalWriteIsRetried();
    void onlyChangesTravelAfterTheFirstRun();
    void rewriteWithoutChangeIsNotDownloaded();
    void concurrentEditOnOtherFieldIsMergedAfter412();
    void concurrentEditOnSameFieldBecomesConflict();
    void deleteRaceWithPhoneEditKeepsTheEdit();
    void resolveConflictSendsTheChoiceToBothSides();
    void resolveAfterAnotherServerChangeIsAConflictAgain();
    void archivedByServerDeleteComesBackOnUndo();
    void dryRunChangesNothing();
    void errorBeforeAnyChangeTouchesNothing();
};

void TestSyncRunner::everyCombinationConverges()
{
    const QList<Scenario> scenarios = allScenarios();
    World world;
    seed(world, scenarios);
    const SyncReport last = settle(world);
    QVERIFY(!last.error);
    QVERIFY2(last.changes.isEmpty(), "a second run still changed something");
    const QString mismatch = verify(world, scenarios, last);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY(!last.complete); // conflicts and the unreadable resources remain
    // A rewrite is no edit: nothing was downloaded for it.
    QCOMPARE(world.local.writes.value(u"i05"_s), 0);
}

void TestSyncRunner::serverGoneAtEveryWriteConverges()
{
    const QList<Scenario> scenarios = allScenarios();
    int writes = 0;
    {
        World probe;
        seed(probe, scenarios);
        (void)probe.sync();
        writes = probe.remote.writeCount;
    }
    QCOMPARE(writes, 14); // five edits of names, six of organisations, two deletes, one new item
    for (int k = 0; k <= writes; ++k) {
        World world;
        seed(world, scenarios);
        world.remote.failAfterWrites = k;
        const SyncReport broken = world.sync();
        QVERIFY(broken.error || k == writes);
        QVERIFY(!broken.complete || k == writes);
        world.remote.failAfterWrites = -1;
        const SyncReport last = settle(world);
        QVERIFY(!last.error);
        QVERIFY2(last.changes.isEmpty(), qPrintable(u"after stopping at write %1: still changing"_s.arg(k)));
        const QString mismatch = verify(world, scenarios, last);
        QVERIFY2(mismatch.isEmpty(), qPrintable(u"after stopping at write %1: "_s.arg(k) + mismatch));
    }
}

void TestSyncRunner::killedBeforeEveryStatusWriteConverges()
{
    const QList<Scenario> scenarios = allScenarios();
    int statusWrites = 0;
    {
        World probe;
        seed(probe, scenarios);
        const int before = probe.status.writeCount;
        (void)probe.sync();
        statusWrites = probe.status.writeCount - before;
    }
    QVERIFY(statusWrites > 20);
    for (int k = 0; k <= statusWrites; ++k) {
        World world;
        seed(world, scenarios);
        world.status.failFromWrite = world.status.writeCount + k;
        (void)world.sync();
        world.status.failFromWrite = -1;
        const SyncReport last = settle(world);
        QVERIFY(!last.error);
        QVERIFY2(last.changes.isEmpty(), qPrintable(u"after a kill before status write %1: still changing"_s.arg(k)));
        const QString mismatch = verify(world, scenarios, last);
        QVERIFY2(mismatch.isEmpty(), qPrintable(u"after a kill before status write %1: "_s.arg(k) + mismatch));
    }
}

void TestSyncRunner::failedLocalWriteIsRetried()
{
    const QList<Scenario> scenarios = allScenarios();
    World world;
    seed(world, scenarios);
    world.local.refuse.insert(u"i01"_s); // the server's new name for i01 cannot be written in Tend
    const SyncReport first = world.sync();
    QVERIFY(!first.error);
    QVERIFY(std::any_of(first.problems.cbegin(), first.problems.cend(),
                        [](const SyncProblem &p) { return p.uid == u"i01" && p.message.contains(u"refused"); }));
    QVERIFY(!first.complete);
    QCOMPARE(world.local.m_items.value(u"i01"_s).fields.value(u"name"_s), u"n0-i01"_s);
    world.local.refuse.clear();
    const SyncReport last = settle(world);
    const QString mismatch = verify(world, scenarios, last);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestSyncRunner::onlyChangesTravelAfterTheFirstRun()
{
    World world;
    for (int i = 0; i < 50; ++i)
        world.remote.put(hrefOf(u"c%1"_s.arg(i)), LineCodec::render(u"c%1"_s.arg(i), baseOf(u"c%1"_s.arg(i))));
    QVERIFY(world.sync().complete);
    QCOMPARE(world.remote.fetchCount, 50);

    world.remote.fetchCount = 0;
    const SyncReport idle = world.sync();
    QVERIFY(idle.complete);
    QVERIFY(idle.changes.isEmpty());
    QCOMPARE(world.remote.fetchCount, 0);
    QCOMPARE(world.remote.writeCount, 0);

    world.phoneEdits(u"c7"_s, u"org"_s, u"Looms"_s);
    world.local.edit(u"c9"_s, u"name"_s, u"Grace"_s);
    const SyncReport one = world.sync();
    QCOMPARE(world.remote.fetchCount, 1);
    QCOMPARE(world.remote.writeCount, 1);
    QCOMPARE(one.count(Kind::UpdateLocal), 1);
    QCOMPARE(one.count(Kind::UpdateRemote), 1);
    QCOMPARE(one.changes.size(), 2);
}

void TestSyncRunner::rewriteWithoutChangeIsNotDownloaded()
{
    World world;
    world.remote.put(hrefOf(u"a"_s), LineCodec::render(u"a"_s, baseOf(u"a"_s)));
    QVERIFY(world.sync().complete);
    world.local.writes.clear();
    world.remote.put(hrefOf(u"a"_s), LineCodec::render(u"a"_s, baseOf(u"a"_s)) + "REV:2\n");
    const SyncReport report = world.sync();
    QCOMPARE(report.count(Kind::Record), 1);
    QCOMPARE(world.local.writes.value(u"a"_s), 0);
    QCOMPARE(world.status.inner.byUid().value(u"a"_s).etag, world.remote.resources.value(hrefOf(u"a"_s)).etag);
    QVERIFY(world.sync().changes.isEmpty());
}

void TestSyncRunner::concurrentEditOnOtherFieldIsMergedAfter412()
{
    World world;
    world.remote.put(hrefOf(u"a"_s), LineCodec::render(u"a"_s, baseOf(u"a"_s)));
    QVERIFY(world.sync().complete);
    world.local.edit(u"a"_s, u"name"_s, u"Ada L."_s);
    bool once = false;
    world.remote.beforeWrite = [&](const QString &href) {
        if (!std::exchange(once, true))
            world.phoneEdits(u"a"_s, u"org"_s, u"Looms"_s);
        Q_UNUSED(href);
    };
    const SyncReport report = world.sync();
    QVERIFY(!report.error);
    QCOMPARE(report.count(Kind::Merge), 1);
    const FieldMap expected{{u"name"_s, u"Ada L."_s}, {u"org"_s, u"Looms"_s}};
    QCOMPARE(world.local.m_items.value(u"a"_s).fields, expected);
    QCOMPARE(world.codec.parse(world.remote.resources.value(hrefOf(u"a"_s)).content)->fields, expected);
}

void TestSyncRunner::concurrentEditOnSameFieldBecomesConflict()
{
    World world;
    world.remote.put(hrefOf(u"a"_s), LineCodec::render(u"a"_s, baseOf(u"a"_s)));
    QVERIFY(world.sync().complete);
    world.local.edit(u"a"_s, u"name"_s, u"Ada L."_s);
    bool once = false;
    world.remote.beforeWrite = [&](const QString &) {
        if (!std::exchange(once, true))
            world.phoneEdits(u"a"_s, u"name"_s, u"Augusta"_s);
    };
    const SyncReport report = world.sync();
    QCOMPARE(report.conflicts.size(), 1);
    QCOMPARE(report.conflicts.at(0).conflicts.at(0).field, u"name"_s);
    QCOMPARE(world.local.m_items.value(u"a"_s).fields.value(u"name"_s), u"Ada L."_s);
    QCOMPARE(world.codec.parse(world.remote.resources.value(hrefOf(u"a"_s)).content)->fields.value(u"name"_s), u"Augusta"_s);
}

void TestSyncRunner::deleteRaceWithPhoneEditKeepsTheEdit()
{
    World world;
    world.remote.put(hrefOf(u"a"_s), LineCodec::render(u"a"_s, baseOf(u"a"_s)));
    QVERIFY(world.sync().complete);
    world.local.erase(u"a"_s);
    bool once = false;
    world.remote.beforeWrite = [&](const QString &) {
        if (!std::exchange(once, true))
            world.phoneEdits(u"a"_s, u"org"_s, u"Looms"_s);
    };
    const SyncReport report = world.sync();
    QCOMPARE(report.count(Kind::DownloadNew), 1);
    QCOMPARE(world.local.m_items.value(u"a"_s).fields.value(u"org"_s), u"Looms"_s);
    QVERIFY(world.remote.resources.contains(hrefOf(u"a"_s)));
}

void TestSyncRunner::resolveConflictSendsTheChoiceToBothSides()
{
    World world;
    world.remote.put(hrefOf(u"a"_s), LineCodec::render(u"a"_s, baseOf(u"a"_s), {x0}));
    QVERIFY(world.sync().complete);
    world.local.edit(u"a"_s, u"name"_s, u"Ada L."_s);
    world.local.edit(u"a"_s, u"org"_s, u"Engines"_s);
    world.phoneEdits(u"a"_s, u"name"_s, u"Augusta"_s);
    const SyncReport report = world.sync();
    QCOMPARE(report.conflicts.size(), 1);
    QVERIFY(!report.complete);
    QCOMPARE(world.sync().conflicts.size(), 1); // it stays until the user chooses

    FieldMap chosen = world.local.m_items.value(u"a"_s).fields;
    chosen.insert(u"name"_s, u"Augusta"_s); // the server's name, Tend's organisation
    SyncRunner runner(world.local, world.remote, world.status, world.codec);
    const SyncReport resolved = runner.resolve(report.conflicts.at(0), chosen);
    QVERIFY(!resolved.error);
    QCOMPARE(resolved.count(Kind::Merge), 1);
    QCOMPARE(world.local.m_items.value(u"a"_s).fields, chosen);
    const QByteArray content = world.remote.resources.value(hrefOf(u"a"_s)).content;
    QCOMPARE(world.codec.parse(content)->fields, chosen);
    QVERIFY(LineCodec::unmappedLines(content).contains(x0));
    const SyncReport after = world.sync();
    QVERIFY(after.changes.isEmpty());
    QVERIFY(after.complete);
}

void TestSyncRunner::resolveAfterAnotherServerChangeIsAConflictAgain()
{
    World world;
    world.remote.put(hrefOf(u"a"_s), LineCodec::render(u"a"_s, baseOf(u"a"_s)));
    QVERIFY(world.sync().complete);
    world.local.edit(u"a"_s, u"name"_s, u"Ada L."_s);
    world.phoneEdits(u"a"_s, u"name"_s, u"Augusta"_s);
    const SyncReport report = world.sync();
    QCOMPARE(report.conflicts.size(), 1);

    world.phoneEdits(u"a"_s, u"name"_s, u"Augusta Ada"_s); // while the user was choosing
    bool once = false;
    world.remote.beforeWrite = [&](const QString &) {
        if (!std::exchange(once, true))
            world.phoneEdits(u"a"_s, u"name"_s, u"A. A. King"_s);
    };
    SyncRunner runner(world.local, world.remote, world.status, world.codec);
    const SyncReport resolved = runner.resolve(report.conflicts.at(0), world.local.m_items.value(u"a"_s).fields);
    QCOMPARE(resolved.conflicts.size(), 1);
    QCOMPARE(resolved.conflicts.at(0).conflicts.at(0).remote, u"A. A. King"_s);
    QCOMPARE(world.codec.parse(world.remote.resources.value(hrefOf(u"a"_s)).content)->fields.value(u"name"_s), u"A. A. King"_s);
    QCOMPARE(world.local.m_items.value(u"a"_s).fields.value(u"name"_s), u"Ada L."_s);
}

void TestSyncRunner::archivedByServerDeleteComesBackOnUndo()
{
    World world;
    world.remote.put(hrefOf(u"a"_s), LineCodec::render(u"a"_s, baseOf(u"a"_s)));
    QVERIFY(world.sync().complete);
    world.remote.erase(hrefOf(u"a"_s));
    QCOMPARE(world.sync().count(Kind::DeleteLocal), 1);
    QVERIFY(world.local.m_archived.contains(u"a"_s));
    QVERIFY(world.sync().changes.isEmpty()); // archived stays archived, no resurrection

    world.local.unarchive(u"a"_s);
    QCOMPARE(world.sync().count(Kind::UploadNew), 1);
    QCOMPARE(world.codec.parse(world.remote.resources.value(hrefOf(u"a"_s)).content)->fields, baseOf(u"a"_s));
}

void TestSyncRunner::dryRunChangesNothing()
{
    const QList<Scenario> scenarios = allScenarios();
    World world;
    seed(world, scenarios);
    const auto remoteBefore = world.remote.resources;
    const auto localBefore = world.local.m_items;
    const auto statusBefore = world.status.inner.byUid();
    SyncRunner runner(world.local, world.remote, world.status, world.codec);
    const SyncReport plan = runner.run({true, {}});
    QVERIFY(plan.dryRun);
    QVERIFY(plan.changes.size() > 20);
    QVERIFY(!plan.conflicts.isEmpty());
    QCOMPARE(world.remote.writeCount, 0);
    QCOMPARE(world.remote.resources.keys(), remoteBefore.keys());
    QCOMPARE(world.local.m_items.keys(), localBefore.keys());
    QCOMPARE(world.status.inner.byUid(), statusBefore);
}

void TestSyncRunner::errorBeforeAnyChangeTouchesNothing()
{
    const QList<Scenario> scenarios = allScenarios();
    World world;
    seed(world, scenarios);
    const auto statusBefore = world.status.inner.byUid();
    const auto localBefore = world.local.m_items.keys();
    world.remote.failAfterWrites = 0; // the server is down from the start
    const SyncReport report = world.sync();
    QVERIFY(report.error);
    QCOMPARE(report.error->code, tend::Error::Code::Network);
    QVERIFY(report.changes.isEmpty());
    QCOMPARE(world.status.inner.byUid(), statusBefore);
    QCOMPARE(world.local.m_items.keys(), localBefore);
    QVERIFY(world.local.writes.isEmpty());
}

QTEST_APPLESS_MAIN(TestSyncRunner)
#include "tst_syncrunner.moc"
