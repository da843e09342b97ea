#include "views/ContactPage.h"

#include "DisplayText.h"
#include "Notebook.h"
#include "commands/ArchiveContactsCommand.h"
#include "commands/DeleteContactCommand.h"
#include "commands/DeleteInteractionCommand.h"
#include "commands/EditInteractionCommand.h"
#include "commands/ReminderCommand.h"
#include "dialogs/DatePickerDialog.h"
#include "dialogs/ErrorDialog.h"
#include "dialogs/LogInteractionDialog.h"
#include "models/TimelineModel.h"
#include "views/PracticePanel.h"
#include "views/SnoozeMenu.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tend::gui {

ContactPage::ContactPage(Notebook &notebook, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_notebook(notebook), m_undoStack(undoStack), m_timeline(new TimelineModel(notebook, this)),
      m_photo(new QLabel(this)), m_name(makeLabel()), m_rolesLine(makeLabel()), m_contactLine(makeLabel()), m_metLine(makeLabel()),
      m_datesLine(makeLabel()), m_balance(makeLabel()), m_notes(makeLabel()), m_practice(new PracticePanel(notebook, undoStack, this)),
      m_archiveButton(new QPushButton(this)),
      m_timelineView(new QListView(this))
{
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setAccessibleName(tr("Name"));
    m_notes->setWordWrap(true);
    m_notes->setAccessibleName(tr("Notes"));
    m_balance->setAccessibleName(tr("Give and receive"));

    auto *logButton = new QPushButton(tr("&Log interaction…"), this);
    auto *editButton = new QPushButton(tr("Ed&it…"), this);
    auto *deleteButton = new QPushButton(tr("&Delete…"), this);
    logButton->setAccessibleName(tr("Log interaction"));
    editButton->setAccessibleName(tr("Edit contact"));
    deleteButton->setAccessibleName(tr("Delete contact"));
    m_archiveButton->setAccessibleName(tr("Archive contact"));
    connect(logButton, &QPushButton::clicked, this, [this] { emit logInteractionRequested(m_contact.id); });
    connect(editButton, &QPushButton::clicked, this, [this] { emit editContactRequested(m_contact.id); });
    connect(m_archiveButton, &QPushButton::clicked, this, &ContactPage::toggleArchived);
    connect(deleteButton, &QPushButton::clicked, this, &ContactPage::deleteContact);

    m_photo->setAccessibleName(tr("Photo"));
    m_photo->hide();
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_photo);
    titleRow->addWidget(m_name, 1);
    titleRow->addWidget(logButton);
    titleRow->addWidget(editButton);
    titleRow->addWidget(m_archiveButton);
    titleRow->addWidget(deleteButton);

    auto *timelineTitle = new QLabel(tr("Timeline"), this);
    QFont bold = timelineTitle->font();
    bold.setBold(true);
    timelineTitle->setFont(bold);
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    auto *delegate = new TimelineDelegate(this);
    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(delegate);
    m_timelineView->setMouseTracking(true);
    m_timelineView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timelineView->setResizeMode(QListView::Adjust);
    m_timelineView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_timelineView->setFrameShape(QFrame::NoFrame);
    connect(delegate, &TimelineDelegate::actionRequested, this, &ContactPage::onTimelineAction);
    connect(m_timelineView, &QListView::customContextMenuRequested, this, &ContactPage::showContextMenu);
    connect(m_timelineView, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(TimelineModel::IsInteractionRole).toBool())
            editCurrentInteraction();
    });

    auto addShortcut = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_timelineView->addAction(action);
    };
    addShortcut(tr("Mark the follow-up done"), QKeySequence(Qt::Key_D), [this] { completeCurrentReminder(); });
    addShortcut(tr("Snooze the follow-up"), QKeySequence(Qt::Key_S), [this] {
        const QRect rect = m_timelineView->visualRect(m_timelineView->currentIndex());
        snoozeCurrentReminder(m_timelineView->viewport()->mapToGlobal(rect.bottomLeft()));
    });
    addShortcut(tr("Delete the interaction"), QKeySequence(Qt::Key_Delete), [this] { deleteCurrentInteraction(); });
    addShortcut(tr("Edit the interaction"), QKeySequence(Qt::Key_Return), [this] { editCurrentInteraction(); });
    addShortcut(tr("Edit the interaction"), QKeySequence(Qt::Key_Enter), [this] { editCurrentInteraction(); });

    connect(m_practice, &PracticePanel::statusMessage, this, &ContactPage::statusMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addWidget(m_rolesLine);
    layout->addWidget(m_contactLine);
    layout->addWidget(m_metLine);
    layout->addWidget(m_datesLine);
    layout->addWidget(m_balance);
    layout->addWidget(m_notes);
    layout->addWidget(m_practice);
    layout->addSpacing(8);
    layout->addWidget(timelineTitle);
    layout->addWidget(rule);
    layout->addWidget(m_timelineView, 1);
    m_emptyTimeline = makeLabel();
    m_emptyTimeline->setWordWrap(true);
    m_emptyTimeline->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_emptyTimeline->hide();
    layout->addWidget(m_emptyTimeline, 1);

    connect(&m_notebook, &Notebook::changed, this, [this](Notebook::Changes what) {
        if (m_contact.id <= 0)
            return;
        if (what & (Notebook::Change::Contacts | Notebook::Change::Settings))
            reload();
        else if (what & (Notebook::Change::Reminders | Notebook::Change::Interactions))
            m_practice->showContact(m_contact.id); // asks, introductions and advice change with these
    });
    connect(m_timeline, &TimelineModel::modelReset, this, [this] {
        const bool empty = m_timeline->rowCount() == 0;
        m_emptyTimeline->setText(empty ? tr("Nothing logged with %1 yet. After your next chat, call or e-mail, press "
                                            "“Log interaction…” (Ctrl+L) to note what you talked about; Tend will remind "
                                            "you to follow up.")
                                             .arg(text::firstName(m_contact.name))
                                       : QString());
        m_emptyTimeline->setVisible(empty);
        m_timelineView->setVisible(!empty);
        const TimelineModel::Balance balance = m_timeline->balance();
        QString text = tr("gave %1 · received %2").arg(balance.gave).arg(balance.received);
        if (balance.lastGave.isValid())
            text += tr(" · last gave: %1").arg(text::shortDate(balance.lastGave, m_notebook.today()));
        if (balance.gave == 0 && balance.received > 0)
            text += tr("   — so far you've only received from %1").arg(text::firstName(m_contact.name));
        else if (balance.gaveThisYear == 0 && balance.receivedThisYear > 0)
            text += tr("   — you've only received from %1 this past year").arg(text::firstName(m_contact.name));
        m_balance->setText(text);
    });
    setTabOrder(logButton, editButton);
    setTabOrder(editButton, m_archiveButton);
    setTabOrder(m_archiveButton, deleteButton);
    setTabOrder(deleteButton, m_timelineView);
}

