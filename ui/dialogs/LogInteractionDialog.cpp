#include "dialogs/LogInteractionDialog.h"

#include "DisplayText.h"
#include "Notebook.h"
#include "commands/AddContactCommand.h"
#include "commands/EditInteractionCommand.h"
#include "commands/LogInteractionCommand.h"
#include "dialogs/ContactDialog.h"
#include "dialogs/DiscardQuestion.h"
#include "dialogs/ErrorDialog.h"
#include "model/Validation.h"
#include "views/ContactPicker.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {

// What the user can change, as saving stores it (texts trimmed, participants by id).
bool sameContent(const Interaction &a, const Interaction &b)
{
    auto ids = [](const Interaction &interaction) {
        QList<qint64> ids;
        for (const ContactRef &person : interaction.participants)
            ids.append(person.id);
        return ids;
    };
    return a.kind == b.kind && a.date == b.date && a.direction == b.direction && ids(a) == ids(b)
           && a.summary.trimmed() == b.summary.trimmed() && a.agenda.trimmed() == b.agenda.trimmed()
           && a.notes.trimmed() == b.notes.trimmed();
}

} // namespace

LogInteractionDialog::LogInteractionDialog(Notebook &notebook, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent), m_notebook(notebook), m_undoStack(undoStack), m_kind(new QComboBox(this)),
      m_date(new QDateEdit(this)), m_chips(new QWidget(this)), m_chipLayout(new QHBoxLayout(m_chips)),
      m_with(new QLineEdit(this)), m_picker(new ContactPicker(notebook, m_with)),
      m_gave(new QRadioButton(tr("I ga&ve"), this)), m_received(new QRadioButton(tr("I &received"), this)),
      m_mutual(new QRadioButton(tr("&Both"), this)), m_summary(new QLineEdit(this)), m_agenda(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this)), m_advice(new QPlainTextEdit(this)), m_minutes(new QSpinBox(this)),
      m_rating(new QSpinBox(this)), m_followUp(new QCheckBox(tr("Re&mind me to follow up in"), this)),
      m_followUpDays(new QSpinBox(this)), m_followUpRepeat(new QComboBox(this)), m_followUpHint(new QLabel(this)),
      m_closeFollowUps(new QCheckBox(this)), m_problem(new QLabel(this)),
      m_save(nullptr)
{
    setWindowTitle(tr("Log interaction"));

    for (InteractionKind kind : allInteractionKinds())
        m_kind->addItem(displayName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(InteractionKind::Coffee)));
    m_kind->setAccessibleName(tr("Kind"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LogInteractionDialog::kindChanged);

    m_date->setCalendarPopup(true);
    m_date->setDate(notebook.today());
    m_date->setMaximumDate(notebook.today().addYears(1));
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setAccessibleName(tr("Date"));
    connect(m_date, &QDateEdit::dateChanged, this, &LogInteractionDialog::updateFollowUpsToClose);

    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    m_with->setPlaceholderText(tr("Type a name…"));
    m_with->setAccessibleName(tr("With"));
    m_with->setToolTip(tr("Type a name and press Enter to add the person; add as many as took part."));
    connect(m_picker, &ContactPicker::picked, this, &LogInteractionDialog::addParticipant);
    connect(m_picker, &ContactPicker::addNewRequested, this, &LogInteractionDialog::addNewContact);
    connect(m_picker, &ContactPicker::problem, this, [this](const QString &message) {
        m_problem->setText(message);
        m_problem->setVisible(!message.isEmpty());
    });
    // Enter while the completion list is open reaches the field directly (not through the filter).
    connect(m_with, &QLineEdit::returnPressed, this, [this] { addTypedParticipant(); });
    m_with->installEventFilter(this);
    auto *withRow = new QHBoxLayout;
    withRow->addWidget(m_chips);
    withRow->addWidget(m_with, 1);

    auto *directions = new QButtonGroup(this);
    directions->addButton(m_gave);
    directions->addButton(m_received);
    directions->addButton(m_mutual);
    m_received->setChecked(true);
    auto *directionRow = new QHBoxLayout;
    directionRow->addWidget(m_gave);
    directionRow->addWidget(m_received);
    directionRow->addWidget(m_mutual);
    directionRow->addStretch(1);

    m_summary->setMaxLength(limits::shortTextLength);
    m_summary->setPlaceholderText(tr("What was it about?"));
    m_summary->setAccessibleName(tr("Summary"));
    m_agenda->setPlaceholderText(tr("What you planned to talk about"));
    m_agenda->setAccessibleName(tr("Agenda"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Anything worth remembering (Ctrl+Enter saves)"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->installEventFilter(this);
    m_advice->setTabChangesFocus(true);
    m_advice->setPlaceholderText(tr("Advice you received, one item a line"));
    m_advice->setAccessibleName(tr("Advice"));
    m_advice->setFixedHeight(m_advice->fontMetrics().lineSpacing() * 3 + 12);
    m_notes->setMinimumHeight(fontMetrics().lineSpacing() * 5);

    m_followUpDays->setRange(1, limits::maxDays);
    // " day" or " days", as the number asks.
    connect(m_followUpDays, &QSpinBox::valueChanged, this,
            [this](int days) { m_followUpDays->setSuffix(tr(" day(s)", nullptr, days)); });
    m_followUpDays->setSuffix(tr(" day(s)", nullptr, m_followUpDays->value()));
    m_followUpDays->setAccessibleName(tr("Follow up in days"));
    m_followUp->setAccessibleName(tr("Remind me to follow up"));
    connect(m_followUp, &QCheckBox::toggled, m_followUpDays, &QWidget::setEnabled);
    // A follow-up that recurs: "monthly 1:1 prep", "quarterly check-in". Other rhythms: Remind me….
    m_followUpRepeat->addItem(tr("once"));
    m_followUpRepeat->addItem(tr("then every week"), u"1w"_s);
    m_followUpRepeat->addItem(tr("then every 2 weeks"), u"2w"_s);
    m_followUpRepeat->addItem(tr("then every month"), u"1m"_s);
    m_followUpRepeat->addItem(tr("then every 3 months"), u"3m"_s);
    m_followUpRepeat->addItem(tr("then every year"), u"1y"_s);
    m_followUpRepeat->setAccessibleName(tr("Repeat the follow-up"));
    connect(m_followUp, &QCheckBox::toggled, m_followUpRepeat, &QWidget::setEnabled);
    m_followUpHint->setTextFormat(Qt::PlainText);
    auto *followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_followUp);
    followUpRow->addWidget(m_followUpDays);
    followUpRow->addWidget(m_followUpRepeat);
    followUpRow->addWidget(m_followUpHint, 1);

    m_closeFollowUps->setChecked(true);
    m_closeFollowUps->setAccessibleName(tr("Mark the follow-up done"));
    m_closeFollowUps->hide();

    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind, 1);
    auto *dateLabel = new QLabel(tr("&Date"), this);
    dateLabel->setBuddy(m_date);
    kindRow->addSpacing(12);
    kindRow->addWidget(dateLabel);
    kindRow->addWidget(m_date);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind"), kindRow);
    form->addRow(tr("&With"), withRow);
    form->addRow(tr("Who helped whom"), directionRow);
    form->addRow(tr("&Summary"), m_summary);
    form->addRow(tr("A&genda"), m_agenda);
    form->addRow(tr("&Notes"), m_notes);
    form->addRow(tr("Advice"), m_advice);
    m_minutes->setRange(0, 1440);
    m_minutes->setSingleStep(15);
    m_minutes->setSpecialValueText(tr("Not given"));
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Duration"));
    m_rating->setRange(0, 5);
    m_rating->setSpecialValueText(tr("Not rated"));
    m_rating->setSuffix(tr(" of 5"));
    m_rating->setAccessibleName(tr("How useful"));
    auto *extraRow = new QHBoxLayout;
    extraRow->addWidget(m_minutes);
    auto *ratingLabel = new QLabel(tr("How use&ful"), this);
    ratingLabel->setBuddy(m_rating);
    extraRow->addWidget(ratingLabel);
    extraRow->addWidget(m_rating);
    extraRow->addStretch();
    form->addRow(tr("Dura&tion"), extraRow);
    if (auto *durationLabel = qobject_cast<QLabel *>(form->labelForField(extraRow)))
        durationLabel->setBuddy(m_minutes);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(kindRow)))
        label->setBuddy(m_kind);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(withRow)))
        label->setBuddy(m_with);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save (Enter)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LogInteractionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(followUpRow);
    layout->addWidget(m_closeFollowUps);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    setTabOrder(m_with, m_gave);
    setTabOrder(m_gave, m_received);
    setTabOrder(m_received, m_mutual);
    setTabOrder(m_mutual, m_summary);
    setTabOrder(m_summary, m_agenda);
    setTabOrder(m_agenda, m_notes);
    setTabOrder(m_notes, m_advice);
    setTabOrder(m_advice, m_followUp);
    setTabOrder(m_followUp, m_followUpDays);
    setTabOrder(m_followUpDays, m_followUpRepeat);
    setTabOrder(m_followUpRepeat, m_closeFollowUps);
    setTabOrder(m_closeFollowUps, m_kind);
    setTabOrder(m_kind, m_date);

    kindChanged();
    resize(sizeHint().expandedTo(QSize(560, 0)));
    m_with->setFocus();
}

