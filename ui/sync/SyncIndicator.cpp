#include "sync/SyncIndicator.h"

#include "DisplayText.h"
#include "sync/SyncController.h"

namespace tend::gui {

SyncIndicator::SyncIndicator(SyncController &controller, QWidget *parent) : QToolButton(parent), m_controller(controller)
{
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(tr("Sync"));
    connect(&controller, &SyncController::stateChanged, this, &SyncIndicator::update);
    connect(this, &QToolButton::clicked, this, [this] {
        if (m_controller.state() == SyncController::State::Conflicts)
            emit conflictsRequested();
        else
            m_controller.syncNow();
    });
    update();
}

void SyncIndicator::update()
{
    using State = SyncController::State;
    const State state = m_controller.state();
    setVisible(state != State::NotSetUp);
    setEnabled(state != State::Running);
    setText(m_controller.summary());
    const QString action = state == State::Conflicts ? tr("Click to choose what to keep.") : tr("Click to sync now.");
    const QString details = m_controller.details();
    setToolTip(text::plainToolTip(details.isEmpty() ? action : details + u"\n\n" + action));
}

} // namespace tend::gui
