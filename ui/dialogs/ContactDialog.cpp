#include "dialogs/ContactDialog.h"

#include "Notebook.h"
#include "model/TextKey.h"
#include "model/Validation.h"
#include "views/ContactPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    const QStringList parts = text.split(QRegularExpression(u"[,;\\n]"_s), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (!part.trimmed().isEmpty())
            items.append(part.trimmed());
    return items;
}

QWidget *withProblem(QWidget *field, QLabel *problem)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    return box;
}

} // namespace

ContactDialog::ContactDialog(Notebook &notebook, const Contact &contact, QWidget *parent)
    : QDialog(parent), m_notebook(notebook), m_original(contact), m_name(new QLineEdit(this)),
      m_emails(new QLineEdit(this)), m_phones(new QLineEdit(this)), m_organisation(new QLineEdit(this)),
      m_title(new QLineEdit(this)), m_metVia(new QComboBox(this)), m_metViaDetail(new QLineEdit(this)),
      m_ownCadence(new QCheckBox(tr("&Own cadence: every"), this)), m_cadence(new QSpinBox(this)),
      m_cadenceHint(new QLabel(this)), m_notes(new QPlainTextEdit(this)), m_save(nullptr)
{
    setWindowTitle(contact.id ? tr("Edit %1").arg(contact.name) : tr("New contact"));

    m_name->setText(contact.name);
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(limits::nameLength);

    auto *rolesRow = new QHBoxLayout;
    for (Role role : allRoles()) {
        auto *box = new QCheckBox(displayName(role), this);
        box->setChecked(contact.roles.contains(role));
        box->setAccessibleName(tr("Role: %1").arg(displayName(role)));
        connect(box, &QCheckBox::toggled, this, &ContactDialog::updateCadenceHint);
        rolesRow->addWidget(box);
        m_roles.insert(role, box);
    }
    rolesRow->addStretch(1);

    m_emails->setText(contact.emails.join(u", "_s));
    m_emails->setPlaceholderText(tr("ada@example.org, ada@work.example"));
    m_emails->setAccessibleName(tr("E-mail addresses"));
    m_phones->setText(contact.phones.join(u", "_s));
    m_phones->setAccessibleName(tr("Phone numbers"));
    m_organisation->setText(contact.organisation);
    m_organisation->setAccessibleName(tr("Organisation"));
    m_title->setText(contact.title);
    m_title->setAccessibleName(tr("Title"));

    m_metVia->addItem(tr("(not recorded)"), -1);
    for (MetVia via : allMetVia())
        m_metVia->addItem(displayName(via), int(via));
    m_metVia->setCurrentIndex(contact.metVia ? m_metVia->findData(int(*contact.metVia)) : 0);
    m_metVia->setAccessibleName(tr("Met via"));
    m_metViaDetail->setText(contact.metViaDetail);
    m_metViaDetail->setPlaceholderText(tr("e.g. PyLadies meetup"));
    m_metViaDetail->setAccessibleName(tr("Where you met"));
    auto *metRow = new QHBoxLayout;
    metRow->addWidget(m_metVia);
    metRow->addWidget(m_metViaDetail, 1);

    m_cadence->setRange(1, limits::maxDays);
    connect(m_cadence, &QSpinBox::valueChanged, this, [this](int days) { m_cadence->setSuffix(tr(" day(s)", nullptr, days)); });
    m_cadence->setValue(contact.cadenceDays.value_or(30));
    m_cadence->setSuffix(tr(" day(s)", nullptr, m_cadence->value()));
    m_cadence->setAccessibleName(tr("Keep-in-touch cadence in days"));
    m_ownCadence->setChecked(contact.cadenceDays.has_value());
    m_ownCadence->setAccessibleName(tr("Use an own keep-in-touch cadence"));
    m_cadence->setEnabled(m_ownCadence->isChecked());
    connect(m_ownCadence, &QCheckBox::toggled, m_cadence, &QWidget::setEnabled);
    connect(m_ownCadence, &QCheckBox::toggled, this, &ContactDialog::updateCadenceHint);
    m_cadenceHint->setTextFormat(Qt::PlainText);
    auto *cadenceRow = new QHBoxLayout;
    cadenceRow->addWidget(m_ownCadence);
    cadenceRow->addWidget(m_cadence);
    cadenceRow->addWidget(m_cadenceHint, 1);

    m_notes->setPlainText(contact.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setMinimumHeight(fontMetrics().lineSpacing() * 5);

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, QWidget *field, QWidget *buddy, const QString &problemField) {
        QWidget *shown = field;
        if (!problemField.isEmpty()) {
            QLabel *problem = problemLabel();
            m_problems.insert(problemField, problem);
            shown = withProblem(field, problem);
        }
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(buddy);
        form->addRow(labelWidget, shown);
    };
    addRow(tr("&Name"), m_name, m_name, u"name"_s);
    auto *rolesBox = new QWidget(this);
    rolesBox->setLayout(rolesRow);
    rolesRow->setContentsMargins(0, 0, 0, 0);
    addRow(tr("Roles"), rolesBox, m_roles.first(), {});
    addRow(tr("&E-mails"), m_emails, m_emails, u"emails"_s);
    addRow(tr("&Phones"), m_phones, m_phones, u"phones"_s);
    addRow(tr("Or&ganisation"), m_organisation, m_organisation, u"organisation"_s);
    addRow(tr("&Title"), m_title, m_title, u"title"_s);
    auto *metBox = new QWidget(this);
    metBox->setLayout(metRow);
    metRow->setContentsMargins(0, 0, 0, 0);
    addRow(tr("&Met via"), metBox, m_metVia, u"met-via"_s);
    auto *cadenceBox = new QWidget(this);
    cadenceBox->setLayout(cadenceRow);
    cadenceRow->setContentsMargins(0, 0, 0, 0);
    addRow(tr("Keep in touch"), cadenceBox, m_ownCadence, u"cadence"_s);
    addRow(tr("Note&s"), m_notes, m_notes, u"notes"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    // Tab follows the rows from top to bottom (the role boxes were made after the fields).
    QList<QWidget *> order{m_name};
    for (Role role : allRoles())
        order.append(m_roles.value(role));
    order << m_emails << m_phones << m_organisation << m_title << m_metVia << m_metViaDetail << m_ownCadence
          << m_cadence << m_notes;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    for (QLineEdit *edit : {m_name, m_emails, m_phones, m_organisation, m_title, m_metViaDetail})
        connect(edit, &QLineEdit::textChanged, this, &ContactDialog::validate);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ContactDialog::validate);
    connect(m_cadence, &QSpinBox::valueChanged, this, &ContactDialog::validate);

    updateCadenceHint();
    validate();
    resize(sizeHint().expandedTo(QSize(560, 0)));
    m_name->setFocus();
}

