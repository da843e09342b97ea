#pragma once

#include <QWidget>

namespace tend::gui {

// The first run on an empty notebook: add the first contact, or look around the demo network.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)
public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void addContactRequested();
    void openDemoRequested();
};

} // namespace tend::gui
