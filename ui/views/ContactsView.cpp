#include "views/ContactsView.h"

#include "DisplayText.h"
#include "Notebook.h"
#include "commands/ArchiveContactsCommand.h"
#include "commands/TagCommand.h"
#include "models/ContactTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tend::gui {

ContactsView::ContactsView(Notebook &notebook, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_notebook(notebook), m_undoStack(undoStack), m_model(new ContactTableModel(notebook, this)),
      m_search(new QLineEdit(this)), m_searchDelay(new QTimer(this)), m_losingTouch(new QToolButton(this)),
      m_showArchived(new QCheckBox(tr("Show &archived"), this)),
      m_tagFilter(new QComboBox(this)), m_metViaFilter(new QComboBox(this)), m_table(new QTableView(this)), m_shown(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Filter by name, organisation, e-mail…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search contacts"));
    m_searchDelay->setObjectName(QStringLiteral("searchDelay"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ContactsView::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilter();
        if (m_model->rowCount() > 0) {
            m_table->setFocus();
            m_table->setCurrentIndex(m_model->index(0, 0));
        }
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    for (Role role : allRoles()) {
        auto *button = new QToolButton(this);
        button->setText(inlineName(role));
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolTip(tr("Show only contacts with the role “%1” (several roles: any of them)").arg(displayName(role)));
        button->setAccessibleName(tr("Filter: %1").arg(displayName(role)));
        connect(button, &QToolButton::toggled, this, [this, button, role](bool on) {
            // A pressed filter says so in its text too, not only by a shade of its frame.
            button->setText(on ? tr("✓ %1").arg(inlineName(role)) : inlineName(role));
            QFont font = button->font();
            font.setBold(on);
            button->setFont(font);
            applyFilter();
        });
        filters->addWidget(button);
        m_roleButtons.insert(role, button);
    }
    m_tagFilter->setAccessibleName(tr("Filter by tag"));
    m_tagFilter->setToolTip(tr("Show only contacts with this tag"));
    m_metViaFilter->setAccessibleName(tr("Filter by how you met"));
    m_metViaFilter->addItem(tr("Met anywhere"));
    for (const MetVia way : allMetVia())
        m_metViaFilter->addItem(displayName(way), int(way));
    reloadTagFilter();
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &ContactsView::applyFilter);
    connect(m_metViaFilter, &QComboBox::currentIndexChanged, this, &ContactsView::applyFilter);
    connect(&m_notebook, &Notebook::changed, this, &ContactsView::reloadTagFilter);
    connect(&m_notebook, &Notebook::changed, this, [this] {
        m_everyone.reset(); // the list has reloaded by now (its model listens first): count again
        updateShown();
    });
    filters->addWidget(m_tagFilter);
    filters->addWidget(m_metViaFilter);
    m_losingTouch->setText(tr("Losing touch"));
    m_losingTouch->setCheckable(true);
    m_losingTouch->setToolTip(tr("Sort by how far past their keep-in-touch cadence people are"));
    m_losingTouch->setAccessibleName(tr("Sort by losing touch"));
    connect(m_losingTouch, &QToolButton::toggled, this, [this](bool on) {
        m_model->setLosingTouch(on);
        m_table->horizontalHeader()->setSortIndicatorShown(!on);
        m_table->setColumnHidden(ContactTableModel::PastCadenceColumn, !on);
        fitColumns();
    });
    filters->addSpacing(8);
    filters->addWidget(m_losingTouch);
    filters->addWidget(m_showArchived);
    m_showArchived->setAccessibleName(tr("Show archived contacts"));
    connect(m_showArchived, &QCheckBox::toggled, this, &ContactsView::applyFilter);

    auto *newButton = new QPushButton(tr("&New contact…"), this);
    newButton->setAccessibleName(tr("New contact"));
    connect(newButton, &QPushButton::clicked, this, &ContactsView::newContactRequested);
    filters->addWidget(newButton);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContactTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + 10);
    // The name takes the slack; the other columns fit what they show (fitColumns).
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ContactTableModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnHidden(ContactTableModel::PastCadenceColumn, true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setTabKeyNavigation(false);
    connect(m_table, &QTableView::doubleClicked, this, &ContactsView::openCurrent);
    connect(m_table, &QTableView::customContextMenuRequested, this, &ContactsView::showContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        if (column == ContactTableModel::RolesColumn) {
            // Roles have no order of their own: keep the indicator on the column the list is sorted by.
            const QSignalBlocker blocker(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
            return;
        }
        m_sortColumn = column;
        m_sortOrder = order;
        if (m_losingTouch->isChecked()) {
            const QSignalBlocker blocker(m_losingTouch);
            m_losingTouch->setChecked(false);
            m_table->horizontalHeader()->setSortIndicatorShown(true);
        }
    });

    auto *open = new QAction(tr("&Open"), this);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, &ContactsView::openCurrent);
    m_table->addAction(open);
    auto *archive = new QAction(tr("&Archive"), this);
    archive->setShortcut(QKeySequence(Qt::Key_Delete));
    archive->setShortcutContext(Qt::WidgetShortcut);
    connect(archive, &QAction::triggered, this, &ContactsView::archiveSelected);
    m_table->addAction(archive);

    m_shown->setTextFormat(Qt::PlainText);
    m_shown->setAccessibleName(tr("Contacts shown"));
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(u'M') * 14);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsView::updateShown);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsView::fitColumns);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_shown);

    // Tab follows what the eye reads: the search, the role filters, the toggles, New, the list.
    QWidget *previous = m_search;
    for (Role role : allRoles()) {
        setTabOrder(previous, m_roleButtons.value(role));
        previous = m_roleButtons.value(role);
    }
    for (QWidget *next : {static_cast<QWidget *>(m_tagFilter), static_cast<QWidget *>(m_metViaFilter),
                          static_cast<QWidget *>(m_losingTouch), static_cast<QWidget *>(m_showArchived),
                          static_cast<QWidget *>(newButton), static_cast<QWidget *>(m_table)}) {
        setTabOrder(previous, next);
        previous = next;
    }
    updateShown();
    fitColumns();
}

