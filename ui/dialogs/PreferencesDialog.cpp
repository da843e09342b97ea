#include "dialogs/PreferencesDialog.h"

#include "Notebook.h"
#include "commands/ConfigCommand.h"
#include "model/Vocabulary.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {

constexpr int maxDays = 36500;

QFormLayout *group(QVBoxLayout *layout, const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *form = new QFormLayout(box);
    layout->addWidget(box);
    return form;
}

} // namespace

PreferencesDialog::PreferencesDialog(Notebook &notebook, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent), m_notebook(notebook), m_undoStack(undoStack), m_factor(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    auto *content = new QWidget(this);
    auto *groups = new QVBoxLayout(content);

    QFormLayout *followUps = group(groups, tr("Follow up after"), content);
    for (const InteractionKind kind : allInteractionKinds())
        followUps->addRow(displayName(kind), addDays(ConfigKey::followUp(kind).text(), 0, true));

    QFormLayout *cadences = group(groups, tr("Keep in touch every"), content);
    for (const Role role : allRoles())
        cadences->addRow(displayName(role), addDays(ConfigKey::roleCadence(role).text(), 0, true));
    if (auto tags = notebook.tags()) {
        for (const TagCount &tag : std::as_const(*tags)) {
            auto *label = new QLabel(tr("Tag: %1").arg(tag.name), content);
            label->setTextFormat(Qt::PlainText);
            cadences->addRow(label, addDays(ConfigKey::tagCadence(tag.name).text(), -1, true));
        }
    }

    QFormLayout *overdue = group(groups, tr("Overdue"), content);
    m_factor->setRange(1.0, 10.0);
    m_factor->setSingleStep(0.1);
    m_factor->setDecimals(2);
    m_factor->setSuffix(tr(" × the cadence"));
    m_factor->setAccessibleName(tr("Overdue factor"));
    const auto factor = notebook.overdueFactor();
    m_factor->setValue(factor ? *factor : defaultOverdueFactor);
    m_before.insert(ConfigKey::overdueFactor().text(), QString::number(m_factor->value()));
    overdue->addRow(tr("A nudge is overdue at"), m_factor);

    QFormLayout *leads = group(groups, tr("Remind me of important dates"), content);
    leads->addRow(tr("Birthdays"), addDays(ConfigKey::lead(ImportantDate::Kind::Birthday).text(), 0, false));
    leads->addRow(tr("Work anniversaries"), addDays(ConfigKey::lead(ImportantDate::Kind::Anniversary).text(), 0, false));
    leads->addRow(tr("Custom dates"), addDays(ConfigKey::lead(ImportantDate::Kind::Custom).text(), 0, false));

    QFormLayout *tray = group(groups, tr("Announce in the tray"), content);
    const auto chosen = notebook.trayDigestParts();
    for (const auto &[part, label] : {std::pair{DigestPart::FollowUps, tr("&Follow-ups and reminders")},
                                      std::pair{DigestPart::Nudges, tr("&Keep-in-touch nudges")},
                                      std::pair{DigestPart::Dates, tr("&Important dates")},
                                      std::pair{DigestPart::Practice, tr("&Asks, introductions and thank-yous")}}) {
        auto *box = new QCheckBox(label, content);
        box->setChecked(!chosen || chosen->contains(part));
        tray->addRow(box);
        m_digest.insert(part, box);
    }
    m_digestBefore = digestChosen();

    QFormLayout *sync = group(groups, tr("Sync"), content);
    auto *syncText = new QLabel(tr("Share contacts and reminders with your phone through your own CardDAV and CalDAV "
                                   "server; private notes stay here."),
                                content);
    syncText->setWordWrap(true);
    sync->addRow(syncText);
    auto *syncButton = new QPushButton(tr("&Sync Settings…"), content);
    syncButton->setObjectName(u"syncSettings"_s);
    connect(syncButton, &QPushButton::clicked, this, &PreferencesDialog::syncSettingsRequested);
    sync->addRow(syncButton);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    resize(QSize(460, 560));
}

// A number of days. Where "none" is a value, the lowest one reads "None". A tag's field starts one
// lower still, at "Not set" (its contacts fall back to their roles), so 0 is its "none".
QSpinBox *PreferencesDialog::addDays(const QString &key, int minimum, bool noneAllowed)
{
    auto *field = new QSpinBox(this);
    const bool tag = minimum < 0;
    field->setRange(minimum, maxDays);
    field->setAccessibleName(key);
    if (tag) {
        field->setSpecialValueText(tr("Not set"));
        const auto suffix = [field](int days) { field->setSuffix(days == 0 ? tr(" days (none)") : tr(" days")); };
        connect(field, &QSpinBox::valueChanged, field, suffix);
        suffix(0);
    } else {
        field->setSuffix(tr(" days"));
        if (noneAllowed)
            field->setSpecialValueText(tr("None"));
    }
    auto entry = m_notebook.configValue(key);
    if (!entry || (tag && !entry->userSet))
        field->setValue(tag ? -1 : minimum);
    else if (entry->value == u"none"_s)
        field->setValue(0);
    else
        field->setValue(entry->value.toInt());
    m_days.insert(key, field);
    m_before.insert(key, QString::number(field->value()));
    return field;
}

void PreferencesDialog::accept()
{
    QList<std::pair<QString, std::optional<QString>>> changes;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        const int days = it.value()->value();
        if (QString::number(days) == m_before.value(it.key()))
            continue;
        const bool lead = it.key().startsWith(u"lead."_s);
        if (days < 0)
            changes.append({it.key(), std::nullopt});
        else if (days == 0 && !lead)
            changes.append({it.key(), u"none"_s});
        else
            changes.append({it.key(), QString::number(days)});
    }
    if (QString::number(m_factor->value()) != m_before.value(ConfigKey::overdueFactor().text()))
        changes.append({ConfigKey::overdueFactor().text(), QString::number(m_factor->value())});
    if (const QString digest = digestChosen(); digest != m_digestBefore)
        changes.append({ConfigKey::trayDigest().text(), digest});
    if (!changes.isEmpty() && !NotebookCommand::execute(m_undoStack, new ConfigCommand(m_notebook, changes), this))
        return;
    QDialog::accept();
}

QString PreferencesDialog::digestChosen() const
{
    QList<DigestPart> parts;
    for (const DigestPart part : allDigestParts())
        if (m_digest.value(part)->isChecked())
            parts.append(part);
    return digestValue(parts);
}

} // namespace tend::gui
