#include "db/Transaction.h"

#include "db/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tend {

namespace {
struct TransactionText
{
    Q_DECLARE_TR_FUNCTIONS(tend::Transaction)
};
} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    // IMMEDIATE takes the write lock now, so a busy database fails here rather than mid-change.
    auto begin = sql::exec(m_db, u"BEGIN IMMEDIATE"_s);
    if (!begin)
        m_begin = begin.error();
    else
        m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begin.ok() ? Status(Error{Error::Code::Database, TransactionText::tr("The change was already finished.")}) : m_begin;
    if (!m_db.commit()) {
        const Error error = sql::errorFrom(m_db.lastError(), TransactionText::tr("Saving the change"));
        m_db.rollback();
        m_open = false;
        return error;
    }
    m_open = false;
    return {};
}

} // namespace tend
