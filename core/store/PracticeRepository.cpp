#include "store/PracticeRepository.h"

#include "db/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

struct PracticeRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(tend::PracticeRepository)
};

std::optional<qint64> optionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariant idOrNull(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

template<typename Record>
QString idsJson(const QList<Record> &records)
{
    QJsonArray ids;
    for (const Record &record : records)
        ids.append(record.id);
    return QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
}

const QString askColumns =
    u"SELECT a.id, a.contact_id, c.name, a.direction, a.text, a.why, a.action, a.deadline, a.state,"
    " a.state_changed_on, a.interaction_id FROM ask a JOIN contact c ON c.id = a.contact_id "_s;

const QString introductionColumns =
    u"SELECT n.id, n.first_id, f.name, n.second_id, s.name, n.why, n.state, n.state_changed_on, n.declined_by"
    " FROM introduction n JOIN contact f ON f.id = n.first_id JOIN contact s ON s.id = n.second_id "_s;

// The giver is the interaction's first participant by id; an interaction without people has none.
const QString adviceColumns =
    u"SELECT v.id, v.interaction_id, v.text, v.state, v.outcome, v.acted_on, v.reported_on,"
    " v.report_interaction_id, i.occurred_on, g.id, g.name FROM advice v JOIN interaction i ON i.id = v.interaction_id"
    " LEFT JOIN contact g ON g.id = (SELECT min(contact_id) FROM interaction_participant"
    " WHERE interaction_id = v.interaction_id) "_s;

const QString chaseDaysKey = u"intro-chase-days"_s;

} // namespace

Result<int> PracticeRepository::actedOnNotReportedBack(QDate today) const
{
    auto counted = sql::scalar(m_db,
                               u"SELECT count(*) FROM advice v WHERE v.state = 'acted-on' AND v.acted_on <= ?"
                               " AND EXISTS (SELECT 1 FROM interaction_participant p JOIN contact c ON c.id = p.contact_id"
                               " WHERE p.interaction_id = v.interaction_id AND c.archived = 0)"_s,
                               {sql::day(today)});
    if (!counted)
        return counted.error();
    return int(*counted);
}

Result<int> PracticeRepository::chaseDays(int fallback) const
{
    auto rows = sql::exec(m_db, u"SELECT value FROM setting WHERE key = ?"_s, {chaseDaysKey});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return fallback;
    bool ok = false;
    const int days = rows->value(0).toString().toInt(&ok);
    return ok && days > 0 ? days : fallback;
}

Status PracticeRepository::setChaseDays(int days)
{
    auto stored = sql::exec(m_db, u"INSERT INTO setting (key, value) VALUES (?, ?)"
                                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                            {chaseDaysKey, QString::number(days)});
    if (!stored)
        return stored.error();
    return {};
}

Result<qint64> PracticeRepository::insertAsk(const Ask &ask, QDate today, const QDateTime &now)
{
    auto inserted = sql::exec(m_db,
                              u"INSERT INTO ask (contact_id, direction, text, why, action, deadline, state,"
                              " state_changed_on, interaction_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              {ask.contact.id, toKey(ask.direction), ask.text, ask.why, ask.action, sql::day(ask.deadline),
                               toKey(AskState::Open), sql::day(today), idOrNull(ask.interactionId), sql::instant(now)});
    if (!inserted)
        return inserted.error();
    return inserted->lastInsertId().toLongLong();
}

Status PracticeRepository::removeAsk(qint64 id)
{
    auto removed = sql::exec(m_db, u"DELETE FROM ask WHERE id = ?"_s, {id});
    if (!removed)
        return removed.error();
    return {};
}

