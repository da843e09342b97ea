#include "dialogs/TagManagerDialog.h"

#include "Notebook.h"
#include "commands/TagCommand.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tend::gui {

TagManagerDialog::TagManagerDialog(Notebook &notebook, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent), m_notebook(notebook), m_undoStack(undoStack), m_tags(new QListWidget(this)),
      m_newName(new QLineEdit(this)), m_outcome(new QLabel(this))
{
    setWindowTitle(tr("Tags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_newName->setPlaceholderText(tr("New name"));
    m_newName->setAccessibleName(tr("New name"));
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);

    auto *rename = new QPushButton(tr("&Rename"), this);
    connect(rename, &QPushButton::clicked, this, &TagManagerDialog::renameSelected);
    connect(m_newName, &QLineEdit::returnPressed, this, &TagManagerDialog::renameSelected);
    connect(m_tags, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_newName->setText(m_tags->item(row)->data(Qt::UserRole).toString());
    });
    connect(&notebook, &Notebook::changed, this, &TagManagerDialog::reload);

    auto *renameRow = new QHBoxLayout;
    renameRow->addWidget(m_newName, 1);
    renameRow->addWidget(rename);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tags, 1);
    layout->addLayout(renameRow);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    reload();
    resize(QSize(380, 420));
}

void TagManagerDialog::reload()
{
    const QString current = m_tags->currentItem() ? m_tags->currentItem()->data(Qt::UserRole).toString() : QString();
    m_tags->clear();
    auto tags = m_notebook.tags();
    if (!tags)
        return;
    for (const TagCount &tag : std::as_const(*tags)) {
        auto *item = new QListWidgetItem(tr("%1 (%Ln contact(s))", nullptr, tag.contacts).arg(tag.name), m_tags);
        item->setData(Qt::UserRole, tag.name);
        if (tag.name == current)
            m_tags->setCurrentItem(item);
    }
}

bool TagManagerDialog::renameSelected()
{
    QListWidgetItem *item = m_tags->currentItem();
    if (!item)
        return false;
    const QString from = item->data(Qt::UserRole).toString();
    const QString to = m_newName->text().simplified();
    if (to.isEmpty() || to == from)
        return false;
    auto *command = TagCommand::rename(m_notebook, from, to);
    const TagCommand *pushed = command;
    if (!NotebookCommand::execute(m_undoStack, command, this))
        return false;
    const TagRename &renamed = pushed->renamed();
    m_outcome->setText(renamed.merged ? tr("Merged “%1” into the existing tag “%2”: %Ln contact(s) carry it now.", nullptr,
                                           renamed.contacts)
                                            .arg(renamed.from, renamed.to)
                                      : tr("Renamed “%1” to “%2”.").arg(renamed.from, renamed.to));
    return true;
}

} // namespace tend::gui
