// The sync decision as a pure function: every branch of decide(), the three-way field merge, and the
// plan over whole lists. No storage, no network.
#include "sync/engine/RemoteListing.h"
#include "sync/engine/SyncDecision.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend::sync;
using Kind = Decision::Kind;

Q_DECLARE_METATYPE(Kind)

namespace {

const FieldMap baseFields{{u"name"_s, u"Ada"_s}, {u"org"_s, u"Engines"_s}};

StatusRecord statusRecord()
{
    return {u"u1"_s, "local-0", u"/c/u1.vcf"_s, u"\"1\""_s, "remote-0", baseFields};
}

LocalItem localItem(const QByteArray &hash = "local-0", FieldMap fields = baseFields)
{
    return {u"u1"_s, hash, fields};
}

RemoteItem remoteItem(const QByteArray &hash = "remote-0", FieldMap fields = baseFields, const QString &etag = u"\"1\""_s)
{
    RemoteItem item;
    item.uid = u"u1"_s;
    item.href = u"/c/u1.vcf"_s;
    item.etag = etag;
    item.hash = hash;
    item.fields = fields;
    item.content = "content";
    return item;
}

FieldMap with(FieldMap fields, const QString &name, const QString &value)
{
    fields.insert(name, value);
    return fields;
}

} // namespace

class TestSyncDecision : public QObject
{
    Q_OBJECT

private slots:
    void decide_data();
    void decide();
    void mergeTakesEachSidesChange();
    void mergeReportsBothChangingOneField();
    void mergeTreatsEmptyAsAbsent();
    void bothChangedDifferentFieldsMerges();
    void bothChangedSameFieldIsAConflict();
    void bothMadeTheSameEditOnlyRecords();
    void hrefOfTheDecisionIsTheServersCurrentOne();
    void planCoversEveryItemOnce();
    void planSkipsDuplicateUids();
    void listingTakesUnchangedFromStatus();
};

void TestSyncDecision::decide_data()
{
    QTest::addColumn<bool>("hasStatus");
    QTest::addColumn<bool>("hasLocal");
    QTest::addColumn<QByteArray>("localHash");
    QTest::addColumn<bool>("hasRemote");
    QTest::addColumn<QByteArray>("remoteHash");
    QTest::addColumn<QString>("remoteEtag");
    QTest::addColumn<Kind>("expected");

    const QString sameEtag = u"\"1\""_s;
    const QString newEtag = u"\"2\""_s;
    //                                       status  local  hash         remote hash          etag      expected
    QTest::newRow("new here") << false << true << QByteArray("l") << false << QByteArray() << QString() << Kind::UploadNew;
    QTest::newRow("new on the server") << false << false << QByteArray() << true << QByteArray("r") << newEtag << Kind::DownloadNew;
    QTest::newRow("unchanged") << true << true << QByteArray("local-0") << true << QByteArray("remote-0") << sameEtag << Kind::Nothing;
    QTest::newRow("server rewrite, same hash") << true << true << QByteArray("local-0") << true << QByteArray("remote-0") << newEtag << Kind::Record;
    QTest::newRow("changed here") << true << true << QByteArray("local-1") << true << QByteArray("remote-0") << sameEtag << Kind::UpdateRemote;
    QTest::newRow("changed here, server rewrote") << true << true << QByteArray("local-1") << true << QByteArray("remote-0") << newEtag << Kind::UpdateRemote;
    QTest::newRow("changed on the server") << true << true << QByteArray("local-0") << true << QByteArray("remote-1") << newEtag << Kind::UpdateLocal;
    QTest::newRow("deleted here") << true << false << QByteArray() << true << QByteArray("remote-0") << sameEtag << Kind::DeleteRemote;
    QTest::newRow("deleted here, server rewrote") << true << false << QByteArray() << true << QByteArray("remote-0") << newEtag << Kind::DeleteRemote;
    QTest::newRow("deleted here, edited there") << true << false << QByteArray() << true << QByteArray("remote-1") << newEtag << Kind::DownloadNew;
    QTest::newRow("deleted there") << true << true << QByteArray("local-0") << false << QByteArray() << QString() << Kind::DeleteLocal;
    QTest::newRow("deleted there, edited here") << true << true << QByteArray("local-1") << false << QByteArray() << QString() << Kind::UploadNew;
    QTest::newRow("deleted on both") << true << false << QByteArray() << false << QByteArray() << QString() << Kind::Forget;
}

