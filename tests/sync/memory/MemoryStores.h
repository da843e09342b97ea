#pragma once

#include "LineCodec.h"

#include "sync/engine/LocalStore.h"
#include "sync/engine/MemoryStatusStore.h"
#include "sync/engine/RemoteStore.h"

#include <QMap>
#include <QSet>

#include <functional>

// Two in-memory sides for the sync tests, with the faults a real run meets: a server that goes
// away after N writes, a process killed between a change and its status record, another client
// writing between Tend's listing and its write.
namespace tend::sync::test {

// How a test's local side writes an item for the server: from its fields over the server's last
// copy (`original`, empty for an item never downloaded), keeping what it does not map, as Tend keeps a
// card's unknown properties.
class ItemFormat
{
public:
    virtual ~ItemFormat() = default;
    virtual QByteArray render(const QString &uid, const FieldMap &fields, const QByteArray &original) const = 0;
};

// LineCodec's items: UID, the fields, and the X- lines of the original.
class LineFormat final : public ItemFormat
{
public:
    QByteArray render(const QString &uid, const FieldMap &fields, const QByteArray &original) const override
    {
        return LineCodec::render(uid, fields, LineCodec::unmappedLines(original));
    }
};

struct StoredLocal
{
    FieldMap fields;
    QByteArray original; // the server's copy it was last written from
};

class MemoryLocalStore final : public LocalStore
{
public:
    explicit MemoryLocalStore(const ItemFormat &format) : m_format(format) {}

    Result<QList<LocalItem>> items() override;
    Result<QByteArray> content(const QString &uid) override;
    Result<QByteArray> write(const QString &uid, const QByteArray &content, const FieldMap &fields) override;
    Status remove(const QString &uid) override;

    // What a user does in Tend.
    void add(const QString &uid, const FieldMap &fields) { m_items.insert(uid, {fields, {}}); }
    void edit(const QString &uid, const QString &field, const QString &value) { m_items[uid].fields.insert(field, value); }
    void erase(const QString &uid) { m_items.remove(uid); }
    void unarchive(const QString &uid) { m_items.insert(uid, m_archived.take(uid)); }

    QMap<QString, StoredLocal> m_items;
    QMap<QString, StoredLocal> m_archived; // taken out of sync by a delete on the server, never destroyed
    QMap<QString, int> writes;             // per uid, how often sync wrote it
    int failWritesOf = 0;                  // a write of this many-th item fails (0: none)
    QSet<QString> refuse;                  // uids whose writes Tend refuses (as validation would)
    std::function<void(const QString &uid)> onContent; // called as sync reads an item to send it
private:
    const ItemFormat &m_format;
    int m_writeCount = 0;
};

class MemoryRemoteStore final : public RemoteStore
{
public:
    explicit MemoryRemoteStore(const ItemCodec &codec) : m_codec(codec) {}

    Result<RemoteSnapshot> snapshot(const QList<StatusRecord> &known, const CollectionState &last) override;
    Result<std::optional<RemoteItem>> fetch(const QString &href) override;
    QString hrefFor(const QString &uid) const override;
    Result<RemoteWrite> create(const QString &href, const QByteArray &content) override;
    Result<RemoteWrite> update(const QString &href, const QString &etag, const QByteArray &content) override;
    Result<RemoteWrite> remove(const QString &href, const QString &etag) override;

    struct Resource
    {
        QByteArray content;
        QString etag;
    };

    // What another client (the phone) does.
    void put(const QString &href, const QByteArray &content);
    void erase(const QString &href) { resources.remove(href); }

    QMap<QString, Resource> resources;
    int failAfterWrites = -1;                          // the server goes away after this many writes
    std::function<void(const QString &href)> beforeWrite; // another client, between listing and write
    int writeCount = 0;
    int fetchCount = 0;
    int snapshots = 0;

private:
    Result<RemoteWrite> written(const QString &href);
    Status reachable();

    const ItemCodec &m_codec;
    int m_nextEtag = 1;
};

// A status table whose writes fail from the N-th on: the process was killed after a change reached a
// side but before its record was written.
class FlakyStatusStore final : public StatusStore
{
public:
    Result<QList<StatusRecord>> records() override { return inner.records(); }
    Status put(const StatusRecord &record) override;
    Status remove(const QString &uid) override;
    Result<CollectionState> collectionState() override { return inner.collectionState(); }
    Status setCollectionState(const CollectionState &state) override { return inner.setCollectionState(state); }

    MemoryStatusStore inner;
    int failFromWrite = -1; // 0-based; -1: never
    int writeCount = 0;

private:
    Status count();
};

} // namespace tend::sync::test
