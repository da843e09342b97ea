#pragma once

#include <QString>

class QWidget;

namespace tend::gui {

// Asked before a dialog with unsaved text closes (Esc, Cancel): `question` ("Discard this
// interaction?") with Discard and Keep editing, Keep editing the default. True to discard.
// The message box is named "discardQuestion" for tests.
bool confirmDiscard(QWidget *parent, const QString &question);

} // namespace tend::gui