Status PracticeRepository::restoreAsk(const Ask &ask, const QDateTime &now)
{
    auto inserted = sql::exec(m_db,
                              u"INSERT INTO ask (id, contact_id, direction, text, why, action, deadline, state,"
                              " state_changed_on, interaction_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              {ask.id, ask.contact.id, toKey(ask.direction), ask.text, ask.why, ask.action,
                               sql::day(ask.deadline), toKey(ask.state), sql::day(ask.stateChangedOn),
                               idOrNull(ask.interactionId), sql::instant(now)});
    if (!inserted)
        return inserted.error();
    for (const AskStep &step : ask.history) {
        auto written = sql::exec(m_db, u"INSERT INTO ask_step (ask_id, on_day, from_state, to_state, note) VALUES (?, ?, ?, ?, ?)"_s,
                                 {ask.id, sql::day(step.on), toKey(step.from), toKey(step.to), step.note});
        if (!written)
            return written.error();
    }
    return {};
}

Status PracticeRepository::moveAsk(const Ask &ask, AskState to, QDate on, const QString &note)
{
    if (auto moved = sql::exec(m_db, u"UPDATE ask SET state = ?, state_changed_on = ? WHERE id = ?"_s,
                               {toKey(to), sql::day(on), ask.id});
        !moved)
        return moved.error();
    auto step = sql::exec(m_db, u"INSERT INTO ask_step (ask_id, on_day, from_state, to_state, note) VALUES (?, ?, ?, ?, ?)"_s,
                          {ask.id, sql::day(on), toKey(ask.state), toKey(to), note});
    if (!step)
        return step.error();
    return {};
}

Result<Ask> PracticeRepository::ask(qint64 id) const
{
    auto found = selectAsks(u"WHERE a.id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(PracticeRepositoryText::tr("There is no ask with id %1.").arg(id));
    Ask ask = found->constFirst();
    return ask;
}

Result<QList<Ask>> PracticeRepository::asks(const PracticeFilter &filter) const
{
    return selectAsks(u"WHERE (? = 0 OR a.state IN ('open', 'answered')) AND (? IS NULL OR a.contact_id = ?)"
                      " ORDER BY a.deadline IS NULL, a.deadline, a.id"_s,
                      {filter.openOnly ? 1 : 0, idOrNull(filter.contactId), idOrNull(filter.contactId)});
}

Result<QList<Ask>> PracticeRepository::selectAsks(const QString &where, const QVariantList &values) const
{
    auto rows = sql::exec(m_db, askColumns + where, values);
    if (!rows)
        return rows.error();
    QList<Ask> asks;
    while (rows->next()) {
        Ask ask;
        ask.id = rows->value(0).toLongLong();
        ask.contact = {rows->value(1).toLongLong(), rows->value(2).toString()};
        ask.direction = askDirectionFromKey(rows->value(3).toString()).value_or(AskDirection::Mine);
        ask.text = rows->value(4).toString();
        ask.why = rows->value(5).toString();
        ask.action = rows->value(6).toString();
        ask.deadline = sql::toDay(rows->value(7));
        ask.state = askStateFromKey(rows->value(8).toString()).value_or(AskState::Open);
        ask.stateChangedOn = sql::toDay(rows->value(9));
        ask.interactionId = optionalId(rows->value(10));
        asks.append(ask);
    }
    rows = Error{};
    auto steps = sql::exec(m_db, u"SELECT ask_id, on_day, from_state, to_state, note FROM ask_step"
                                 " WHERE ask_id IN (SELECT value FROM json_each(?)) ORDER BY id"_s,
                           {idsJson(asks)});
    if (!steps)
        return steps.error();
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < asks.size(); ++i)
        at.insert(asks.at(i).id, i);
    while (steps->next()) {
        asks[at.value(steps->value(0).toLongLong())].history.append(
            {sql::toDay(steps->value(1)), askStateFromKey(steps->value(2).toString()).value_or(AskState::Open),
             askStateFromKey(steps->value(3).toString()).value_or(AskState::Open), steps->value(4).toString()});
    }
    return asks;
}

