#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>
#include <QWidget>

namespace tend::test {

namespace detail {
inline void noteMnemonic(QHash<QString, QStringList> &owners, const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        owners[key.toString()].append(text);
}

inline QStringList clashesIn(const QString &where, const QHash<QString, QStringList> &owners)
{
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            clashes.append(where + QStringLiteral(": ") + it.key() + QStringLiteral(" is ")
                           + it.value().join(QStringLiteral(" and ")));
    return clashes;
}
} // namespace detail

// Every mnemonic (Alt+letter) that is claimed twice within one scope. A scope is what one Alt press
// can reach: a window's menu bar titles together with the widgets visible in it (buttons, labels
// with a buddy, group boxes), and each menu's own items. For UI tests only.
inline QStringList mnemonicClashes(QWidget *window, const QString &where)
{
    QHash<QString, QStringList> owners;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (const QAction *title : main->menuBar()->actions())
            detail::noteMnemonic(owners, title->text());
    }
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window) || qobject_cast<QMenu *>(widget->window()))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            detail::noteMnemonic(owners, button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            detail::noteMnemonic(owners, label->text());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            detail::noteMnemonic(owners, box->title());
    }
    QStringList clashes = detail::clashesIn(where, owners);

    QList<QMenu *> menus = window->findChildren<QMenu *>();
    if (auto *main = qobject_cast<QMainWindow *>(window))
        for (const QAction *title : main->menuBar()->actions())
            if (title->menu() && !menus.contains(title->menu()))
                menus.append(title->menu());
    for (QMenu *menu : std::as_const(menus)) {
        QHash<QString, QStringList> items;
        for (const QAction *action : menu->actions())
            if (!action->isSeparator())
                detail::noteMnemonic(items, action->text());
        clashes += detail::clashesIn(where + QStringLiteral(" › ") + menu->title(), items);
    }
    return clashes;
}

} // namespace tend::test
