#include "sync/engine/RemoteListing.h"

#include <QCoreApplication>
#include <QHash>

namespace tend::sync {

ListingSplit splitListing(const QList<StatusRecord> &known, const QList<ListingEntry> &listing)
{
    QHash<QString, const StatusRecord *> byHref;
    byHref.reserve(known.size());
    for (const StatusRecord &record : known)
        byHref.insert(record.href, &record);

    ListingSplit split;
    for (const ListingEntry &entry : listing) {
        const StatusRecord *record = byHref.value(entry.href);
        if (record && !entry.etag.isEmpty() && record->etag == entry.etag) {
            RemoteItem item;
            item.uid = record->uid;
            item.href = entry.href;
            item.etag = entry.etag;
            item.hash = record->remoteHash;
            item.fields = record->base;
            split.unchanged.append(item);
        } else {
            split.toFetch.append(entry.href);
        }
    }
    return split;
}

Result<RemoteItem> readResource(const ItemCodec &codec, const QString &href, const QString &etag,
                                const QByteArray &content)
{
    if (content.isEmpty())
        return Error::invalid(QCoreApplication::translate("tend::sync::RemoteListing", "The server sent it empty."));
    Result<ParsedItem> parsed = codec.parse(content);
    if (!parsed)
        return Error::invalid(parsed.error().message);
    RemoteItem item;
    item.uid = parsed->uid;
    item.href = href;
    item.etag = etag;
    item.hash = parsed->hash;
    item.fields = parsed->fields;
    item.content = content;
    return item;
}

void addFetched(RemoteSnapshot &snapshot, const ItemCodec &codec, const QString &href, const QString &etag,
                const QByteArray &content)
{
    Result<RemoteItem> item = readResource(codec, href, etag, content);
    if (item)
        snapshot.items.append(std::move(*item));
    else
        snapshot.skipped.append({href, item.error().message});
}

} // namespace tend::sync
