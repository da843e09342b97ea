#pragma once

#include <QDate>
#include <QList>
#include <QString>

// Hints that help a request meet the five SMART criteria. They are hints, never rules: the ask
// dialog shows them as a checklist that updates as the user types, and nothing is refused.
namespace tend::practice {

struct SmartHint
{
    enum class Criterion { Specific, Meaningful, ActionOriented, Real, TimeBound };
    Criterion criterion;
    bool met = false;
    QString label; // "Specific"
    QString hint;  // what would help, when not met; empty when met
};

inline constexpr int specificRequestLength = 300;

// The five criteria, in SMART order, for an ask as typed so far.
QList<SmartHint> smartHints(const QString &text, const QString &why, const QString &action, QDate deadline,
                            QDate today);

// Whether one of the first words is a verb people use to ask for something ("review", "introduce",
// "could you read…"), in English or German.
bool startsWithActionVerb(const QString &text);

} // namespace tend::practice
