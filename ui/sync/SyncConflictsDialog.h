#pragma once

#include <QDialog>

class QVBoxLayout;

namespace tend::gui {

class SyncController;

// The conflicts the last sync left: for each item, each field both sides changed, with Tend's
// value and the server's side by side. Nothing was overwritten; the user's choice goes to both.
class SyncConflictsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SyncConflictsDialog(SyncController &controller, QWidget *parent = nullptr);

private:
    void rebuild();

    SyncController &m_controller;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout;
};

} // namespace tend::gui