Result<qint64> PracticeRepository::insertIntroduction(const Introduction &introduction, QDate today, const QDateTime &now)
{
    auto inserted = sql::exec(m_db,
                              u"INSERT INTO introduction (first_id, second_id, why, state, state_changed_on, created_at)"
                              " VALUES (?, ?, ?, ?, ?, ?)"_s,
                              {introduction.first.id, introduction.second.id, introduction.why,
                               toKey(IntroState::Proposed), sql::day(today), sql::instant(now)});
    if (!inserted)
        return inserted.error();
    return inserted->lastInsertId().toLongLong();
}

Status PracticeRepository::moveIntroduction(const Introduction &introduction, IntroState to, QDate on,
                                            std::optional<qint64> declinedBy, std::optional<qint64> interactionId)
{
    if (auto moved = sql::exec(m_db, u"UPDATE introduction SET state = ?, state_changed_on = ?, declined_by = ? WHERE id = ?"_s,
                               {toKey(to), sql::day(on), idOrNull(declinedBy), introduction.id});
        !moved)
        return moved.error();
    auto step = sql::exec(m_db,
                          u"INSERT INTO introduction_step (introduction_id, on_day, from_state, to_state, interaction_id)"
                          " VALUES (?, ?, ?, ?, ?)"_s,
                          {introduction.id, sql::day(on), toKey(introduction.state), toKey(to), idOrNull(interactionId)});
    if (!step)
        return step.error();
    return {};
}

Result<Introduction> PracticeRepository::introduction(qint64 id) const
{
    auto found = selectIntroductions(u"WHERE n.id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(PracticeRepositoryText::tr("There is no introduction with id %1.").arg(id));
    Introduction introduction = found->constFirst();
    return introduction;
}

Result<QList<Introduction>> PracticeRepository::introductions(const PracticeFilter &filter) const
{
    return selectIntroductions(
        u"WHERE (? = 0 OR n.state NOT IN ('followed-up', 'declined'))"
        " AND (? IS NULL OR n.first_id = ? OR n.second_id = ?) ORDER BY n.id"_s,
        {filter.openOnly ? 1 : 0, idOrNull(filter.contactId), idOrNull(filter.contactId), idOrNull(filter.contactId)});
}

Result<QList<Introduction>> PracticeRepository::selectIntroductions(const QString &where, const QVariantList &values) const
{
    auto rows = sql::exec(m_db, introductionColumns + where, values);
    if (!rows)
        return rows.error();
    QList<Introduction> introductions;
    while (rows->next()) {
        Introduction introduction;
        introduction.id = rows->value(0).toLongLong();
        introduction.first = {rows->value(1).toLongLong(), rows->value(2).toString()};
        introduction.second = {rows->value(3).toLongLong(), rows->value(4).toString()};
        introduction.why = rows->value(5).toString();
        introduction.state = introStateFromKey(rows->value(6).toString()).value_or(IntroState::Proposed);
        introduction.stateChangedOn = sql::toDay(rows->value(7));
        introduction.declinedBy = optionalId(rows->value(8));
        introductions.append(introduction);
    }
    rows = Error{};
    auto steps = sql::exec(m_db, u"SELECT introduction_id, on_day, from_state, to_state, interaction_id FROM introduction_step"
                                 " WHERE introduction_id IN (SELECT value FROM json_each(?)) ORDER BY id"_s,
                           {idsJson(introductions)});
    if (!steps)
        return steps.error();
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < introductions.size(); ++i)
        at.insert(introductions.at(i).id, i);
    while (steps->next()) {
        introductions[at.value(steps->value(0).toLongLong())].history.append(
            {sql::toDay(steps->value(1)), introStateFromKey(steps->value(2).toString()).value_or(IntroState::Proposed),
             introStateFromKey(steps->value(3).toString()).value_or(IntroState::Proposed), optionalId(steps->value(4))});
    }
    return introductions;
}

