#pragma once

#include "util/Result.h"

#include <QSqlDatabase>

namespace tend {

// Rolls back on destruction unless commit() succeeded. Every multi-step write goes through one.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    // False when BEGIN failed (locked, read-only...): check it before writing.
    Status begun() const { return m_begin; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begin;
    bool m_open = false;
};

} // namespace tend
