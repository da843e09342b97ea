#pragma once

#include "model/Contact.h"
#include "sync/engine/ItemCodec.h"

namespace tend::sync {

// Contacts ↔ vCard resources in a CardDAV address book, for the sync engine, through Tend's own
// vCard reader and writer (core/io/vcard). Merges compare the fields Tend syncs: "name", "emails",
// "phones", "organisation", "title" and "links" (lists sorted, one value a line), read the way an
// import reads them, so a card Tend wrote reads back to the fields it was written from.
class VCardCodec final : public ItemCodec
{
public:
    Result<ParsedItem> parse(const QByteArray &content) const override;
    Result<QByteArray> writeFields(const QByteArray &content, const FieldMap &fields) const override;
    QString fileSuffix() const override;
    QByteArray mediaType() const override;

    // The contact a resource describes, as an import would make it (`uid` from the card).
    static Result<Contact> contactOf(const QByteArray &content);
    static FieldMap fieldsOf(const Contact &contact);
    // `contact` with the synced fields `fields` names (the others stay as they are).
    static Contact withFields(Contact contact, const FieldMap &fields);
};

} // namespace tend::sync
