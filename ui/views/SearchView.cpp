#include "views/SearchView.h"

#include "DisplayText.h"
#include "models/SearchResultsModel.h"
#include "views/SearchResultDelegate.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace tend::gui {

SearchView::SearchView(Notebook &notebook, QWidget *parent)
    : QWidget(parent), m_model(new SearchResultsModel(notebook, this)), m_field(new QLineEdit(this)),
      m_delay(new QTimer(this)), m_status(new QLabel(this)), m_list(new QListView(this))
{
    m_field->setPlaceholderText(tr("Search names, notes, summaries and agendas…"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search everything"));
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_field, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &SearchView::search);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_delay->isActive()) {
            m_delay->stop();
            search();
        }
        if (m_model->rowCount() > 0) {
            m_list->setFocus();
            m_list->setCurrentIndex(m_model->index(0));
        }
    });

    m_status->setTextFormat(Qt::PlainText);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Search results"));
    connect(m_list, &QListView::doubleClicked, this, &SearchView::openCurrent);
    auto *open = new QAction(tr("&Open"), this);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, &SearchView::openCurrent);
    m_list->addAction(open);

    connect(m_model, &SearchResultsModel::searched, this, &SearchView::updateStatus);
    connect(m_model, &SearchResultsModel::searchFailed, this,
            [this](const QString &message) { m_status->setText(tr("The search failed: %1").arg(message)); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    setTabOrder(m_field, m_list);
    updateStatus();
}

void SearchView::search()
{
    m_model->setQuery(m_field->text());
    if (m_model->isSearching())
        m_status->setText(tr("Searching…"));
}

void SearchView::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchView::openCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        emit openContactRequested(current.data(SearchResultsModel::ContactIdRole).toLongLong());
}

void SearchView::updateStatus()
{
    if (m_model->query().trimmed().isEmpty()) {
        m_status->setText(tr("Type a few letters of a name, or of something that was said."));
        return;
    }
    const int found = m_model->rowCount();
    if (found == 0)
        m_status->setText(tr("Nothing matches \"%1\".").arg(m_model->query().trimmed()));
    else if (found >= SearchResultsModel::limit)
        m_status->setText(tr("The first %1 people; type more to narrow it down.").arg(found));
    else
        m_status->setText(text::plural(found, tr("1 person"), tr("%1 people")));
}

} // namespace tend::gui
