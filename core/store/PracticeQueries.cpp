#include "store/PracticeQueries.h"

#include "store/RoleColumn.h"

#include "db/Sql.h"
#include "practice/AskRules.h"
#include "practice/IntroductionFlow.h"
#include "schedule/SchedulingRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tend::practice {
namespace {

struct PracticeQueriesText
{
    Q_DECLARE_TR_FUNCTIONS(tend::practice::PracticeQueries)
};

struct Person
{
    QString name;
    QList<Role> roles;
};

// Names and roles of the active contacts the practice's rows may name, read once: those of
// active asks and introductions, of advice acted on, and of meetings planned up to `until`.
Result<QHash<qint64, Person>> activePeople(const QSqlDatabase &db, QDate today, QDate until)
{
    auto rows = sql::exec(db, u"SELECT c.id, c.name, (SELECT json_group_array(role) FROM contact_role"
                              " WHERE contact_id = c.id) FROM contact c WHERE c.archived = 0 AND c.id IN ("
                              " SELECT contact_id FROM ask WHERE state IN ('open', 'answered')"
                              " UNION SELECT first_id FROM introduction WHERE state NOT IN ('followed-up', 'declined')"
                              " UNION SELECT second_id FROM introduction WHERE state NOT IN ('followed-up', 'declined')"
                              " UNION SELECT p.contact_id FROM advice v"
                              "  JOIN interaction_participant p ON p.interaction_id = v.interaction_id WHERE v.state = 'acted-on'"
                              " UNION SELECT p.contact_id FROM interaction i"
                              "  JOIN interaction_participant p ON p.interaction_id = i.id"
                              "  WHERE i.occurred_on > ? AND i.occurred_on <= ? AND trim(i.agenda) = '')"_s,
                          {sql::day(today), sql::day(until.addDays(1))});
    if (!rows)
        return rows.error();
    QHash<qint64, Person> people;
    while (rows->next()) {
        Person person{rows->value(1).toString(), rolecolumn::roles(rows->value(2))};
        people.insert(rows->value(0).toLongLong(), person);
    }
    return people;
}

class Collector
{
public:
    Collector(const QHash<qint64, Person> &people, QDate today, QDate until)
        : m_people(people), m_today(today), m_until(until)
    {
    }

    void add(DueItem::Kind kind, qint64 sourceId, qint64 contactId, QDate due, const QString &reason)
    {
        if (!due.isValid() || due > m_until || !m_people.contains(contactId))
            return;
        DueItem item;
        item.kind = kind;
        item.sourceId = sourceId;
        item.contactId = contactId;
        item.contactName = m_people.value(contactId).name;
        item.roles = m_people.value(contactId).roles;
        item.due = due;
        item.overdueDays = rules::overdueDays(due, m_today);
        item.reason = reason;
        m_items.append(item);
    }

    QString name(qint64 contactId) const { return m_people.value(contactId).name; }
    QList<DueItem> items() const { return m_items; }

private:
    const QHash<qint64, Person> &m_people;
    QDate m_today;
    QDate m_until;
    QList<DueItem> m_items;
};

Status addAsks(const QSqlDatabase &db, Collector &collector)
{
    auto rows = sql::exec(db, u"SELECT id, contact_id, direction, text, deadline, state, state_changed_on FROM ask"
                              " WHERE state IN ('open', 'answered') ORDER BY id"_s);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        Ask ask;
        ask.id = rows->value(0).toLongLong();
        ask.contact.id = rows->value(1).toLongLong();
        ask.direction = askDirectionFromKey(rows->value(2).toString()).value_or(AskDirection::Mine);
        ask.text = rows->value(3).toString();
        ask.deadline = sql::toDay(rows->value(4));
        ask.state = askStateFromKey(rows->value(5).toString()).value_or(AskState::Open);
        ask.stateChangedOn = sql::toDay(rows->value(6));
        const auto reminder = reminderFor(ask);
        if (!reminder)
            continue;
        const QString name = collector.name(ask.contact.id);
        if (reminder->kind == AskReminder::Kind::AnswerOwed) {
            collector.add(DueItem::Kind::AnswerOwed, ask.id, ask.contact.id, reminder->due,
                          PracticeQueriesText::tr("You owe %1 an answer: %2").arg(name, ask.text));
        } else {
            collector.add(DueItem::Kind::AskDeadline, ask.id, ask.contact.id, reminder->due,
                          ask.direction == AskDirection::Mine
                              ? PracticeQueriesText::tr("Deadline of your ask to %1: %2").arg(name, ask.text)
                              : PracticeQueriesText::tr("Deadline of %1's ask: %2").arg(name, ask.text));
        }
    }
    return {};
}