void ContactsView::updateShown()
{
    // Everyone is counted once per change of the notebook, not at every keystroke.
    const bool archivedToo = m_showArchived->isChecked();
    if (!m_everyone || m_everyone->includeArchived != archivedToo) {
        ContactQuery everyone;
        everyone.includeArchived = archivedToo;
        const auto counted = m_notebook.contactCount(everyone);
        if (!counted) {
            m_everyone.reset();
            m_shown->clear();
            return;
        }
        m_everyone = EveryoneCount{archivedToo, *counted};
    }
    const int *total = &m_everyone->count;
    const auto shown = m_notebook.contactCount(m_model->query());
    if (!shown) {
        m_shown->clear();
        return;
    }
    const bool filtered = !m_model->query().search.isEmpty() || !m_model->query().roles.isEmpty()
                          || !m_model->query().tag.isEmpty() || m_model->query().metVia.has_value();
    m_shown->setText(filtered ? tr("%1 of %Ln contact(s) shown", nullptr, *total).arg(QLocale().toString(*shown))
                              : tr("%Ln contact(s)", nullptr, *total));
}

QString ContactsView::shownText() const
{
    return m_shown->text();
}

void ContactsView::fitColumns()
{
    // What the loaded rows in view need, within reason; the name column stretches over the rest.
    const int most = m_table->fontMetrics().horizontalAdvance(u'M') * 24;
    for (int column : {int(ContactTableModel::RolesColumn), int(ContactTableModel::OrganisationColumn),
                       int(ContactTableModel::LastInteractionColumn), int(ContactTableModel::NextFollowUpColumn),
                       int(ContactTableModel::PastCadenceColumn)}) {
        if (m_table->isColumnHidden(column))
            continue;
        const int header = m_table->horizontalHeader()->sectionSizeHint(column);
        m_table->resizeColumnToContents(column); // measures the rows on screen
        m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column) + 12, header, std::max(header, most)));
    }
}

void ContactsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ContactsView::applyFilter()
{
    QList<Role> roles;
    for (auto it = m_roleButtons.cbegin(); it != m_roleButtons.cend(); ++it)
        if (it.value()->isChecked())
            roles.append(it.key());
    const QVariant way = m_metViaFilter->currentData();
    m_model->setTagFilter(m_tagFilter->currentData().toString(),
                          way.isValid() ? std::optional<MetVia>(MetVia(way.toInt())) : std::nullopt);
    m_model->setFilter(m_search->text(), roles, m_showArchived->isChecked());
}

