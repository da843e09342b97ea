#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QTableView;

namespace tend {
class Notebook;
}

namespace tend::gui {

class HelpedModel;

// "Helped lately": who you gave to and received from over 30 / 90 / 365 days.
class HelpedView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpedView)
public:
    explicit HelpedView(Notebook &notebook, QWidget *parent = nullptr);

    HelpedModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    void setPeriod(int days);
    int period() const;

signals:
    void openContactRequested(qint64 contactId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateSummary();

    HelpedModel *m_model;
    QButtonGroup *m_periods;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace tend::gui
