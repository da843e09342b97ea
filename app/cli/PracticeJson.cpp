#include "cli/PracticeJson.h"

#include "cli/JsonValues.h"
#include "practice/IntroductionFlow.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tend::cli::json {
namespace {

QJsonObject person(const ContactRef &ref)
{
    return {{u"id"_s, ref.id}, {u"name"_s, ref.name}};
}

} // namespace

QJsonObject ask(const Ask &ask)
{
    QJsonArray history;
    for (const AskStep &step : ask.history) {
        history.append(QJsonObject{{u"date"_s, day(step.on)}, {u"from"_s, toKey(step.from)}, {u"to"_s, toKey(step.to)},
                                   {u"note"_s, text(step.note)}});
    }
    return {
        {u"id"_s, ask.id},
        {u"contact_id"_s, ask.contact.id},
        {u"contact"_s, ask.contact.name},
        {u"direction"_s, toKey(ask.direction)},
        {u"text"_s, ask.text},
        {u"why"_s, text(ask.why)},
        {u"action"_s, text(ask.action)},
        {u"deadline"_s, day(ask.deadline)},
        {u"state"_s, toKey(ask.state)},
        {u"state_changed"_s, day(ask.stateChangedOn)},
        {u"interaction_id"_s, number(ask.interactionId)},
        {u"history"_s, history},
    };
}

QJsonObject introduction(const Introduction &introduction)
{
    QJsonArray history;
    for (const IntroStep &step : introduction.history) {
        history.append(QJsonObject{{u"date"_s, day(step.on)}, {u"from"_s, toKey(step.from)}, {u"to"_s, toKey(step.to)},
                                   {u"interaction_id"_s, number(step.interactionId)}});
    }
    return {
        {u"id"_s, introduction.id},
        {u"first"_s, person(introduction.first)},
        {u"second"_s, person(introduction.second)},
        {u"why"_s, text(introduction.why)},
        {u"state"_s, toKey(introduction.state)},
        {u"state_text"_s, practice::describeState(introduction)},
        {u"state_changed"_s, day(introduction.stateChangedOn)},
        {u"declined_by"_s, number(introduction.declinedBy)},
        {u"history"_s, history},
    };
}

QJsonObject advice(const AdviceItem &item)
{
    return {
        {u"id"_s, item.id},
        {u"interaction_id"_s, item.interactionId},
        {u"from"_s, item.from.id ? QJsonValue(person(item.from)) : QJsonValue(QJsonValue::Null)},
        {u"received"_s, day(item.receivedOn)},
        {u"text"_s, item.text},
        {u"state"_s, toKey(item.state)},
        {u"outcome"_s, text(item.outcome)},
        {u"acted_on"_s, day(item.actedOn)},
        {u"reported_on"_s, day(item.reportedOn)},
        {u"report_interaction_id"_s, number(item.reportInteractionId)},
    };
}

} // namespace tend::cli::json
