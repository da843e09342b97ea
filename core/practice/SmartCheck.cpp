#include "practice/SmartCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tend::practice {
namespace {

struct SmartCheckText
{
    Q_DECLARE_TR_FUNCTIONS(tend::practice::SmartCheck)
};

constexpr int wordsLookedAt = 4;

const QSet<QString> &actionVerbs()
{
    static const QSet<QString> verbs{
        // English
        u"advise"_s, u"answer"_s, u"apply"_s, u"approve"_s, u"ask"_s, u"attend"_s, u"book"_s, u"build"_s,
        u"call"_s, u"check"_s, u"choose"_s, u"coach"_s, u"comment"_s, u"compare"_s, u"connect"_s, u"decide"_s,
        u"demo"_s, u"discuss"_s, u"do"_s, u"draft"_s, u"edit"_s, u"email"_s, u"endorse"_s, u"evaluate"_s,
        u"explain"_s, u"find"_s, u"forward"_s, u"give"_s, u"help"_s, u"host"_s, u"introduce"_s, u"invite"_s,
        u"join"_s, u"lead"_s, u"lend"_s, u"look"_s, u"make"_s, u"meet"_s, u"mentor"_s, u"message"_s,
        u"nominate"_s, u"organise"_s, u"organize"_s, u"pair"_s, u"pick"_s, u"plan"_s, u"practice"_s,
        u"practise"_s, u"prepare"_s, u"present"_s, u"proofread"_s, u"publish"_s, u"rate"_s, u"read"_s,
        u"recommend"_s, u"refer"_s, u"reply"_s, u"review"_s, u"run"_s, u"schedule"_s, u"send"_s, u"set"_s,
        u"shadow"_s, u"share"_s, u"show"_s, u"sign"_s, u"speak"_s, u"sponsor"_s, u"submit"_s, u"suggest"_s,
        u"support"_s, u"take"_s, u"talk"_s, u"teach"_s, u"tell"_s, u"test"_s, u"try"_s, u"vouch"_s, u"walk"_s,
        u"write"_s,
        // German, infinitive and imperative
        u"anrufen"_s, u"ruf"_s, u"beraten"_s, u"berate"_s, u"besprechen"_s, u"besprich"_s, u"bewerten"_s,
        u"bewerte"_s, u"einladen"_s, u"lade"_s, u"empfehlen"_s, u"empfiehl"_s, u"erklären"_s, u"erkläre"_s,
        u"geben"_s, u"gib"_s, u"helfen"_s, u"hilf"_s, u"kommentieren"_s, u"kommentiere"_s, u"lesen"_s,
        u"lies"_s, u"planen"_s, u"plane"_s, u"prüfen"_s, u"prüfe"_s, u"schicken"_s, u"schick"_s,
        u"schreiben"_s, u"schreib"_s, u"senden"_s, u"sende"_s, u"teilen"_s, u"teile"_s, u"treffen"_s,
        u"triff"_s, u"vorstellen"_s, u"stell"_s, u"vorschlagen"_s, u"schlag"_s, u"zeigen"_s, u"zeig"_s,
    };
    return verbs;
}

// Polite openings before the verb: "could you please review…", "kannst du bitte … lesen".
const QSet<QString> &softeners()
{
    static const QSet<QString> words{u"please"_s, u"could"_s, u"would"_s, u"can"_s, u"will"_s, u"you"_s,
                                     u"bitte"_s, u"kannst"_s, u"könntest"_s, u"du"_s, u"würdest"_s};
    return words;
}

} // namespace

bool startsWithActionVerb(const QString &text)
{
    static const QRegularExpression word(u"[\\p{L}']+"_s);
    int looked = 0;
    for (auto it = word.globalMatch(text); it.hasNext() && looked < wordsLookedAt;) {
        const QString candidate = it.next().captured().toLower();
        if (actionVerbs().contains(candidate))
            return true;
        if (!softeners().contains(candidate))
            ++looked;
    }
    return false;
}

QList<SmartHint> smartHints(const QString &text, const QString &why, const QString &action, QDate deadline,
                            QDate today)
{
    using Criterion = SmartHint::Criterion;
    const QString request = text.trimmed();
    const QString doing = action.trimmed().isEmpty() ? request : action.trimmed();
    QList<SmartHint> hints;

    SmartHint specific{Criterion::Specific, false, SmartCheckText::tr("Specific"), {}};
    if (request.isEmpty())
        specific.hint = SmartCheckText::tr("Say exactly what you are asking for.");
    else if (request.size() > specificRequestLength)
        specific.hint = SmartCheckText::tr("Over %1 characters: a shorter request is easier to say yes to.")
                            .arg(specificRequestLength);
    specific.met = specific.hint.isEmpty();
    hints.append(specific);

    SmartHint meaningful{Criterion::Meaningful, !why.trimmed().isEmpty(), SmartCheckText::tr("Meaningful"), {}};
    if (!meaningful.met)
        meaningful.hint = SmartCheckText::tr("Say why it matters to you: people help more when they know.");
    hints.append(meaningful);

    SmartHint actionOriented{Criterion::ActionOriented, startsWithActionVerb(doing), SmartCheckText::tr("Action-oriented"), {}};
    if (!actionOriented.met)
        actionOriented.hint = SmartCheckText::tr("Start the action with a verb: review, introduce, share…");
    hints.append(actionOriented);

    SmartHint real{Criterion::Real, true, SmartCheckText::tr("Real"), {}};
    if (deadline.isValid() && deadline < today)
        real.hint = SmartCheckText::tr("The deadline has passed.");
    else if (deadline.isValid() && deadline > today.addYears(1))
        real.hint = SmartCheckText::tr("More than a year away: is there a nearer first step?");
    real.met = real.hint.isEmpty();
    hints.append(real);

    SmartHint timeBound{Criterion::TimeBound, deadline.isValid(), SmartCheckText::tr("Time-bound"), {}};
    if (!timeBound.met)
        timeBound.hint = SmartCheckText::tr("Add a deadline, so both of you know when.");
    hints.append(timeBound);
    return hints;
}

} // namespace tend::practice
