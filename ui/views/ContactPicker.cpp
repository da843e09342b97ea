#include "views/ContactPicker.h"

#include "Notebook.h"
#include "model/TextKey.h"
#include "model/Vocabulary.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {

constexpr int idRole = Qt::UserRole + 1;
constexpr int nameRole = Qt::UserRole + 2;
constexpr int rowsShown = 10;
constexpr int matchesCounted = 100;

} // namespace

ContactPicker::ContactPicker(Notebook &notebook, QLineEdit *field)
    : QObject(field), m_notebook(notebook), m_field(field), m_rows(new QStandardItemModel(this)),
      m_completer(new QCompleter(m_rows, this))
{
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    // The popup shows the described rows; the field receives only the name.
    m_completer->setCompletionRole(nameRole);
    m_completer->setMaxVisibleItems(rowsShown + 1);
    m_field->setCompleter(m_completer);
    connect(m_field, &QLineEdit::textEdited, this, &ContactPicker::updateRows);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const qint64 id = index.data(idRole).toLongLong();
        const QString name = index.data(nameRole).toString();
        // Let the completer finish writing into the field before it is cleared.
        QMetaObject::invokeMethod(this, [this, id, name] { choose(id, name); }, Qt::QueuedConnection);
    });
}

QString ContactPicker::describe(const ContactSummary &person)
{
    QStringList details;
    QStringList roles;
    for (const Role role : person.roles)
        roles.append(inlineName(role));
    if (!roles.isEmpty())
        details.append(roles.join(u", "_s));
    if (!person.organisation.isEmpty())
        details.append(person.organisation);
    else if (!person.emails.isEmpty())
        details.append(person.emails.constFirst());
    if (details.isEmpty())
        return person.name;
    return tr("%1 — %2", "a contact in the picker: name — roles, organisation").arg(person.name, details.join(u", "_s));
}

void ContactPicker::updateRows(const QString &typed)
{
    m_rows->clear();
    const QString text = typed.simplified();
    if (text.isEmpty())
        return;
    auto matches = m_notebook.completeContact(text, rowsShown);
    bool exactName = false;
    if (matches) {
        for (const ContactSummary &person : std::as_const(*matches)) {
            auto *row = new QStandardItem(describe(person));
            row->setData(person.id, idRole);
            row->setData(person.name, nameRole);
            row->setToolTip(person.emails.join(u", "_s));
            m_rows->appendRow(row);
            exactName = exactName || textKey(person.name) == textKey(text);
        }
    }
    if (!exactName) {
        auto *add = new QStandardItem(tr("Add “%1” as new contact…").arg(text));
        add->setData(0, idRole);
        add->setData(text, nameRole);
        m_rows->appendRow(add);
    }
}

void ContactPicker::choose(qint64 id, const QString &name)
{
    m_field->clear();
    m_rows->clear();
    if (id == 0) {
        emit addNewRequested(name);
        return;
    }
    emit problem({});
    emit picked(ContactRef{id, name});
}

bool ContactPicker::pickTyped()
{
    const QString typed = m_field->text().simplified();
    if (typed.isEmpty())
        return false;
    auto found = m_notebook.resolveContact(typed);
    if (found) {
        choose(found->id, found->name);
        return true;
    }
    updateRows(typed);
    if (found.error().code != Error::Code::Ambiguous && found.error().code != Error::Code::NotFound) {
        emit problem(found.error().message);
        return true;
    }
    // Completion also matches later words ("lovelace"), so it is what the popup offers to pick from.
    auto matches = m_notebook.completeContact(typed, matchesCounted);
    const int count = matches ? int(matches->size()) : 0;
    if (count == 1 && found.error().code == Error::Code::NotFound) {
        choose(matches->constFirst().id, matches->constFirst().name);
        return true;
    }
    if (count == 0)
        emit problem(tr("No contact is called “%1”. Check the spelling, or add them as a new contact.").arg(typed));
    else if (count >= matchesCounted)
        emit problem(tr("More than %1 match — pick one, or type more of the name.").arg(matchesCounted - 1));
    else
        emit problem(tr("%n match — pick one.", nullptr, count));
    m_completer->complete();
    return true;
}

} // namespace tend::gui
