#pragma once

#include "MemoryStores.h"

#include "sync/codec/TodoCodec.h"
#include "sync/engine/ItemCodec.h"

namespace tend::sync::test {

// Just enough vCard for the transport tests against Radicale: FN, EMAIL, TEL and NOTE as the fields
// "name", "email", "phone" and "note", UID, and every other line kept as it came. The real mapping of
// contacts is the vCard code of the import/export work; this stands in for it.
class TestVCardCodec final : public ItemCodec, public ItemFormat
{
public:
    Result<ParsedItem> parse(const QByteArray &content) const override;
    Result<QByteArray> writeFields(const QByteArray &content, const FieldMap &fields) const override;
    QString fileSuffix() const override { return QStringLiteral(".vcf"); }
    QByteArray mediaType() const override { return "text/vcard; charset=utf-8"; }
    QByteArray render(const QString &uid, const FieldMap &fields, const QByteArray &original) const override;
};

// Reminders in memory as Tend will keep them: fields, plus the server's last copy of the VTODO.
class TodoFormat final : public ItemFormat
{
public:
    QByteArray render(const QString &uid, const FieldMap &fields, const QByteArray &original) const override;
    TodoCodec codec{Clock::system()};
};

} // namespace tend::sync::test
