#pragma once

#include "model/Reports.h"

#include <QFrame>

class QLabel;

namespace tend::gui {

// One role on the Insights page: "Sponsor", "0 active of 3". The count turns the negative accent
// colour only when it is called out (no active sponsor or mentor).
class RoleCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleCard)
public:
    explicit RoleCard(Role role, QWidget *parent = nullptr);

    void setActivity(const RoleActivity &activity, bool calledOut);
    QString countText() const;
    bool isCalledOut() const { return m_calledOut; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();

    QLabel *m_name;
    QLabel *m_count;
    bool m_calledOut = false;
};

} // namespace tend::gui