Result<qint64> PracticeRepository::insertAdvice(qint64 interactionId, const QString &text)
{
    auto inserted = sql::exec(m_db,
                              u"INSERT INTO advice (interaction_id, position, text) VALUES (?,"
                              " (SELECT COALESCE(max(position), -1) + 1 FROM advice WHERE interaction_id = ?), ?)"_s,
                              {interactionId, interactionId, text});
    if (!inserted)
        return inserted.error();
    return inserted->lastInsertId().toLongLong();
}

Status PracticeRepository::markActedOn(qint64 id, const QString &outcome, QDate on)
{
    auto updated = sql::exec(m_db, u"UPDATE advice SET state = 'acted-on', outcome = ?, acted_on = ? WHERE id = ?"_s,
                             {outcome, sql::day(on), id});
    if (!updated)
        return updated.error();
    return {};
}

Status PracticeRepository::markReportedBack(qint64 id, QDate on, qint64 reportInteractionId)
{
    auto updated = sql::exec(m_db,
                             u"UPDATE advice SET state = 'reported-back', reported_on = ?, report_interaction_id = ?"
                             " WHERE id = ?"_s,
                             {sql::day(on), reportInteractionId, id});
    if (!updated)
        return updated.error();
    return {};
}

Status PracticeRepository::restoreAdvice(const AdviceItem &item)
{
    auto inserted = sql::exec(m_db,
                              u"INSERT INTO advice (id, interaction_id, position, text, state, outcome, acted_on,"
                              " reported_on, report_interaction_id) VALUES (?, ?,"
                              " (SELECT COALESCE(max(position), -1) + 1 FROM advice WHERE interaction_id = ?),"
                              " ?, ?, ?, ?, ?, (SELECT id FROM interaction WHERE id = ?))"_s,
                              {item.id, item.interactionId, item.interactionId, item.text, toKey(item.state),
                               item.outcome, sql::day(item.actedOn), sql::day(item.reportedOn),
                               idOrNull(item.reportInteractionId)});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<AdviceItem> PracticeRepository::advice(qint64 id) const
{
    auto found = selectAdvice(u"WHERE v.id = ?"_s, {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(PracticeRepositoryText::tr("There is no advice with id %1.").arg(id));
    return found->constFirst();
}

Result<QList<AdviceItem>> PracticeRepository::adviceOf(qint64 interactionId) const
{
    return selectAdvice(u"WHERE v.interaction_id = ? ORDER BY v.position"_s, {interactionId});
}

Result<QList<AdviceItem>> PracticeRepository::adviceItems(const PracticeFilter &filter) const
{
    return selectAdvice(u"WHERE (? = 0 OR v.state <> 'reported-back') AND (? IS NULL OR EXISTS (SELECT 1 FROM"
                        " interaction_participant p WHERE p.interaction_id = v.interaction_id AND p.contact_id = ?))"
                        " ORDER BY i.occurred_on, v.interaction_id, v.position"_s,
                        {filter.openOnly ? 1 : 0, idOrNull(filter.contactId), idOrNull(filter.contactId)});
}

Result<QList<AdviceItem>> PracticeRepository::selectAdvice(const QString &where, const QVariantList &values) const
{
    auto rows = sql::exec(m_db, adviceColumns + where, values);
    if (!rows)
        return rows.error();
    QList<AdviceItem> items;
    while (rows->next()) {
        AdviceItem item;
        item.id = rows->value(0).toLongLong();
        item.interactionId = rows->value(1).toLongLong();
        item.text = rows->value(2).toString();
        item.state = adviceStateFromKey(rows->value(3).toString()).value_or(AdviceState::Open);
        item.outcome = rows->value(4).toString();
        item.actedOn = sql::toDay(rows->value(5));
        item.reportedOn = sql::toDay(rows->value(6));
        item.reportInteractionId = optionalId(rows->value(7));
        item.receivedOn = sql::toDay(rows->value(8));
        if (!rows->value(9).isNull())
            item.from = {rows->value(9).toLongLong(), rows->value(10).toString()};
        items.append(item);
    }
    return items;
}

} // namespace tend
