#include "dialogs/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {

QString describe(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(u"&(?!&)"_s)); // the mnemonic marks
    text.replace(u"&&"_s, u"&"_s);
    if (text.endsWith(u"…"_s))
        text.chop(1);
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutSection> &sections, QWidget *parent)
    : QDialog(parent), m_table(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Keys"), tr("Action")});
    m_table->setRootIsDecorated(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::StrongFocus);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setItemsExpandable(false);
    for (const ShortcutSection &section : sections) {
        QList<QTreeWidgetItem *> rows;
        QSet<QString> listed;
        for (const QAction *action : section.actions) {
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys.append(key.toString(QKeySequence::NativeText));
            const QString line = keys.join(u", "_s) + u'\t' + describe(action);
            if (keys.isEmpty() || listed.contains(line))
                continue;
            listed.insert(line);
            rows.append(new QTreeWidgetItem({keys.join(u", "_s), describe(action)}));
        }
        if (rows.isEmpty())
            continue;
        auto *heading = new QTreeWidgetItem({section.title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        m_table->addTopLevelItem(heading);
        heading->addChildren(rows);
        heading->setExpanded(true);
        heading->setFirstColumnSpanned(true);
    }
    m_table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 620);
}

QList<QAction *> ShortcutsDialog::shortcutsWithin(QWidget *root)
{
    QList<QAction *> found;
    QList<QWidget *> widgets{root};
    widgets.append(root->findChildren<QWidget *>());
    for (QWidget *widget : std::as_const(widgets)) {
        if (qobject_cast<QMenu *>(widget))
            continue;
        for (QAction *action : widget->actions())
            if (!action->shortcuts().isEmpty() && !found.contains(action))
                found.append(action);
    }
    return found;
}

} // namespace tend::gui
