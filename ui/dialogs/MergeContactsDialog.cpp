#include "dialogs/MergeContactsDialog.h"

#include "DisplayText.h"
#include "Notebook.h"
#include "commands/MergeContactsCommand.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {

constexpr qsizetype choiceLength = 60;

// One line of a value for a radio button: long notes are cut, line breaks become spaces, and an
// ampersand is shown, not taken for a mnemonic.
QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > choiceLength)
        line = line.left(choiceLength - 1) + u'…';
    return text::literalAmpersands(line);
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

MergeContactsDialog::MergeContactsDialog(Notebook &notebook, QUndoStack *undoStack, qint64 keepId, qint64 otherId,
                                         QWidget *parent)
    : QDialog(parent), m_notebook(notebook), m_undoStack(undoStack), m_keepId(keepId), m_otherId(otherId),
      m_heading(plainLabel({}, this)), m_bodyLayout(new QVBoxLayout), m_combined(plainLabel({}, this)),
      m_moves(plainLabel({}, this)), m_problem(plainLabel({}, this))
{
    setWindowTitle(tr("Merge Contacts"));
    m_problem->hide();

    auto *swap = new QPushButton(tr("&Keep the Other One"), this);
    connect(swap, &QPushButton::clicked, this, &MergeContactsDialog::swapSides);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setDefault(true);
    buttons->addButton(swap, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeContactsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeContactsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(m_bodyLayout);
    layout->addWidget(m_combined);
    layout->addWidget(m_moves);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    load();
    merge->setEnabled(m_loaded);
    swap->setEnabled(m_loaded);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

void MergeContactsDialog::load()
{
    m_groups.clear();
    delete m_body;
    m_body = nullptr;
    auto preview = m_notebook.mergePreview(m_keepId, m_otherId);
    m_loaded = bool(preview);
    if (!preview) {
        m_loadError = preview.error();
        m_problem->setText(preview.error().message);
        m_problem->show();
        return;
    }
    m_preview = *preview;
    const Contact &keep = m_preview.keep;
    const Contact &other = m_preview.other;
    m_heading->setText(tr("%1 (#%2) stays. %3 (#%4) is merged into them and removed.")
                           .arg(keep.name).arg(keep.id).arg(other.name).arg(other.id));

    m_body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins({});
    if (m_preview.conflicts.isEmpty()) {
        bodyLayout->addWidget(plainLabel(tr("They agree on every field they both fill in."), m_body));
    } else {
        auto *box = new QGroupBox(tr("Fields that differ"), m_body);
        auto *grid = new QGridLayout(box);
        grid->addWidget(plainLabel(keep.name, box), 0, 1);
        grid->addWidget(plainLabel(other.name, box), 0, 2);
        int row = 1;
        for (const MergeConflict &conflict : std::as_const(m_preview.conflicts)) {
            auto *group = new QButtonGroup(box);
            auto *keepButton = new QRadioButton(oneLine(conflict.keepText), box);
            auto *otherButton = new QRadioButton(oneLine(conflict.otherText), box);
            keepButton->setAccessibleName(tr("%1 of %2").arg(displayName(conflict.field), keep.name));
            otherButton->setAccessibleName(tr("%1 of %2").arg(displayName(conflict.field), other.name));
            group->addButton(keepButton, 0);
            group->addButton(otherButton, 1);
            keepButton->setChecked(true);
            m_groups.insert(conflict.field, group);
            grid->addWidget(plainLabel(displayName(conflict.field), box), row, 0);
            grid->addWidget(keepButton, row, 1);
            grid->addWidget(otherButton, row, 2);
            ++row;
        }
        grid->setColumnStretch(1, 1);
        grid->setColumnStretch(2, 1);
        bodyLayout->addWidget(box);
    }
    m_bodyLayout->addWidget(m_body);

    const Contact &merged = m_preview.merged;
    QStringList combined;
    const auto list = [&](const QString &label, const QStringList &values) {
        if (!values.isEmpty())
            combined.append(tr("%1: %2").arg(label, values.join(u", "_s)));
    };
    QStringList links;
    for (const ContactLink &link : merged.links)
        links.append(link.url);
    QStringList roles;
    for (const Role role : merged.roles)
        roles.append(displayName(role));
    list(tr("E-mails"), merged.emails);
    list(tr("Phones"), merged.phones);
    list(tr("Links"), links);
    list(tr("Roles"), roles);
    list(tr("Tags"), merged.tags);
    m_combined->setText(combined.isEmpty() ? QString() : tr("Combined:") + u'\n' + combined.join(u'\n'));
    m_combined->setVisible(!combined.isEmpty());
    m_moves->setText(tr("Moves to %1: %2 and %3.")
                         .arg(keep.name, tr("%n interaction(s)", nullptr, m_preview.interactions),
                              tr("%n reminder(s)", nullptr, m_preview.reminders)));
}

MergeChoices MergeContactsDialog::choices() const
{
    MergeChoices choices;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        if (it.value()->checkedId() == 1)
            choices.takeFromOther.insert(it.key());
    }
    return choices;
}

QRadioButton *MergeContactsDialog::choiceButton(MergeField field, bool other) const
{
    QButtonGroup *group = m_groups.value(field);
    return group ? qobject_cast<QRadioButton *>(group->button(other ? 1 : 0)) : nullptr;
}

QString MergeContactsDialog::combinedText() const
{
    return m_combined->text();
}

QString MergeContactsDialog::movesText() const
{
    return m_moves->text();
}

void MergeContactsDialog::swapSides()
{
    std::swap(m_keepId, m_otherId);
    load();
}

void MergeContactsDialog::accept()
{
    if (!m_loaded)
        return;
    auto *command = new MergeContactsCommand(m_notebook, m_keepId, m_otherId, choices(), m_preview.keep.name,
                                             m_preview.other.name);
    if (!NotebookCommand::execute(m_undoStack, command, this))
        return;
    QDialog::accept();
}

} // namespace tend::gui
