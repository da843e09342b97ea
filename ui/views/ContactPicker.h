#pragma once

#include "model/Contact.h"

#include <QObject>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace tend {
class Notebook;
}

namespace tend::gui {

// Turns a line edit into a picker of contacts: as the user types, a popup lists the people whose
// names match, each with roles and organisation so that namesakes can be told apart, and ends with
// "Add … as new contact…" when no one has exactly the typed name. The row chosen is the contact
// picked, by id, never by name.
class ContactPicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPicker)
public:
    ContactPicker(Notebook &notebook, QLineEdit *field);

    // Enter on the typed text: picks the one contact it names, else says why not and opens the
    // popup to choose from. Returns false when nothing was typed.
    bool pickTyped();
    QCompleter *completer() const { return m_completer; }
    // "Anneliese Lovelace — peer, Brightpath Coaching"
    static QString describe(const ContactSummary &person);

signals:
    void picked(const tend::ContactRef &person);
    void addNewRequested(const QString &name);
    // What went wrong with the typed text ("7 match — pick one"); empty when it is resolved.
    void problem(const QString &message);

private:
    void updateRows(const QString &typed);
    void choose(qint64 id, const QString &name);

    Notebook &m_notebook;
    QLineEdit *m_field;
    QStandardItemModel *m_rows;
    QCompleter *m_completer;
};

} // namespace tend::gui
