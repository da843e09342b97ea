#include "sync/SyncConflictsDialog.h"

#include "DisplayText.h"
#include "sync/SyncController.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {

constexpr qsizetype choiceLength = 60;

QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.isEmpty())
        return SyncConflictsDialog::tr("(nothing)");
    if (line.size() > choiceLength)
        line = line.left(choiceLength - 1) + u'…';
    return text::literalAmpersands(line);
}

QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names{
        {u"name"_s, QT_TRANSLATE_NOOP("tend::gui::SyncConflictsDialog", "Name")},
        {u"emails"_s, QT_TRANSLATE_NOOP("tend::gui::SyncConflictsDialog", "E-mails")},
        {u"phones"_s, QT_TRANSLATE_NOOP("tend::gui::SyncConflictsDialog", "Phones")},
        {u"organisation"_s, QT_TRANSLATE_NOOP("tend::gui::SyncConflictsDialog", "Organisation")},
        {u"title"_s, QT_TRANSLATE_NOOP("tend::gui::SyncConflictsDialog", "Title")},
        {u"links"_s, QT_TRANSLATE_NOOP("tend::gui::SyncConflictsDialog", "Links")},
        {u"reason"_s, QT_TRANSLATE_NOOP("tend::gui::SyncConflictsDialog", "Reason")},
        {u"due"_s, QT_TRANSLATE_NOOP("tend::gui::SyncConflictsDialog", "Due")},
        {u"state"_s, QT_TRANSLATE_NOOP("tend::gui::SyncConflictsDialog", "State")},
    };
    const char *name = names.value(field);
    return name ? SyncConflictsDialog::tr(name) : field;
}

} // namespace

SyncConflictsDialog::SyncConflictsDialog(SyncController &controller, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_bodyLayout(new QVBoxLayout)
{
    setWindowTitle(tr("Sync Conflicts"));
    auto *intro = new QLabel(tr("These were changed both here and on the server. Nothing was overwritten: choose what "
                                "to keep, and it goes to both."),
                             this);
    intro->setWordWrap(true);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *holder = new QWidget(scroll);
    holder->setLayout(m_bodyLayout);
    scroll->setWidget(holder);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &SyncConflictsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    connect(&m_controller, &SyncController::stateChanged, this, &SyncConflictsDialog::rebuild);
    rebuild();
    resize(QSize(620, 420));
}

void SyncConflictsDialog::rebuild()
{
    delete m_body;
    m_body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    const bool running = m_controller.state() == SyncController::State::Running;
    const QList<PendingConflict> &conflicts = m_controller.conflicts();
    if (conflicts.isEmpty()) {
        auto *none = new QLabel(running ? tr("Syncing…") : tr("No conflicts are left."), m_body);
        bodyLayout->addWidget(none);
    }
    for (const PendingConflict &conflict : conflicts) {
        auto *box = new QGroupBox(m_body);
        box->setTitle(QString(conflict.itemName).replace(u'&', u"&&"_s));
        auto *grid = new QGridLayout(box);
        QList<std::pair<QString, QButtonGroup *>> choices;
        int row = 0;
        for (const sync::FieldConflict &field : conflict.decision.conflicts) {
            auto *label = new QLabel(fieldName(field.field), box);
            auto *here = new QRadioButton(tr("In Tend: %1").arg(oneLine(field.local)), box);
            auto *there = new QRadioButton(tr("On the server: %1").arg(oneLine(field.remote)), box);
            here->setToolTip(field.local.toHtmlEscaped());
            there->setToolTip(field.remote.toHtmlEscaped());
            here->setChecked(true);
            auto *group = new QButtonGroup(box);
            group->addButton(here, 0);
            group->addButton(there, 1);
            grid->addWidget(label, row, 0);
            grid->addWidget(here, row, 1);
            grid->addWidget(there, row, 2);
            choices.append({field.field, group});
            ++row;
        }
        auto *keep = new QPushButton(tr("&Keep These"), box);
        keep->setEnabled(!running);
        grid->addWidget(keep, row, 2, Qt::AlignRight);
        connect(keep, &QPushButton::clicked, this, [this, conflict, choices] {
            // Every field both sides agree on (the merge's base) plus the user's choices.
            sync::FieldMap chosen = conflict.decision.merged;
            for (const auto &[field, group] : choices) {
                const auto found = std::find_if(conflict.decision.conflicts.cbegin(), conflict.decision.conflicts.cend(),
                                                [&](const sync::FieldConflict &c) { return c.field == field; });
                chosen.insert(field, group->checkedId() == 1 ? found->remote : found->local);
            }
            m_controller.resolve(conflict, chosen);
        });
        bodyLayout->addWidget(box);
    }
    bodyLayout->addStretch();
    m_bodyLayout->addWidget(m_body);
}

} // namespace tend::gui