LogInteractionDialog::LogInteractionDialog(Notebook &notebook, QUndoStack *undoStack, const Interaction &existing,
                                           QWidget *parent)
    : LogInteractionDialog(notebook, undoStack, parent)
{
    m_existing = existing;
    setWindowTitle(tr("Edit interaction"));
    m_kind->setCurrentIndex(m_kind->findData(int(existing.kind)));
    m_date->setMinimumDate(std::min(m_date->minimumDate(), existing.date));
    m_date->setMaximumDate(std::max(m_date->maximumDate(), existing.date));
    m_date->setDate(existing.date);
    m_participants = existing.participants;
    rebuildChips();
    (existing.direction == Direction::Gave ? m_gave : existing.direction == Direction::Received ? m_received : m_mutual)
        ->setChecked(true);
    m_summary->setText(existing.summary);
    m_agenda->setText(existing.agenda);
    m_notes->setPlainText(existing.notes);
    m_minutes->setValue(existing.durationMinutes.value_or(0));
    m_rating->setValue(existing.rating.value_or(0));
    // The follow-ups were scheduled when it was logged; editing leaves them as they are. Advice is
    // recorded with a new log.
    for (QWidget *widget : {static_cast<QWidget *>(m_followUp), static_cast<QWidget *>(m_followUpDays),
                            static_cast<QWidget *>(m_followUpRepeat), static_cast<QWidget *>(m_followUpHint), static_cast<QWidget *>(m_closeFollowUps),
                            static_cast<QWidget *>(m_advice)})
        widget->hide();
    if (auto *form = findChild<QFormLayout *>()) {
        if (QWidget *label = form->labelForField(m_advice))
            label->hide();
    }
    m_closing.clear();
    m_save->setToolTip(tr("Save the changes (Enter)"));
}

