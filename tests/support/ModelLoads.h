#pragma once

#include <QSignalSpy>

#include <functional>

namespace tend::test {

// For a model that loads on the notebook's worker and signals loaded() after each load it applies
// (TodayModel): runs `change`, then waits up to `timeoutMs` for the load that follows. Returns
// whether one came (also when `change` turned the event loop itself, in a modal dialog).
template<typename Model>
[[nodiscard]] bool loadsAfter(Model *model, const std::function<void()> &change, int timeoutMs = 10'000)
{
    QSignalSpy loaded(model, &Model::loaded);
    change();
    return !loaded.isEmpty() || loaded.wait(timeoutMs);
}

} // namespace tend::test
