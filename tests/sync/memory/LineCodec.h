#pragma once

#include "sync/engine/ItemCodec.h"

namespace tend::sync::test {

// The resource format of the in-memory sync tests: one "KEY:value" per line. UID names the item;
// X- lines are properties Tend does not map (kept, and part of the hash); REV changes on every save
// (not part of the hash); every other key is a field.
class LineCodec final : public ItemCodec
{
public:
    Result<ParsedItem> parse(const QByteArray &content) const override;
    Result<QByteArray> writeFields(const QByteArray &content, const FieldMap &fields) const override;
    QString fileSuffix() const override;
    QByteArray mediaType() const override;

    static QByteArray render(const QString &uid, const FieldMap &fields, const QStringList &extraLines = {});
    static QStringList unmappedLines(const QByteArray &content); // the X- lines
};

} // namespace tend::sync::test