QString ContactPage::emptyTimelineText() const
{
    return m_emptyTimeline->isHidden() ? QString() : m_emptyTimeline->text();
}

QString ContactPage::practiceText() const
{
    return m_practice->isHidden() ? QString() : m_practice->text();
}

QLabel *ContactPage::makeLabel()
{
    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText); // names and notes are the user's text, never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void ContactPage::showPhoto()
{
    QImage image;
    if (!m_contact.photo.isEmpty())
        image.loadFromData(m_contact.photo.data);
    if (image.isNull()) {
        m_photo->clear();
        m_photo->hide();
        return;
    }
    // As tall as two lines of the name, drawn at the screen's own pixel density.
    const int side = QFontMetrics(m_name->font()).height() * 2;
    const qreal ratio = devicePixelRatioF();
    const int pixels = qRound(side * ratio);
    image = image.scaled(pixels, pixels, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    image = image.copy((image.width() - pixels) / 2, (image.height() - pixels) / 2, pixels, pixels);
    QPixmap rounded(pixels, pixels);
    rounded.fill(Qt::transparent);
    {
        QPainter painter(&rounded);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath square;
        square.addRoundedRect(QRectF(0, 0, pixels, pixels), pixels / 6.0, pixels / 6.0);
        painter.setClipPath(square);
        painter.drawImage(0, 0, image);
    }
    rounded.setDevicePixelRatio(ratio);
    m_photo->setPixmap(rounded);
    m_photo->setFixedSize(side, side);
    m_photo->show();
}

void ContactPage::showContact(qint64 contactId)
{
    m_contact = {};
    m_contact.id = contactId;
    reload();
    m_timeline->setContact(contactId);
    m_timelineView->setFocus();
}

void ContactPage::reload()
{
    auto loaded = m_notebook.contact(m_contact.id);
    if (!loaded) {
        m_contact = {};
        m_timeline->setContact(0);
        emit contactGone();
        return;
    }
    m_contact = *loaded;
    m_name->setText(m_contact.name);
    showPhoto();

    QStringList organisation;
    if (!m_contact.organisation.isEmpty())
        organisation.append(m_contact.organisation);
    if (!m_contact.title.isEmpty())
        organisation.append(m_contact.title);
    QStringList rolesLine;
    if (!m_contact.roles.isEmpty())
        rolesLine.append(text::roles(m_contact.roles));
    if (!organisation.isEmpty())
        rolesLine.append(organisation.join(u", "_s));
    if (m_contact.archived)
        rolesLine.append(tr("archived"));
    m_rolesLine->setText(rolesLine.join(u"     "_s));
    m_rolesLine->setVisible(!rolesLine.isEmpty());

    const QStringList reach = m_contact.emails + m_contact.phones;
    m_contactLine->setText(reach.join(u" · "_s));
    m_contactLine->setVisible(!reach.isEmpty());

    QStringList met;
    if (m_contact.metVia) {
        QString via = tr("met via: %1").arg(inlineName(*m_contact.metVia));
        if (!m_contact.metViaDetail.isEmpty())
            via += u" ("_s + m_contact.metViaDetail + u')';
        met.append(via);
    } else if (!m_contact.metViaDetail.isEmpty()) {
        met.append(tr("met via: %1").arg(m_contact.metViaDetail));
    }
    // Which rule sets the cadence, as rules::cadenceRule says: "every 21 days (tag: inner circle)".
    auto rule = m_notebook.cadenceRule(m_contact);
    if (rule && rule->source != CadenceRule::Source::None)
        met.append(tr("keep in touch: %1").arg(rule->explanation()));
    if (m_contact.lastInteraction.isValid())
        met.append(tr("last contact %1").arg(text::shortDate(m_contact.lastInteraction, m_notebook.today())));
    m_metLine->setText(met.join(u" · "_s));
    m_metLine->setVisible(!met.isEmpty());

    QStringList dates;
    if (auto upcoming = m_notebook.importantDates(m_contact.id, m_notebook.today())) {
        for (const UpcomingDate &date : std::as_const(*upcoming)) {
            const QString when = text::shortDate(date.occursOn, m_notebook.today());
            dates.append(date.years ? tr("%1 %2 (%3)").arg(date.date.title(), when).arg(*date.years)
                                    : tr("%1 %2").arg(date.date.title(), when));
        }
    }
    m_datesLine->setText(dates.join(u" · "_s));
    m_datesLine->setVisible(!dates.isEmpty());

    m_notes->setText(m_contact.notes);
    m_notes->setVisible(!m_contact.notes.isEmpty());
    m_practice->showContact(m_contact.id);
    m_archiveButton->setText(m_contact.archived ? tr("Un&archive") : tr("&Archive"));
}

void ContactPage::toggleArchived()
{
    const bool archive = !m_contact.archived;
    if (NotebookCommand::execute(m_undoStack, new ArchiveContactsCommand(m_notebook, {m_contact.id}, archive, m_contact.name), this))
        emit statusMessage(archive ? tr("Archived %1 · Ctrl+Z to undo")
                                         .arg(m_contact.name) : tr("Unarchived %1").arg(m_contact.name));
}

void ContactPage::deleteContact()
{
    QMessageBox box(QMessageBox::Question, tr("Delete contact"),
                    tr("Delete %1 and the interactions only they took part in?\n\nYou can undo this with Ctrl+Z.")
                        .arg(m_contact.name),
                    QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    auto *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    const QString name = m_contact.name;
    if (NotebookCommand::execute(m_undoStack, new DeleteContactCommand(m_notebook, m_contact.id, name), this))
        emit statusMessage(tr("Deleted %1 · Ctrl+Z to undo").arg(name));
}

void ContactPage::onTimelineAction(const QModelIndex &index, TimelineDelegate::Action action, const QPoint &anchor)
{
    m_timelineView->setCurrentIndex(index);
    if (action == TimelineDelegate::Action::Done)
        completeCurrentReminder();
    else
        snoozeCurrentReminder(anchor);
}

void ContactPage::completeCurrentReminder()
{
    const QModelIndex current = m_timelineView->currentIndex();
    if (!current.data(TimelineModel::IsOpenReminderRole).toBool())
        return;
    const qint64 id = current.data(TimelineModel::ReminderIdRole).toLongLong();
    if (NotebookCommand::execute(m_undoStack, ReminderCommand::complete(m_notebook, id, m_contact.name), this))
        emit statusMessage(tr("Done · %1").arg(m_contact.name));
}

void ContactPage::snoozeCurrentReminder(const QPoint &anchor)
{
    const QModelIndex current = m_timelineView->currentIndex();
    if (!current.data(TimelineModel::IsOpenReminderRole).toBool())
        return;
    const qint64 id = current.data(TimelineModel::ReminderIdRole).toLongLong();
    SnoozeMenu menu(this);
    connect(&menu, &SnoozeMenu::snoozeForDays, this, [this, id](int days) {
        if (NotebookCommand::execute(m_undoStack, ReminderCommand::snooze(m_notebook, id, m_contact.name, days), this))
            emit statusMessage(tr("Snoozed until %1").arg(text::shortDate(m_notebook.today().addDays(days), m_notebook.today())));
    });
    connect(&menu, &SnoozeMenu::pickDateRequested, this, [this, id] {
        const QDate date = DatePickerDialog::pick(m_notebook.today(), m_notebook.today().addDays(7), this);
        if (date.isValid() && NotebookCommand::execute(m_undoStack, ReminderCommand::reschedule(m_notebook, id, m_contact.name, date), this))
            emit statusMessage(tr("Snoozed until %1").arg(text::shortDate(date, m_notebook.today())));
    });
    menu.exec(anchor);
}

void ContactPage::deleteCurrentInteraction()
{
    const QModelIndex current = m_timelineView->currentIndex();
    if (!current.data(TimelineModel::IsInteractionRole).toBool())
        return;
    const qint64 id = current.data(TimelineModel::InteractionIdRole).toLongLong();
    const QString label = current.data(TimelineModel::InlineTitleRole).toString();
    if (NotebookCommand::execute(m_undoStack, new DeleteInteractionCommand(m_notebook, id, label), this))
        emit statusMessage(tr("Deleted %1 · Ctrl+Z to undo").arg(label));
}

LogInteractionDialog *ContactPage::editCurrentInteraction()
{
    const QModelIndex current = m_timelineView->currentIndex();
    if (!current.data(TimelineModel::IsInteractionRole).toBool())
        return nullptr;
    auto existing = m_notebook.interaction(current.data(TimelineModel::InteractionIdRole).toLongLong());
    if (!existing) {
        ErrorDialog::show(this, tr("Could not open the interaction."), existing.error());
        return nullptr;
    }
    auto *dialog = new LogInteractionDialog(m_notebook, m_undoStack, *existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString label = current.data(TimelineModel::InlineTitleRole).toString();
    connect(dialog, &QDialog::accepted, this, [this, label] { emit statusMessage(tr("Saved %1").arg(label)); });
    dialog->open();
    return dialog;
}

void ContactPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_timelineView->indexAt(position);
    if (!index.isValid())
        return;
    m_timelineView->setCurrentIndex(index);
    QMenu menu(this);
    if (index.data(TimelineModel::IsOpenReminderRole).toBool()) {
        menu.addAction(tr("&Done"), this, &ContactPage::completeCurrentReminder);
        menu.addAction(tr("&Snooze…"), this, [this, position] {
            snoozeCurrentReminder(m_timelineView->viewport()->mapToGlobal(position));
        });
    }
    if (index.data(TimelineModel::IsInteractionRole).toBool()) {
        menu.addAction(tr("&Edit…"), this, [this] { editCurrentInteraction(); });
        menu.addAction(tr("&Delete interaction"), this, &ContactPage::deleteCurrentInteraction);
    }
    if (!menu.isEmpty())
        menu.exec(m_timelineView->viewport()->mapToGlobal(position));
}

} // namespace tend::gui
