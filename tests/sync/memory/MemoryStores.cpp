#include "MemoryStores.h"

#include "sync/engine/RemoteListing.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace tend::sync::test {

namespace {

// What Tend would send changes exactly when its fields or the copy it keeps change.
QByteArray hashOf(const StoredLocal &item)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = item.fields.cbegin(); it != item.fields.cend(); ++it)
        hash.addData(QByteArray(it.key().toUtf8() + '\0' + it.value().toUtf8() + '\0'));
    hash.addData(item.original);
    return hash.result();
}

} // namespace

Result<QList<LocalItem>> MemoryLocalStore::items()
{
    QList<LocalItem> list;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        list.append({it.key(), hashOf(*it), it->fields});
    return list;
}

Result<QByteArray> MemoryLocalStore::content(const QString &uid)
{
    if (onContent)
        onContent(uid);
    if (!m_items.contains(uid))
        return Error::notFound(u"no item "_s + uid);
    return m_format.render(uid, m_items.value(uid).fields, m_items.value(uid).original);
}

Result<QByteArray> MemoryLocalStore::write(const QString &uid, const QByteArray &content, const FieldMap &fields)
{
    ++m_writeCount;
    if (refuse.contains(uid) || (failWritesOf > 0 && m_writeCount == failWritesOf))
        return Error{Error::Code::Database, u"the notebook refused "_s + uid};
    m_archived.remove(uid);
    m_items.insert(uid, {fields, content});
    ++writes[uid];
    return hashOf(m_items.value(uid));
}

Status MemoryLocalStore::remove(const QString &uid)
{
    if (m_items.contains(uid))
        m_archived.insert(uid, m_items.take(uid));
    return {};
}

void MemoryRemoteStore::put(const QString &href, const QByteArray &content)
{
    resources.insert(href, {content, u"\"e%1\""_s.arg(m_nextEtag++)});
}

Status MemoryRemoteStore::reachable()
{
    if (failAfterWrites >= 0 && writeCount >= failAfterWrites)
        return Error{Error::Code::Network, u"The server stopped answering."_s};
    return {};
}

Result<RemoteSnapshot> MemoryRemoteStore::snapshot(const QList<StatusRecord> &known, const CollectionState &)
{
    ++snapshots;
    if (Status up = reachable(); !up)
        return up.error();
    QList<ListingEntry> listing;
    for (auto it = resources.cbegin(); it != resources.cend(); ++it)
        listing.append({it.key(), it->etag});
    const ListingSplit split = splitListing(known, listing);
    RemoteSnapshot snapshot;
    snapshot.items = split.unchanged;
    for (const QString &href : split.toFetch) {
        ++fetchCount;
        addFetched(snapshot, m_codec, href, resources.value(href).etag, resources.value(href).content);
    }
    snapshot.state.syncToken = u"token-%1"_s.arg(m_nextEtag);
    return snapshot;
}

Result<std::optional<RemoteItem>> MemoryRemoteStore::fetch(const QString &href)
{
    if (Status up = reachable(); !up)
        return up.error();
    ++fetchCount;
    if (!resources.contains(href))
        return std::optional<RemoteItem>();
    Result<RemoteItem> item = readResource(m_codec, href, resources.value(href).etag, resources.value(href).content);
    if (!item)
        return item.error();
    return std::optional<RemoteItem>(*item);
}

QString MemoryRemoteStore::hrefFor(const QString &uid) const
{
    return u"/tend/"_s + uid + m_codec.fileSuffix();
}

Result<RemoteWrite> MemoryRemoteStore::written(const QString &href)
{
    ++writeCount;
    RemoteWrite write;
    write.href = href;
    write.etag = resources.contains(href) ? resources.value(href).etag : QString();
    return write;
}

Result<RemoteWrite> MemoryRemoteStore::create(const QString &href, const QByteArray &content)
{
    if (beforeWrite)
        beforeWrite(href);
    if (Status up = reachable(); !up)
        return up.error();
    if (resources.contains(href)) {
        RemoteWrite refused;
        refused.preconditionFailed = true;
        return refused;
    }
    put(href, content);
    return written(href);
}

Result<RemoteWrite> MemoryRemoteStore::update(const QString &href, const QString &etag, const QByteArray &content)
{
    if (beforeWrite)
        beforeWrite(href);
    if (Status up = reachable(); !up)
        return up.error();
    if (!resources.contains(href) || resources.value(href).etag != etag) {
        RemoteWrite refused;
        refused.preconditionFailed = true;
        return refused;
    }
    put(href, content);
    return written(href);
}

Result<RemoteWrite> MemoryRemoteStore::remove(const QString &href, const QString &etag)
{
    if (beforeWrite)
        beforeWrite(href);
    if (Status up = reachable(); !up)
        return up.error();
    if (resources.contains(href) && resources.value(href).etag != etag) {
        RemoteWrite refused;
        refused.preconditionFailed = true;
        return refused;
    }
    resources.remove(href);
    return written(href);
}

Status FlakyStatusStore::count()
{
    if (failFromWrite >= 0 && writeCount >= failFromWrite)
        return Error{Error::Code::Database, u"killed before the status was written"_s};
    ++writeCount;
    return {};
}

Status FlakyStatusStore::put(const StatusRecord &record)
{
    if (Status ok = count(); !ok)
        return ok;
    return inner.put(record);
}

Status FlakyStatusStore::remove(const QString &uid)
{
    if (Status ok = count(); !ok)
        return ok;
    return inner.remove(uid);
}

} // namespace tend::sync::test
