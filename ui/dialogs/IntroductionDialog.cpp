#include "dialogs/IntroductionDialog.h"

#include "DisplayText.h"
#include "Notebook.h"
#include "commands/IntroductionCommand.h"
#include "practice/IntroductionFlow.h"
#include "views/ContactPicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tend::gui {

IntroductionDialog::IntroductionDialog(Notebook &notebook, QUndoStack *undoStack, const ContactRef &contact,
                                       QWidget *parent)
    : QDialog(parent), m_notebook(notebook), m_undoStack(undoStack), m_contact(contact),
      m_otherField(new QLineEdit(this)), m_picker(new ContactPicker(notebook, m_otherField)),
      m_contactFirst(new QRadioButton(this)), m_otherFirst(new QRadioButton(this)),
      m_why(new QPlainTextEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Introduce · %1").arg(contact.name));
    auto *intro = new QLabel(tr("Ask each of them before you put them in touch. Tend reminds you of the next "
                                "step and of anyone who has not answered."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_otherField->setPlaceholderText(tr("Type a name…"));
    m_otherField->setAccessibleName(tr("Introduce to"));
    m_why->setPlaceholderText(tr("Why they should meet: what each can offer the other"));
    m_why->setTabChangesFocus(true);
    m_why->setMaximumHeight(m_why->fontMetrics().lineSpacing() * 5);
    m_contactFirst->setChecked(true);

    auto *order = new QVBoxLayout;
    order->addWidget(m_contactFirst);
    order->addWidget(m_otherFirst);

    auto *form = new QFormLayout;
    auto *name = new QLabel(contact.name, this);
    name->setTextFormat(Qt::PlainText);
    form->addRow(tr("Introduce"), name);
    form->addRow(tr("&To"), m_otherField);
    form->addRow(tr("&Why"), m_why);
    form->addRow(tr("Ask first"), order);

    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Propose"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &IntroductionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IntroductionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_picker, &ContactPicker::picked, this, [this](const ContactRef &person) {
        m_other = person;
        m_problem->hide();
        updateOrderLabels();
    });
    connect(m_picker, &ContactPicker::problem, this, [this](const QString &message) {
        if (!message.isEmpty())
            showProblem(message);
    });
    connect(m_otherField, &QLineEdit::textEdited, this, [this] {
        m_other = {};
        updateOrderLabels();
    });
    updateOrderLabels();
    resize(sizeHint().expandedTo(QSize(520, 0)));
    m_otherField->setFocus();
}

void IntroductionDialog::updateOrderLabels()
{
    const QString other = m_other.id ? m_other.name : tr("the other person");
    const QString contact = text::literalAmpersands(m_contact.name);
    m_contactFirst->setText(tr("%1, then %2").arg(contact, text::literalAmpersands(other)));
    m_otherFirst->setText(tr("%1, then %2").arg(text::literalAmpersands(other), contact));
}

void IntroductionDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void IntroductionDialog::accept()
{
    if (!m_other.id && !m_picker->pickTyped()) {
        showProblem(tr("Pick who to introduce %1 to.").arg(m_contact.name));
        return;
    }
    if (!m_other.id)
        return; // the picker said why
    auto contact = m_notebook.contact(m_contact.id);
    auto other = m_notebook.contact(m_other.id);
    if (!contact || !other) {
        showProblem((!contact ? contact.error() : other.error()).message);
        return;
    }
    if (auto valid = practice::checkParties(*contact, *other); !valid) {
        showProblem(valid.error().message);
        return;
    }
    const bool contactFirst = m_contactFirst->isChecked();
    auto *command = IntroductionCommand::add(m_notebook, contactFirst ? m_contact : m_other,
                                             contactFirst ? m_other : m_contact, m_why->toPlainText().trimmed());
    const IntroductionCommand *pushed = command;
    if (!NotebookCommand::execute(m_undoStack, command, this))
        return;
    m_introductionId = pushed->introductionId();
    QDialog::accept();
}

} // namespace tend::gui
