#pragma once

#include "io/ical/TodoMapping.h"
#include "schedule/Clock.h"
#include "sync/engine/ItemCodec.h"

namespace tend::sync {

// Reminders ↔ VTODO resources in a CalDAV task list, for the sync engine. Merges compare the fields
// "reason", "due", "state", "contact" and "contact-uid"; when a task is completed stays with the state
// (both sides completing it at different moments is no conflict).
class TodoCodec final : public ItemCodec
{
public:
    explicit TodoCodec(Clock clock) : m_clock(clock) {}

    Result<ParsedItem> parse(const QByteArray &content) const override;
    Result<QByteArray> writeFields(const QByteArray &content, const FieldMap &fields) const override;
    QString fileSuffix() const override;
    QByteArray mediaType() const override;

    static FieldMap fieldsOf(const ical::TodoFields &todo);
    // `todo` with the values `fields` names; completion is stamped when the state becomes done.
    static ical::TodoFields withFields(ical::TodoFields todo, const FieldMap &fields);

private:
    Clock m_clock;
};

} // namespace tend::sync