// The tags as they are now; the one chosen stays chosen while it exists.
void ContactsView::reloadTagFilter()
{
    const QString chosen = m_tagFilter->currentData().toString();
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("Any tag"), QString());
    if (auto tags = m_notebook.tags()) {
        for (const TagCount &tag : std::as_const(*tags))
            m_tagFilter->addItem(tag.name, tag.name);
    }
    const int index = m_tagFilter->findData(chosen);
    m_tagFilter->setCurrentIndex(std::max(0, index));
    if (index < 0 && !chosen.isEmpty())
        QMetaObject::invokeMethod(this, &ContactsView::applyFilter, Qt::QueuedConnection);
}

QString ContactsView::selectionLabel() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_model->contactName(rows.first().row()) : tr("%Ln contact(s)", nullptr, int(rows.size()));
}

void ContactsView::tagSelected(const QString &tag)
{
    const QList<qint64> ids = selectedContactIds();
    if (ids.isEmpty())
        return;
    if (NotebookCommand::execute(m_undoStack, TagCommand::tag(m_notebook, ids, tag, selectionLabel()), this))
        emit statusMessage(tr("Tagged %1 “%2” · Ctrl+Z to undo").arg(selectionLabel(), tag.simplified()));
}

void ContactsView::untagSelected(const QString &tag)
{
    const QList<qint64> ids = selectedContactIds();
    if (ids.isEmpty())
        return;
    if (NotebookCommand::execute(m_undoStack, TagCommand::untag(m_notebook, ids, tag, selectionLabel()), this))
        emit statusMessage(tr("Removed the tag “%2” from %1 · Ctrl+Z to undo").arg(selectionLabel(), tag.simplified()));
}

void ContactsView::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        emit openContactRequested(m_model->contactId(current.row()));
}

QList<qint64> ContactsView::selectedContactIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(m_model->contactId(row.row()));
    return ids;
}

void ContactsView::archiveSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<qint64> ids;
    bool allArchived = true;
    for (const QModelIndex &row : rows) {
        ids.append(m_model->contactId(row.row()));
        allArchived = allArchived && m_model->isArchived(row.row());
    }
    const QString label = ids.size() == 1 ? m_model->contactName(rows.first().row()) : tr("%Ln contact(s)", nullptr, int(ids.size()));
    if (NotebookCommand::execute(m_undoStack, new ArchiveContactsCommand(m_notebook, ids, !allArchived, label), this))
        emit statusMessage(allArchived ? tr("Unarchived %1").arg(label) : tr("Archived %1 · Ctrl+Z to undo").arg(label));
}

QString ContactsView::archiveActionText() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    bool allArchived = !rows.isEmpty();
    for (const QModelIndex &row : rows)
        allArchived = allArchived && m_model->isArchived(row.row());
    const int count = int(rows.size());
    if (count > 1)
        return allArchived ? tr("Un&archive %Ln contact(s)", nullptr, count) : tr("&Archive %Ln contact(s)", nullptr, count);
    return allArchived ? tr("Un&archive") : tr("&Archive");
}

void ContactsView::showContextMenu(const QPoint &position)
{
    if (!m_table->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, &ContactsView::openCurrent);
    menu.addAction(archiveActionText(), this, &ContactsView::archiveSelected);
    menu.addAction(tr("&Tag…"), this, [this] {
        bool ok = false;
        const QString tag = QInputDialog::getText(this, tr("Tag %1").arg(selectionLabel()), tr("Tag:"), QLineEdit::Normal,
                                                  {}, &ok);
        if (ok)
            tagSelected(tag);
    });
    menu.addAction(tr("Remove ta&g…"), this, [this] {
        QStringList names;
        if (auto tags = m_notebook.tags()) {
            for (const TagCount &tag : std::as_const(*tags))
                names.append(tag.name);
        }
        bool ok = false;
        const QString tag = QInputDialog::getItem(this, tr("Remove a tag from %1").arg(selectionLabel()), tr("Tag:"),
                                                  names, 0, false, &ok);
        if (ok)
            untagSelected(tag);
    });
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

QByteArray ContactsView::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void ContactsView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

} // namespace tend::gui
