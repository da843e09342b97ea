#include "dialogs/ReminderDialog.h"

#include "Notebook.h"
#include "commands/AddReminderCommand.h"
#include "dialogs/DiscardQuestion.h"
#include "model/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tend::gui {

ReminderDialog::ReminderDialog(Notebook &notebook, QUndoStack *undoStack, qint64 contactId, const QString &contactName,
                               QWidget *parent)
    : QDialog(parent), m_notebook(notebook), m_undoStack(undoStack), m_contactId(contactId),
      m_contactName(contactName), m_date(new QDateEdit(this)), m_reason(new QLineEdit(this)),
      m_repeat(new QComboBox(this)), m_every(new QSpinBox(this)),
      m_fromCompletion(new QCheckBox(tr("&Count from the day it is done"), this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Remind me about %1").arg(contactName));

    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(notebook.today());
    m_date->setMaximumDate(notebook.today().addDays(limits::maxDays));
    m_date->setDate(notebook.today().addDays(7));
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setAccessibleName(tr("Due"));

    m_reason->setMaxLength(limits::shortTextLength);
    m_reason->setPlaceholderText(tr("Follow up"));
    m_reason->setAccessibleName(tr("Reason"));

    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_repeat->setAccessibleName(tr("Repeat"));
    m_repeat->addItem(tr("Once"));
    m_repeat->addItem(tr("days"), int(Recurrence::Unit::Days));
    m_repeat->addItem(tr("weeks"), int(Recurrence::Unit::Weeks));
    m_repeat->addItem(tr("months"), int(Recurrence::Unit::Months));
    m_repeat->addItem(tr("years"), int(Recurrence::Unit::Years));
    m_every->setRange(1, 3650);
    m_every->setPrefix(tr("every "));
    m_every->setAccessibleName(tr("Repeat every"));
    const auto repeating = [this] {
        const bool on = m_repeat->currentIndex() > 0;
        m_every->setEnabled(on);
        m_fromCompletion->setEnabled(on);
    };
    connect(m_repeat, &QComboBox::currentIndexChanged, this, repeating);
    repeating();
    auto *repeatRow = new QHBoxLayout;
    repeatRow->addWidget(m_every);
    repeatRow->addWidget(m_repeat, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Due"), m_date);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(tr("R&epeat"), repeatRow);
    if (auto *repeatLabel = qobject_cast<QLabel *>(form->labelForField(repeatRow)))
        repeatLabel->setBuddy(m_repeat);
    form->addRow(QString(), m_fromCompletion);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReminderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReminderDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(420, 0)));
    m_reason->setFocus();
}

QDate ReminderDialog::due() const
{
    return m_date->date();
}

void ReminderDialog::accept()
{
    const QString reason = m_reason->text().trimmed();
    if (auto valid = checkReminder(due(), reason); !valid) {
        m_problem->setText(valid.error().message);
        m_problem->show();
        return;
    }
    std::optional<Recurrence> recurrence;
    if (m_repeat->currentIndex() > 0) {
        recurrence = Recurrence{m_every->value(), Recurrence::Unit(m_repeat->currentData().toInt()),
                                m_fromCompletion->isChecked()};
    }
    auto *command = new AddReminderCommand(m_notebook, m_contactId, m_contactName, due(), reason, recurrence);
    const AddReminderCommand *pushed = command;
    if (!NotebookCommand::execute(m_undoStack, command, this))
        return;
    m_reminderId = pushed->reminderId();
    QDialog::accept();
}

void ReminderDialog::reject()
{
    if (!m_reason->text().trimmed().isEmpty() && !confirmDiscard(this, tr("Discard this reminder?")))
        return;
    QDialog::reject();
}

} // namespace tend::gui