void LogInteractionDialog::kindChanged()
{
    const auto kind = InteractionKind(m_kind->currentData().toInt());
    auto days = m_notebook.followUpDays(kind);
    const bool has = days && days->has_value();
    m_followUp->setChecked(has);
    m_followUpDays->setEnabled(has);
    m_followUpRepeat->setEnabled(has);
    m_followUpDays->setValue(has ? **days : 14);
    m_followUpHint->setText(has ? tr("(default for %1)").arg(inlineName(kind))
                                : tr("(no follow-up by default for %1)").arg(inlineName(kind)));
}

void LogInteractionDialog::closeFollowUp(qint64 reminderId)
{
    if (!m_namedFollowUps.contains(reminderId))
        m_namedFollowUps.append(reminderId);
    updateFollowUpsToClose();
}

void LogInteractionDialog::updateFollowUpsToClose()
{
    if (m_existing) {
        m_closing.clear();
        return;
    }
    auto closing = m_notebook.followUpsClosedByLogging(interaction(), m_notebook.today(), {true, m_namedFollowUps});
    m_closing = closing ? *closing : QList<Reminder>{};
    m_closeFollowUps->setVisible(!m_closing.isEmpty());
    if (m_closing.isEmpty())
        return;
    QSet<qint64> people;
    for (const Reminder &reminder : std::as_const(m_closing))
        people.insert(reminder.contactId);
    // “Follow up on coffee chat”, or “Follow up on coffee chat” with Ada when several take part.
    auto describe = [&](const Reminder &reminder, int width) {
        const QString reason = fontMetrics().elidedText(reminder.reason, Qt::ElideRight, width);
        const QString quoted = tr("“%1”").arg(reason);
        return people.size() > 1 ? tr("%1 with %2").arg(quoted, reminder.contactName) : quoted;
    };
    const int shown = std::min<int>(2, int(m_closing.size()));
    QStringList names;
    for (int i = 0; i < shown; ++i)
        names.append(describe(m_closing.at(i), fontMetrics().averageCharWidth() * 40));
    const int more = int(m_closing.size()) - shown;
    const QString list = text::literalAmpersands(names.join(tr(", ")));
    m_closeFollowUps->setText(more > 0 ? tr("M&ark %1 and %n more done", nullptr, more).arg(list)
                                       : tr("M&ark %1 done").arg(list));
    QStringList all;
    for (const Reminder &reminder : std::as_const(m_closing))
        all.append(tr("%1 (due %2)").arg(describe(reminder, QWIDGETSIZE_MAX), text::shortDate(reminder.due, m_notebook.today())));
    m_closeFollowUps->setToolTip(text::plainToolTip(tr("Saving marks these follow-ups done:\n%1").arg(all.join(u'\n'))));
}

