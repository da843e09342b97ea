#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace tend {
class Notebook;
}

namespace tend::gui {

class SearchResultsModel;

// Edit ▸ Find (Ctrl+F): searches names, organisations, e-mails, notes, and interactions'
// summaries and agendas as you type, through the same core search as `tend search`. Each result
// says where it matched; Enter or a double-click opens the person.
class SearchView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchView)
public:
    explicit SearchView(Notebook &notebook, QWidget *parent = nullptr);

    SearchResultsModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_field; }
    QListView *listView() const { return m_list; }
    void focusSearch();

signals:
    void openContactRequested(qint64 contactId);

private:
    void search();
    void openCurrent();
    void updateStatus();

    SearchResultsModel *m_model;
    QLineEdit *m_field;
    QTimer *m_delay;
    QLabel *m_status;
    QListView *m_list;
};

} // namespace tend::gui
