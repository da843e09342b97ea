#pragma once

#include "Notebook.h"
#include "work/Worker.h"

#include <QObject>

#include <functional>

namespace tend::gui {

// A whole list read on the notebook's worker for a model that shows it. A newer load supersedes
// an older one (whose results are dropped); a cancelled load changes nothing; a failed one leaves
// the list empty. `replace` runs on the context's thread around the model's reset; `finished`
// follows every load that was not superseded or cancelled, with its outcome.
template<typename Row>
class BackgroundList
{
public:
    using Fetch = std::function<Result<QList<Row>>(Notebook &notebook)>;

    bool isLoading() const { return m_task.isRunning(); }
    void cancel()
    {
        m_task.cancel();
        ++m_generation;
    }

    void load(Notebook &notebook, QObject *context, Fetch fetch, std::function<void(const QList<Row> &rows)> replace,
              std::function<void(const Status &outcome)> finished)
    {
        cancel();
        const quint64 generation = m_generation;
        m_task = notebook.worker().run<QList<Row>>([fetch = std::move(fetch)](work::Job<QList<Row>> &job) -> Status {
            auto rows = fetch(job.notebook());
            if (!rows)
                return rows.error();
            job.deliver(*rows);
            return {};
        });
        work::watch<QList<Row>>(
            m_task, context,
            [this, generation, replace](const QList<Row> &rows) {
                if (generation == m_generation)
                    replace(rows);
            },
            [this, generation, replace, finished](const Status &outcome) {
                if (generation != m_generation || (!outcome && outcome.error().code == Error::Code::Cancelled))
                    return;
                if (!outcome)
                    replace({});
                finished(outcome);
            });
    }

private:
    work::Task<QList<Row>> m_task;
    quint64 m_generation = 0;
};

} // namespace tend::gui
