#pragma once

#include "model/Practice.h"
#include "util/Result.h"

#include <QSqlDatabase>

namespace tend {

// Which asks, introductions or advice to list: all, or only those still open (an ask open or
// answered, an introduction in progress, advice not yet reported back), of everyone or of one
// contact.
struct PracticeFilter
{
    bool openOnly = false;
    std::optional<qint64> contactId;
};

// Reads and writes asks, introductions and advice; asks and introductions are read with their
// histories. Callers own the
// transaction and check the input (practice/ rules, Notebook).
class PracticeRepository final
{
public:
    explicit PracticeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> insertAsk(const Ask &ask, QDate today, const QDateTime &now);
    Status moveAsk(const Ask &ask, AskState to, QDate on, const QString &note);
    Result<Ask> ask(qint64 id) const;
    Status removeAsk(qint64 id);
    // Writes `ask` back as it was read, id, state and history included (undo).
    Status restoreAsk(const Ask &ask, const QDateTime &now);
    Result<QList<Ask>> asks(const PracticeFilter &filter) const;

    Result<qint64> insertIntroduction(const Introduction &introduction, QDate today, const QDateTime &now);
    Status moveIntroduction(const Introduction &introduction, IntroState to, QDate on,
                            std::optional<qint64> declinedBy, std::optional<qint64> interactionId);
    Result<Introduction> introduction(qint64 id) const;
    Result<QList<Introduction>> introductions(const PracticeFilter &filter) const;

    Result<qint64> insertAdvice(qint64 interactionId, const QString &text);
    Status markActedOn(qint64 id, const QString &outcome, QDate on);
    Status markReportedBack(qint64 id, QDate on, qint64 reportInteractionId);
    Result<AdviceItem> advice(qint64 id) const;
    // Writes an item back as it was read, id included (the undo of removing its interaction).
    Status restoreAdvice(const AdviceItem &item);
    // The items received in one interaction, in their order.
    Result<QList<AdviceItem>> adviceOf(qint64 interactionId) const;
    // Each item once, with the first participant of its interaction as the giver.
    Result<QList<AdviceItem>> adviceItems(const PracticeFilter &filter) const;

    // Advice acted on by `today` and not reported back, of contacts not archived.
    Result<int> actedOnNotReportedBack(QDate today) const;

    // The setting "intro-chase-days": the stored number, else `fallback`.
    Result<int> chaseDays(int fallback) const;
    Status setChaseDays(int days);

private:
    Result<QList<Ask>> selectAsks(const QString &where, const QVariantList &values) const;
    Result<QList<Introduction>> selectIntroductions(const QString &where, const QVariantList &values) const;
    Result<QList<AdviceItem>> selectAdvice(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace tend