void LogInteractionDialog::addParticipant(const ContactRef &person)
{
    for (const ContactRef &existing : std::as_const(m_participants))
        if (existing.id == person.id)
            return;
    m_participants.append(person);
    rebuildChips();
    m_problem->hide();
}

bool LogInteractionDialog::addTypedParticipant()
{
    return m_picker->pickTyped();
}

void LogInteractionDialog::addNewContact(const QString &name)
{
    Contact draft;
    draft.name = name;
    ContactDialog dialog(m_notebook, draft, this);
    if (dialog.exec() != QDialog::Accepted) {
        m_with->setFocus();
        return;
    }
    if (const qint64 existing = dialog.existingContactChosen()) {
        if (auto person = m_notebook.contact(existing))
            addParticipant(ContactRef{person->id, person->name});
        m_with->setFocus();
        return;
    }
    auto *command = new AddContactCommand(m_notebook, dialog.contact());
    const AddContactCommand *added = command;
    if (NotebookCommand::execute(m_undoStack, command, this))
        addParticipant(ContactRef{added->contactId(), dialog.contact().name});
    m_with->setFocus();
}

void LogInteractionDialog::rebuildChips()
{
    while (QLayoutItem *item = m_chipLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ContactRef &person : std::as_const(m_participants)) {
        auto *chip = new QToolButton(m_chips);
        chip->setText(person.name + u"  ×"_s); // QToolButton text is plain
        chip->setToolTip(text::plainToolTip(tr("Remove %1").arg(person.name)));
        chip->setAccessibleName(tr("Remove %1").arg(person.name));
        chip->setFocusPolicy(Qt::StrongFocus);
        const qint64 id = person.id;
        connect(chip, &QToolButton::clicked, this, [this, id] {
            m_participants.removeIf([id](const ContactRef &p) { return p.id == id; });
            QMetaObject::invokeMethod(this, [this] { rebuildChips(); m_with->setFocus(); }, Qt::QueuedConnection);
        });
        m_chipLayout->addWidget(chip);
    }
    m_chips->setVisible(!m_participants.isEmpty());
    updateFollowUpsToClose();
}