void TestSyncDecision::decide()
{
    QFETCH(bool, hasStatus);
    QFETCH(bool, hasLocal);
    QFETCH(QByteArray, localHash);
    QFETCH(bool, hasRemote);
    QFETCH(QByteArray, remoteHash);
    QFETCH(QString, remoteEtag);
    QFETCH(Kind, expected);

    const StatusRecord status = statusRecord();
    const LocalItem local = localItem(localHash);
    const RemoteItem remote = remoteItem(remoteHash, baseFields, remoteEtag);
    const Decision decision = tend::sync::decide(hasStatus ? &status : nullptr, hasLocal ? &local : nullptr,
                                                 hasRemote ? &remote : nullptr);
    QCOMPARE(toKey(decision.kind), toKey(expected));
    QCOMPARE(decision.uid, u"u1"_s);
}

void TestSyncDecision::mergeTakesEachSidesChange()
{
    const MergeResult result = mergeFields(baseFields, with(baseFields, u"name"_s, u"Ada L."_s),
                                           with(baseFields, u"email"_s, u"ada@example.org"_s));
    QVERIFY(result.clean());
    const FieldMap expected{{u"name"_s, u"Ada L."_s}, {u"org"_s, u"Engines"_s}, {u"email"_s, u"ada@example.org"_s}};
    QCOMPARE(result.merged, expected);
}

void TestSyncDecision::mergeReportsBothChangingOneField()
{
    FieldMap removedOrg = baseFields;
    removedOrg.remove(u"org"_s);
    const MergeResult result = mergeFields(baseFields, with(removedOrg, u"name"_s, u"Ada L."_s),
                                           with(with(baseFields, u"name"_s, u"Augusta"_s), u"org"_s, u"Looms"_s));
    QCOMPARE(result.conflicts.size(), 2);
    QCOMPARE(result.conflicts.at(0), (FieldConflict{u"name"_s, u"Ada"_s, u"Ada L."_s, u"Augusta"_s}));
    QCOMPARE(result.conflicts.at(1), (FieldConflict{u"org"_s, u"Engines"_s, QString(), u"Looms"_s}));
}

void TestSyncDecision::mergeTreatsEmptyAsAbsent()
{
    const MergeResult result = mergeFields(baseFields, with(baseFields, u"notes"_s, QString()), baseFields);
    QVERIFY(result.clean());
    QCOMPARE(result.merged, baseFields);
}

void TestSyncDecision::bothChangedDifferentFieldsMerges()
{
    const StatusRecord status = statusRecord();
    const LocalItem local = localItem("local-1", with(baseFields, u"name"_s, u"Ada L."_s));
    const RemoteItem remote = remoteItem("remote-1", with(baseFields, u"org"_s, u"Looms"_s), u"\"2\""_s);
    const Decision decision = tend::sync::decide(&status, &local, &remote);
    QCOMPARE(toKey(decision.kind), toKey(Kind::Merge));
    QCOMPARE(decision.merged, (FieldMap{{u"name"_s, u"Ada L."_s}, {u"org"_s, u"Looms"_s}}));
}

void TestSyncDecision::bothChangedSameFieldIsAConflict()
{
    const StatusRecord status = statusRecord();
    const LocalItem local = localItem("local-1", with(baseFields, u"name"_s, u"Ada L."_s));
    const RemoteItem remote = remoteItem("remote-1", with(baseFields, u"name"_s, u"Augusta"_s), u"\"2\""_s);
    const Decision decision = tend::sync::decide(&status, &local, &remote);
    QCOMPARE(toKey(decision.kind), toKey(Kind::Conflict));
    QCOMPARE(decision.conflicts, (QList<FieldConflict>{{u"name"_s, u"Ada"_s, u"Ada L."_s, u"Augusta"_s}}));
    QVERIFY(!decision.changesSomething());

    // Never synced, present on both sides with different values: the same conflict, no base.
    const Decision first = tend::sync::decide(nullptr, &local, &remote);
    QCOMPARE(toKey(first.kind), toKey(Kind::Conflict));
    QCOMPARE(first.conflicts.at(0).base, QString());
}

void TestSyncDecision::bothMadeTheSameEditOnlyRecords()
{
    // The same edit on both sides, or one side holding everything the other has: take the server's
    // copy (with what Tend does not map), send nothing.
    const StatusRecord status = statusRecord();
    const FieldMap edited = with(baseFields, u"name"_s, u"Ada L."_s);
    const LocalItem local = localItem("local-1", edited);
    const RemoteItem remote = remoteItem("remote-1", edited, u"\"2\""_s);
    QCOMPARE(toKey(tend::sync::decide(&status, &local, &remote).kind), toKey(Kind::UpdateLocal));

    // First sync of an item both sides already have (an upload whose status record was lost).
    QCOMPARE(toKey(tend::sync::decide(nullptr, &local, &remote).kind), toKey(Kind::UpdateLocal));

    // The server has a field Tend lacks and nothing else differs: Tend takes it.
    const RemoteItem more = remoteItem("remote-1", with(edited, u"email"_s, u"ada@example.org"_s), u"\"2\""_s);
    QCOMPARE(toKey(tend::sync::decide(nullptr, &local, &more).kind), toKey(Kind::UpdateLocal));

    // Tend has a field the server lacks: that goes up as a merge.
    const LocalItem richer = localItem("local-1", with(edited, u"phone"_s, u"+44 20"_s));
    const Decision merge = tend::sync::decide(nullptr, &richer, &remote);
    QCOMPARE(toKey(merge.kind), toKey(Kind::Merge));
    QCOMPARE(merge.merged, richer.fields);
}

