#pragma once

#include "sync/engine/SyncTypes.h"
#include "util/Result.h"

namespace tend::sync {

// What sync needs to know of a resource's content: its UID, a hash and the fields merges compare.
struct ParsedItem
{
    QString uid;
    QByteArray hash;
    FieldMap fields;
};

// Reads and writes one kind of resource (a vCard, a VTODO) for sync. Implementations keep what they
// do not map: `writeFields` changes only the properties behind the fields it is given.
class ItemCodec
{
public:
    virtual ~ItemCodec() = default;

    // The hash covers the whole resource, normalised (property order, line folding) and without the
    // properties a server or client rewrites on every save (PRODID, REV, DTSTAMP…), so that a rewrite
    // with no real change keeps it. An Error (code Invalid) names what could not be read.
    virtual Result<ParsedItem> parse(const QByteArray &content) const = 0;

    // The resource `content` with `fields` written over it: used to send a merge back to the server.
    virtual Result<QByteArray> writeFields(const QByteArray &content, const FieldMap &fields) const = 0;

    // ".vcf" or ".ics": new resources are named from their UID and this.
    virtual QString fileSuffix() const = 0;
    // The Content-Type of a PUT.
    virtual QByteArray mediaType() const = 0;
};

} // namespace tend::sync