bool LogInteractionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_with && enter && !m_with->text().trimmed().isEmpty()) {
            m_picker->completer()->popup()->hide();
            addTypedParticipant(); // Enter on a typed name adds the person; on an empty field it saves
            return true;
        }
        if (watched == m_with && key->key() == Qt::Key_Backspace && m_with->text().isEmpty() && !m_participants.isEmpty()) {
            m_participants.removeLast();
            rebuildChips();
            return true;
        }
        if (watched == m_notes && enter && (key->modifiers() & Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

Interaction LogInteractionDialog::interaction() const
{
    Interaction interaction;
    interaction.kind = InteractionKind(m_kind->currentData().toInt());
    interaction.date = m_date->date();
    interaction.participants = m_participants;
    interaction.direction = m_gave->isChecked() ? Direction::Gave : m_received->isChecked() ? Direction::Received : Direction::Mutual;
    interaction.summary = m_summary->text().trimmed();
    interaction.agenda = m_agenda->text().trimmed();
    interaction.notes = m_notes->toPlainText().trimmed();
    if (!m_existing) {
        for (const QString &line : m_advice->toPlainText().split(u'\n')) {
            if (!line.trimmed().isEmpty())
                interaction.advice.append(line.trimmed());
        }
    }
    if (m_minutes->value() > 0)
        interaction.durationMinutes = m_minutes->value();
    if (m_rating->value() > 0)
        interaction.rating = m_rating->value();
    return interaction;
}

void LogInteractionDialog::accept()
{
    // Enter in "With" adds the typed person (the completer may have sent the key here); a name
    // typed but not added when saving from elsewhere is what the user meant: add it, then save.
    if (!m_with->text().trimmed().isEmpty()) {
        const bool adding = m_with->hasFocus();
        addTypedParticipant();
        if (adding || !m_with->text().trimmed().isEmpty())
            return;
    }
    if (m_existing) {
        saveEdit();
        return;
    }
    const Interaction toLog = interaction();
    const QList<FieldProblem> problems = validateInteraction(toLog);
    if (!problems.isEmpty()) {
        m_problem->setText(problems.first().message);
        m_problem->show();
        if (problems.first().field == u"participants"_s)
            m_with->setFocus();
        return;
    }
    std::optional<Recurrence> repeat;
    if (const QString every = m_followUpRepeat->currentData().toString(); !every.isEmpty())
        repeat = *Recurrence::fromText(every, {});
    const FollowUpChoice followUp =
        m_followUp->isChecked() ? FollowUpChoice::inDays(m_followUpDays->value(), repeat) : FollowUpChoice::none();
    const FollowUpsToClose toClose = m_closeFollowUps->isChecked() ? FollowUpsToClose{true, m_namedFollowUps}
                                                                   : FollowUpsToClose::none();
    auto *command = new LogInteractionCommand(m_notebook, toLog, followUp, toClose);
    const LogInteractionCommand *pushed = command;
    if (!NotebookCommand::execute(m_undoStack, command, this))
        return;
    m_logged = pushed->logged();
    QDialog::accept();
}

void LogInteractionDialog::saveEdit()
{
    Interaction edited = interaction();
    edited.id = m_existing->id;
    const QList<FieldProblem> problems = validateInteraction(edited);
    if (!problems.isEmpty()) {
        m_problem->setText(problems.first().message);
        m_problem->show();
        if (problems.first().field == u"participants"_s)
            m_with->setFocus();
        return;
    }
    if (!sameContent(edited, *m_existing)
        && !NotebookCommand::execute(m_undoStack, new EditInteractionCommand(m_notebook, *m_existing, edited), this))
        return;
    QDialog::accept();
}

bool LogInteractionDialog::hasUnsavedWork() const
{
    if (m_existing)
        return !m_with->text().trimmed().isEmpty() || !sameContent(interaction(), *m_existing);
    return !m_with->text().trimmed().isEmpty() || !m_summary->text().trimmed().isEmpty()
           || !m_agenda->text().trimmed().isEmpty() || !m_notes->toPlainText().trimmed().isEmpty()
           || !m_advice->toPlainText().trimmed().isEmpty();
}

void LogInteractionDialog::reject()
{
    if (hasUnsavedWork()
        && !confirmDiscard(this, m_existing ? tr("Discard your changes to this interaction?") : tr("Discard this interaction?")))
        return;
    QDialog::reject();
}

} // namespace tend::gui
