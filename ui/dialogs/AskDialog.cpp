#include "dialogs/AskDialog.h"

#include "Notebook.h"
#include "commands/AskCommand.h"
#include "model/Validation.h"
#include "practice/AskRules.h"
#include "practice/SmartCheck.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tend::gui {

AskDialog::AskDialog(Notebook &notebook, QUndoStack *undoStack, qint64 contactId, const QString &contactName,
                     QWidget *parent)
    : QDialog(parent), m_notebook(notebook), m_undoStack(undoStack), m_contactId(contactId), m_contactName(contactName),
      m_mine(new QRadioButton(tr("I am asking %1").arg(contactName), this)),
      m_theirs(new QRadioButton(tr("%1 asked me").arg(contactName), this)), m_text(new QLineEdit(this)),
      m_why(new QPlainTextEdit(this)), m_action(new QLineEdit(this)), m_hasDeadline(new QCheckBox(tr("&By"), this)),
      m_deadline(new QDateEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Ask · %1").arg(contactName));
    m_mine->setChecked(true);
    m_text->setMaxLength(limits::notesLength);
    m_text->setPlaceholderText(tr("Could you review my talk proposal?"));
    m_text->setAccessibleName(tr("What is asked"));
    m_why->setPlaceholderText(tr("The call for papers closes on Friday"));
    m_why->setAccessibleName(tr("Why it matters"));
    m_why->setTabChangesFocus(true);
    m_why->setFixedHeight(m_why->fontMetrics().lineSpacing() * 3 + 12);
    m_action->setMaxLength(limits::shortTextLength);
    m_action->setPlaceholderText(tr("Read the abstract and say what is unclear"));
    m_action->setAccessibleName(tr("The action"));
    m_hasDeadline->setChecked(true);
    m_deadline->setCalendarPopup(true);
    m_deadline->setMinimumDate(notebook.today());
    m_deadline->setDate(notebook.today().addDays(7));
    m_deadline->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_deadline->setAccessibleName(tr("Deadline"));
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);

    auto *direction = new QHBoxLayout;
    direction->addWidget(m_mine);
    direction->addWidget(m_theirs);
    direction->addStretch();
    auto *when = new QHBoxLayout;
    when->addWidget(m_hasDeadline);
    when->addWidget(m_deadline, 1);
    auto *form = new QFormLayout;
    form->addRow(direction);
    form->addRow(tr("&Ask"), m_text);
    form->addRow(tr("&Why it matters"), m_why);
    form->addRow(tr("A&ction"), m_action);
    form->addRow(tr("Deadline"), when);

    auto *smart = new QGroupBox(tr("SMART"), this);
    auto *smartLayout = new QVBoxLayout(smart);
    for (int i = 0; i < 5; ++i) {
        auto *label = new QLabel(smart);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        smartLayout->addWidget(label);
        m_criteria.append(label);
    }

    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AskDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addWidget(smart, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_text, &QLineEdit::textChanged, this, &AskDialog::updateChecklist);
    connect(m_why, &QPlainTextEdit::textChanged, this, &AskDialog::updateChecklist);
    connect(m_action, &QLineEdit::textChanged, this, &AskDialog::updateChecklist);
    connect(m_hasDeadline, &QCheckBox::toggled, this, &AskDialog::updateChecklist);
    connect(m_deadline, &QDateEdit::dateChanged, this, &AskDialog::updateChecklist);
    updateChecklist();
    resize(sizeHint().expandedTo(QSize(640, 0)));
    m_text->setFocus();
}

QDate AskDialog::deadline() const
{
    return m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
}

void AskDialog::updateChecklist()
{
    const QList<practice::SmartHint> hints =
        practice::smartHints(m_text->text(), m_why->toPlainText(), m_action->text(), deadline(), m_notebook.today());
    for (qsizetype i = 0; i < hints.size() && i < m_criteria.size(); ++i) {
        const practice::SmartHint &hint = hints.at(i);
        m_criteria.at(i)->setText(hint.met ? tr("✓ %1").arg(hint.label) : tr("○ %1 — %2").arg(hint.label, hint.hint));
        m_criteria.at(i)->setEnabled(hint.met);
    }
}

QStringList AskDialog::checklist() const
{
    QStringList lines;
    for (const QLabel *label : m_criteria)
        lines.append(label->text());
    return lines;
}

void AskDialog::accept()
{
    Ask ask;
    ask.contact = {m_contactId, m_contactName};
    ask.direction = m_theirs->isChecked() ? AskDirection::Theirs : AskDirection::Mine;
    ask.text = m_text->text();
    ask.why = m_why->toPlainText();
    ask.action = m_action->text();
    ask.deadline = deadline();
    if (auto valid = practice::checkNewAsk(ask, m_notebook.today()); !valid) {
        m_problem->setText(valid.error().message);
        m_problem->show();
        return;
    }
    auto *command = AskCommand::add(m_notebook, ask);
    const AskCommand *pushed = command;
    if (!NotebookCommand::execute(m_undoStack, command, this))
        return;
    m_askId = pushed->askId();
    QDialog::accept();
}

} // namespace tend::gui