QLabel *ContactDialog::problemLabel()
{
    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText); // messages may quote what was typed
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    label->setFont(small);
    label->hide();
    return label;
}

Contact ContactDialog::contact() const
{
    Contact contact = m_original;
    contact.name = m_name->text().trimmed();
    contact.roles.clear();
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        if (it.value()->isChecked())
            contact.roles.append(it.key());
    contact.emails = splitList(m_emails->text());
    contact.phones = splitList(m_phones->text());
    contact.organisation = m_organisation->text().trimmed();
    contact.title = m_title->text().trimmed();
    const int via = m_metVia->currentData().toInt();
    contact.metVia = via < 0 ? std::nullopt : std::optional<MetVia>(MetVia(via));
    contact.metViaDetail = m_metViaDetail->text().trimmed();
    contact.cadenceDays = m_ownCadence->isChecked() ? std::optional<int>(m_cadence->value()) : std::nullopt;
    contact.notes = m_notes->toPlainText().trimmed();
    return contact;
}

void ContactDialog::save()
{
    if (!isValid())
        return;
    const Contact entered = contact();
    if (!identityChanged(entered)) {
        accept();
        return;
    }
    auto lookalikes = m_notebook.lookalikeContacts(entered);
    if (!lookalikes || lookalikes->isEmpty()) {
        accept();
        return;
    }
    QStringList described;
    for (const ContactSummary &person : std::as_const(*lookalikes))
        described.append(ContactPicker::describe(person) + (person.archived ? tr(" (archived)") : QString()));

    QMessageBox question(QMessageBox::Warning, windowTitle(),
                         tr("%1 may already be in your notebook.").arg(entered.name), QMessageBox::NoButton, this);
    question.setTextFormat(Qt::PlainText);
    question.setInformativeText(described.join(u'\n'));
    QPushButton *open = question.addButton(tr("&Open Existing"), QMessageBox::AcceptRole);
    QPushButton *saveAnyway = question.addButton(m_original.id ? tr("&Save Anyway") : tr("&Add Anyway"), QMessageBox::DestructiveRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(open);
    question.setObjectName(u"lookalikeQuestion"_s);
    question.exec();
    if (question.clickedButton() == open) {
        m_existingChosen = lookalikes->constFirst().id;
        accept();
    } else if (question.clickedButton() == saveAnyway) {
        accept();
    }
}

bool ContactDialog::identityChanged(const Contact &entered) const
{
    if (m_original.id == 0)
        return true;
    QStringList before;
    for (const QString &email : m_original.emails)
        before.append(email.toLower());
    for (const QString &email : entered.emails)
        if (!before.contains(email.toLower()))
            return true;
    return textKey(entered.name) != textKey(m_original.name);
}

bool ContactDialog::isValid() const
{
    return validateContact(contact()).isEmpty();
}

QString ContactDialog::problemShownFor(const QString &field) const
{
    QLabel *label = m_problems.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ContactDialog::validate()
{
    const QList<FieldProblem> problems = validateContact(contact());
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
    for (const FieldProblem &problem : problems) {
        QLabel *label = m_problems.value(problem.field);
        if (!label)
            continue;
        // An untouched, empty name on a new contact is not an error yet; Save stays disabled.
        if (problem.field == u"name"_s && m_name->text().isEmpty() && !m_name->isModified())
            continue;
        label->setText(label->text().isEmpty() ? problem.message : QString(label->text() + u'\n' + problem.message));
        label->show();
    }
    m_save->setEnabled(problems.isEmpty());
}

void ContactDialog::updateCadenceHint()
{
    // What the roles alone give, by the notebook's own rule (rules::effectiveCadence).
    Contact byRoles;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (it.value()->isChecked())
            byRoles.roles.append(it.key());
    }
    auto cadence = m_notebook.effectiveCadence(byRoles);
    const std::optional<int> shortest = cadence ? *cadence : std::nullopt;
    if (m_ownCadence->isChecked())
        m_cadenceHint->setText(shortest ? tr("(role default: every %Ln day(s))", nullptr, *shortest) : QString());
    else
        m_cadenceHint->setText(shortest ? tr("role default: every %Ln day(s)", nullptr, *shortest) : tr("no reminder to keep in touch"));
}

} // namespace tend::gui
