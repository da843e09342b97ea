#include "dialogs/DuplicatesDialog.h"

#include "Notebook.h"
#include "commands/MergeContactsCommand.h"
#include "models/DuplicatesModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tend::gui {

DuplicatesDialog::DuplicatesDialog(Notebook &notebook, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent), m_notebook(notebook), m_undoStack(undoStack), m_model(new DuplicatesModel(notebook, this)),
      m_view(new QTableView(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Possible Duplicates"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows: measuring thousands of pairs would hold up the window.
    m_view->horizontalHeader()->setResizeContentsPrecision(50);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Possible duplicates"));
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge = buttons->addButton(tr("&Merge…"), QDialogButtonBox::ActionRole);
    m_dismiss = buttons->addButton(tr("&Not Duplicates"), QDialogButtonBox::ActionRole);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeSelected);
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesDialog::dismissSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &DuplicatesDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, &DuplicatesDialog::mergeSelected);

    // Edit ▸ Undo and Redo work here too: this is a window of its own.
    QAction *undo = m_undoStack->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    QAction *redo = m_undoStack->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    addAction(redo);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_model, &DuplicatesModel::loaded, this, [this, fitted = false]() mutable {
        if (!fitted && m_model->rowCount() > 0) {
            m_view->resizeColumnsToContents();
            fitted = true;
        }
        if (m_model->rowCount() > 0 && selectedRow() < 0)
            selectRow(0);
        updateState();
    });
    connect(m_model, &DuplicatesModel::loadFailed, this, [this](const QString &message) { m_status->setText(message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DuplicatesDialog::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DuplicatesDialog::updateState);
    resize(760, 420);
    m_model->reload();
    updateState();
}

QString DuplicatesDialog::statusText() const
{
    return m_status->text();
}

int DuplicatesDialog::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void DuplicatesDialog::selectRow(int row)
{
    m_view->selectRow(row);
}

void DuplicatesDialog::updateState()
{
    const bool chosen = m_model->pairAt(selectedRow()) != nullptr;
    m_merge->setEnabled(chosen);
    m_dismiss->setEnabled(chosen);
    if (m_model->isLoading() && m_model->rowCount() == 0)
        m_status->setText(tr("Looking for contacts that may be one person…"));
    else if (m_model->rowCount() == 0)
        m_status->setText(tr("No possible duplicates."));
    else
        m_status->setText(tr("%n pair(s) of contacts may be one person each.", nullptr, m_model->rowCount()));
}

void DuplicatesDialog::mergeSelected()
{
    if (const DuplicatePair *pair = m_model->pairAt(selectedRow()))
        emit mergeRequested(pair->a.id, pair->b.id);
}

void DuplicatesDialog::dismissSelected()
{
    const DuplicatePair *pair = m_model->pairAt(selectedRow());
    if (!pair)
        return;
    NotebookCommand::execute(m_undoStack,
                             new DismissDuplicateCommand(m_notebook, pair->a.id, pair->b.id, pair->a.name, pair->b.name), this);
}

} // namespace tend::gui