void TestSyncDecision::hrefOfTheDecisionIsTheServersCurrentOne()
{
    const StatusRecord status = statusRecord();
    const LocalItem local = localItem("local-1");
    RemoteItem moved = remoteItem();
    moved.href = u"/c/elsewhere.vcf"_s;
    QCOMPARE(tend::sync::decide(&status, &local, &moved).href, u"/c/elsewhere.vcf"_s);
    QCOMPARE(tend::sync::decide(&status, nullptr, nullptr).href, u"/c/u1.vcf"_s);
    QCOMPARE(tend::sync::decide(nullptr, &local, nullptr).href, QString());
}

void TestSyncDecision::planCoversEveryItemOnce()
{
    StatusRecord gone = statusRecord();
    gone.uid = u"gone"_s;
    LocalItem here = localItem("x");
    here.uid = u"here"_s;
    RemoteItem there = remoteItem("y");
    there.uid = u"there"_s;
    const SyncPlan plan = planSync({statusRecord(), gone}, {localItem(), here}, {remoteItem(), there});
    QCOMPARE(plan.decisions.size(), 4);
    QStringList uids;
    for (const Decision &decision : plan.decisions)
        uids.append(decision.uid);
    QCOMPARE(uids, (QStringList{u"gone"_s, u"here"_s, u"there"_s, u"u1"_s}));
    QCOMPARE(toKey(plan.decisions.at(0).kind), toKey(Kind::Forget));
    QCOMPARE(toKey(plan.decisions.at(1).kind), toKey(Kind::UploadNew));
    QCOMPARE(toKey(plan.decisions.at(2).kind), toKey(Kind::DownloadNew));
    QCOMPARE(toKey(plan.decisions.at(3).kind), toKey(Kind::Nothing));
    QCOMPARE(plan.count(Kind::UploadNew), 1);
}

void TestSyncDecision::planSkipsDuplicateUids()
{
    RemoteItem copy = remoteItem("other");
    copy.href = u"/c/copy.vcf"_s;
    const SyncPlan plan = planSync({statusRecord()}, {localItem("local-1")}, {remoteItem(), copy});
    QCOMPARE(plan.decisions.size(), 1);
    QCOMPARE(toKey(plan.decisions.at(0).kind), toKey(Kind::Skip));
    QVERIFY(plan.decisions.at(0).note.contains(u"server"_s));

    const SyncPlan local = planSync({}, {localItem(), localItem("x")}, {});
    QCOMPARE(toKey(local.decisions.at(0).kind), toKey(Kind::Skip));
}

void TestSyncDecision::listingTakesUnchangedFromStatus()
{
    const StatusRecord known = statusRecord();
    StatusRecord noEtag = statusRecord();
    noEtag.uid = u"u2"_s;
    noEtag.href = u"/c/u2.vcf"_s;
    noEtag.etag.clear();
    const ListingSplit split = splitListing({known, noEtag}, {{u"/c/u1.vcf"_s, u"\"1\""_s},
                                                             {u"/c/u2.vcf"_s, u"\"7\""_s},
                                                             {u"/c/new.vcf"_s, u"\"3\""_s}});
    QCOMPARE(split.unchanged.size(), 1);
    QCOMPARE(split.unchanged.at(0).uid, u"u1"_s);
    QCOMPARE(split.unchanged.at(0).hash, QByteArray("remote-0"));
    QCOMPARE(split.unchanged.at(0).fields, baseFields);
    QVERIFY(!split.unchanged.at(0).fetched());
    QCOMPARE(split.toFetch, (QStringList{u"/c/u2.vcf"_s, u"/c/new.vcf"_s}));

    // The same href with a new ETag is fetched.
    QCOMPARE(splitListing({known}, {{u"/c/u1.vcf"_s, u"\"2\""_s}}).toFetch, QStringList{u"/c/u1.vcf"_s});
}

QTEST_APPLESS_MAIN(TestSyncDecision)
#include "tst_syncdecision.moc"
