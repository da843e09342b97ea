#include "Notebook.h"

#include "db/Transaction.h"
#include "practice/AskRules.h"
#include "store/PracticeRepository.h"
#include "store/PracticeUndoQueries.h"

#include <QSet>

using namespace Qt::StringLiterals;

// Undoing the practice's steps exactly: what a step logged goes with it.
namespace tend {

Status Notebook::setAskDeadline(qint64 id, QDate deadline)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    PracticeRepository practice(m_database->connection());
    auto ask = practice.ask(id);
    if (!ask)
        return ask.error();
    if (!practice::isActive(ask->state))
        return Error::invalid(tr("Ask %1 is %2: its deadline no longer matters.").arg(id).arg(displayName(ask->state)));
    Ask moved = *ask;
    moved.deadline = deadline;
    if (auto valid = practice::checkNewAsk(moved, today()); !valid)
        return valid;
    if (auto written = practiceundo::writeAskDeadline(m_database->connection(), id, deadline); !written)
        return written;
    return finish(transaction, Change::Reminders);
}

Result<Introduction> Notebook::deleteIntroduction(qint64 id)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    auto snapshot = PracticeRepository(m_database->connection()).introduction(id);
    if (!snapshot)
        return snapshot.error();
    if (auto removed = practiceundo::removeIntroduction(m_database->connection(), id); !removed)
        return removed.error();
    if (auto done = finish(transaction, Change::Reminders); !done)
        return done.error();
    return snapshot;
}

Status Notebook::restoreIntroduction(const Introduction &snapshot)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    const QSqlDatabase db = m_database->connection();
    auto steps = practiceundo::introductionSteps(db, snapshot.id);
    if (!steps)
        return steps.error();
    auto exists = PracticeRepository(db).introduction(snapshot.id);
    if (!exists && exists.error().code != Error::Code::NotFound)
        return exists.error();
    Changes what = Change::Reminders;
    if (exists) {
        // The steps taken since the snapshot go, with what each logged.
        QList<qint64> later;
        for (qsizetype i = snapshot.history.size(); i < steps->size(); ++i) {
            later.append(steps->at(i).id);
            if (const auto logged = steps->at(i).interactionId) {
                if (auto removed = removeInteraction(*logged); !removed && removed.error().code != Error::Code::NotFound)
                    return removed.error();
                what |= Change::Interactions | Change::Contacts;
            }
        }
        if (auto removed = practiceundo::removeIntroductionSteps(db, later); !removed)
            return removed;
    }
    if (auto written = practiceundo::writeIntroduction(db, snapshot, m_clock.now(), !exists); !written)
        return written;
    return finish(transaction, what);
}

Status Notebook::restoreAdvice(const AdviceItem &snapshot)
{
    Transaction transaction(m_database->connection());
    if (auto begun = transaction.begun(); !begun)
        return begun;
    auto current = PracticeRepository(m_database->connection()).advice(snapshot.id);
    if (!current)
        return current.error();
    Changes what = Change::Reminders;
    if (current->reportInteractionId && current->reportInteractionId != snapshot.reportInteractionId) {
        if (auto removed = removeInteraction(*current->reportInteractionId);
            !removed && removed.error().code != Error::Code::NotFound)
            return removed.error();
        what |= Change::Interactions | Change::Contacts;
    }
    if (auto written = practiceundo::writeAdviceState(m_database->connection(), snapshot); !written)
        return written;
    return finish(transaction, what);
}

} // namespace tend
