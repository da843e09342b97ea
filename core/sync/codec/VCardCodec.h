#pragma once

#include "model/Contact.h"
#include "model/ImportantDate.h"
#include "model/SyncState.h"
#include "sync/engine/ItemCodec.h"

namespace tend::sync {

// Contacts ↔ vCard resources in a CardDAV address book, for the sync engine, through Tend's own
// vCard reader and writer (core/io/vcard). Merges compare the fields Tend syncs: "name", "emails",
// "phones", "organisation", "title" and "links" (lists sorted, one value a line), "birthday" and
// "anniversary" (BDAY and ANNIVERSARY: "1990-05-01", "--05-01" without a year, empty for none),
// read the way an import reads them, so a card Tend wrote reads back to the fields it was written
// from.
class VCardCodec final : public ItemCodec
{
public:
    Result<ParsedItem> parse(const QByteArray &content) const override;
    Result<QByteArray> writeFields(const QByteArray &content, const FieldMap &fields) const override;
    QString fileSuffix() const override;
    QByteArray mediaType() const override;

    // The contact a resource describes, as an import would make it (`uid` from the card).
    static Result<Contact> contactOf(const QByteArray &content);
    // A contact's fields, its first birthday and work anniversary among `dates`; for a kind it has
    // none of, what its kept card says (so a card's date Tend has not taken yet is not a change).
    static FieldMap fieldsOf(const Contact &contact, const QList<ImportantDate> &dates = {});
    // `contact` with the synced fields `fields` names (the others stay as they are).
    static Contact withFields(Contact contact, const FieldMap &fields);
    // The dates `fields` names, as the notebook takes them (Notebook::writeContactFromServer).
    static QList<CardDate> cardDatesOf(const FieldMap &fields);
};

} // namespace tend::sync
