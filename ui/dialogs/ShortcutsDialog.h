#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTreeWidget;

namespace tend::gui {

// Where a group of shortcuts works ("Everywhere", "On Today") and its actions.
struct ShortcutSection
{
    QString title;
    QList<QAction *> actions;
};

// Help ▸ Keyboard shortcuts: every shortcut of the window, taken from the actions themselves so
// that the list cannot fall behind, in two aligned columns (keys, what they do) under headings.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    explicit ShortcutsDialog(const QList<ShortcutSection> &sections, QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }
    // The actions of `root` and of every widget inside it that have a shortcut, without menus'.
    static QList<QAction *> shortcutsWithin(QWidget *root);

private:
    QTreeWidget *m_table;
};

} // namespace tend::gui