Status addIntroductions(const QSqlDatabase &db, Collector &collector, int chaseDays)
{
    auto rows = sql::exec(db, u"SELECT id, first_id, second_id, state, state_changed_on FROM introduction"
                              " WHERE state NOT IN ('followed-up', 'declined')"
                              " ORDER BY id"_s);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        Introduction introduction;
        introduction.id = rows->value(0).toLongLong();
        introduction.first = {rows->value(1).toLongLong(), collector.name(rows->value(1).toLongLong())};
        introduction.second = {rows->value(2).toLongLong(), collector.name(rows->value(2).toLongLong())};
        introduction.state = introStateFromKey(rows->value(3).toString()).value_or(IntroState::Proposed);
        introduction.stateChangedOn = sql::toDay(rows->value(4));
        for (const IntroReminder &reminder : remindersFor(introduction, chaseDays)) {
            const QString other = reminder.contactId == introduction.first.id ? introduction.second.name
                                                                               : introduction.first.name;
            if (reminder.kind == IntroReminder::Kind::NextStep) {
                const QString text = introduction.state == IntroState::SecondAgreed
                                         ? PracticeQueriesText::tr("Introduce %1 and %2: both agreed")
                                         : PracticeQueriesText::tr("Ask %1 whether they would like an introduction to %2");
                collector.add(DueItem::Kind::IntroNextStep, introduction.id, reminder.contactId, reminder.due,
                              text.arg(collector.name(reminder.contactId), other));
            } else if (reminder.kind == IntroReminder::Kind::Chase) {
                collector.add(DueItem::Kind::IntroChase, introduction.id, reminder.contactId, reminder.due,
                              PracticeQueriesText::tr("Chase %1 about the introduction to %2")
                                  .arg(collector.name(reminder.contactId), other));
            } else {
                collector.add(DueItem::Kind::IntroFollowUp, introduction.id, reminder.contactId, reminder.due,
                              PracticeQueriesText::tr("Ask %1 how the introduction to %2 went")
                                  .arg(collector.name(reminder.contactId), other));
            }
        }
    }
    return {};
}

Status addThankYous(const QSqlDatabase &db, Collector &collector)
{
    auto rows = sql::exec(db, u"SELECT v.id, p.contact_id, v.text, v.acted_on FROM advice v"
                              " JOIN interaction_participant p ON p.interaction_id = v.interaction_id"
                              " WHERE v.state = 'acted-on' ORDER BY v.id, p.contact_id"_s);
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const qint64 contactId = rows->value(1).toLongLong();
        collector.add(DueItem::Kind::ThankYou, rows->value(0).toLongLong(), contactId, sql::toDay(rows->value(3)),
                      PracticeQueriesText::tr("Tell %1 how their advice helped: %2")
                          .arg(collector.name(contactId), rows->value(2).toString()));
    }
    return {};
}

Status addMeetingsWithoutAgenda(const QSqlDatabase &db, Collector &collector, QDate today, QDate until)
{
    auto rows = sql::exec(db, u"SELECT i.id, p.contact_id, i.occurred_on FROM interaction i"
                              " JOIN interaction_participant p ON p.interaction_id = i.id"
                              " WHERE i.occurred_on > ? AND i.occurred_on <= ? AND trim(i.agenda) = ''"
                              " ORDER BY i.occurred_on, i.id, p.contact_id"_s,
                          {sql::day(today), sql::day(until.addDays(1))});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const qint64 contactId = rows->value(1).toLongLong();
        const QDate on = sql::toDay(rows->value(2));
        const QString name = collector.name(contactId);
        collector.add(DueItem::Kind::MeetingAgenda, rows->value(0).toLongLong(), contactId, on.addDays(-1),
                      on == today.addDays(1)
                          ? PracticeQueriesText::tr("Meeting with %1 tomorrow has no agenda").arg(name)
                          : PracticeQueriesText::tr("Meeting with %1 on %2 has no agenda")
                                .arg(name, on.toString(Qt::ISODate)));
    }
    return {};
}

} // namespace

Result<QList<DueItem>> dueItems(const QSqlDatabase &db, QDate today, QDate until, int chaseDays)
{
    auto people = activePeople(db, today, until);
    if (!people)
        return people.error();
    Collector collector(*people, today, until);
    if (auto done = addAsks(db, collector); !done)
        return done.error();
    if (auto done = addIntroductions(db, collector, chaseDays); !done)
        return done.error();
    if (auto done = addThankYous(db, collector); !done)
        return done.error();
    if (auto done = addMeetingsWithoutAgenda(db, collector, today, until); !done)
        return done.error();
    return collector.items();
}

} // namespace tend::practice
