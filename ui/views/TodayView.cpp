#include "views/TodayView.h"

#include "views/HeadedListView.h"

#include "DisplayText.h"
#include "Notebook.h"
#include "commands/AdviceCommand.h"
#include "commands/AskCommand.h"
#include "commands/DateReminderCommand.h"
#include "commands/IntroductionCommand.h"
#include "commands/NudgeCommand.h"
#include "commands/ReminderCommand.h"
#include "dialogs/DatePickerDialog.h"
#include "dialogs/ErrorDialog.h"
#include "model/Validation.h"
#include "models/TodayModel.h"
#include "views/SnoozeMenu.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tend::gui {

TodayView::TodayView(Notebook &notebook, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_notebook(notebook), m_undoStack(undoStack), m_model(new TodayModel(notebook, this)),
      m_title(new QLabel(this)), m_pages(new QStackedWidget(this)), m_list(new HeadedListView(this)),
      m_delegate(new TodayDelegate(this))
{
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Today"));

    auto *logButton = new QPushButton(tr("+ &Log interaction"), this);
    logButton->setAccessibleName(tr("Log interaction"));
    logButton->setToolTip(tr("Log a chat, call or intro (Ctrl+L)"));
    connect(logButton, &QPushButton::clicked, this, [this] { emit logInteractionRequested(0, 0); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(logButton);

    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setMouseTracking(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setUniformItemSizes(false);
    // Thousands of rows on a big notebook: lay out what the screen shows first, the rest after.
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(100);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setAccessibleName(tr("Due follow-ups and nudges"));
    connect(m_list, &QListView::customContextMenuRequested, this, &TodayView::showContextMenu);
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const DueItem *item = m_model->itemAt(index))
            emit openContactRequested(item->contactId);
    });
    connect(m_delegate, &TodayDelegate::actionRequested, this, &TodayView::onDelegateAction);

    // The empty state: calm, and says what to do next.
    auto *empty = new QWidget(this);
    auto *emptyTitle = new QLabel(tr("Nothing due."), empty);
    emptyTitle->setFont(titleFont);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto *emptyText = new QLabel(tr("Log a chat with someone you met this week?"), empty);
    emptyText->setAlignment(Qt::AlignCenter);
    auto *emptyButton = new QPushButton(tr("Lo&g a chat…"), empty);
    emptyButton->setAccessibleName(tr("Log a chat"));
    connect(emptyButton, &QPushButton::clicked, this, [this] { emit logInteractionRequested(0, 0); });
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);

    m_pages->addWidget(m_list);
    m_pages->addWidget(empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);

    auto makeAction = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_list->addAction(action);
        return action;
    };
    m_doneAction = makeAction(tr("&Done"), {QKeySequence(Qt::Key_D)}, [this] { completeSelected(); });
    m_snoozeAction = makeAction(tr("&Snooze…"), {QKeySequence(Qt::Key_S)}, [this] {
        const QRect rect = m_list->visualRect(m_list->currentIndex());
        showSnoozeMenu(m_list->viewport()->mapToGlobal(rect.isValid() ? rect.bottomLeft() : QPoint()));
    });
    m_logAction = makeAction(tr("&Log interaction…"), {QKeySequence(Qt::Key_L)}, [this] {
        const DueItem *item = selectedItem();
        if (!item)
            return;
        if (item->kind == DueItem::Kind::PlannedMeeting || item->kind == DueItem::Kind::MeetingAgenda)
            emit openContactRequested(item->contactId); // the meeting is already in its timeline
        else
            emit logInteractionRequested(item->contactId, item->reminderId.value_or(0));
    });
    m_openAction = makeAction(tr("&Open contact"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}, [this] {
        if (const DueItem *item = selectedItem())
            emit openContactRequested(item->contactId);
    });
    m_dismissAction = makeAction(tr("D&ismiss"), {QKeySequence(Qt::Key_Delete)}, [this] { dismissSelected(); });
    m_declineAction = makeAction(tr("De&clined"), {QKeySequence(Qt::Key_X)}, [this] { declineSelected(); });

    connect(m_model, &TodayModel::modelAboutToBeReset, this, [this] { m_rowBeforeReload = m_list->currentIndex().row(); });
    connect(m_model, &TodayModel::modelReset, this, [this] {
        updatePage();
        restoreSelection();
    });
    updatePage();
    restoreSelection();
    setFocusProxy(m_list);
}

void TodayView::updatePage()
{
    m_title->setText(tr("Today · %1").arg(text::longDate(m_model->today())));
    m_pages->setCurrentIndex(m_model->hasLoaded() && m_model->rowCount() == 0 ? 1 : 0);
}

void TodayView::restoreSelection()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    int row = std::clamp(m_rowBeforeReload, 0, rows - 1);
    // The nearest item at or after the old position, else before it: headings are not items.
    auto isItem = [this](int r) { return m_model->itemAt(m_model->index(r)) != nullptr; };
    int found = -1;
    for (int r = row; r < rows && found < 0; ++r)
        if (isItem(r))
            found = r;
    for (int r = row; r >= 0 && found < 0; --r)
        if (isItem(r))
            found = r;
    if (found >= 0)
        m_list->setCurrentIndex(m_model->index(found));
}

const DueItem *TodayView::selectedItem() const
{
    return m_model->itemAt(m_list->currentIndex());
}

NotebookCommand *TodayView::practiceStep(const DueItem &item, bool declined)
{
    const qint64 id = item.sourceId.value_or(0);
    switch (item.kind) {
    case DueItem::Kind::AskDeadline:
    case DueItem::Kind::AnswerOwed: {
        auto ask = m_notebook.ask(id);
        if (!ask) {
            ErrorDialog::show(this, tr("Could not read the ask"), ask.error());
            return nullptr;
        }
        const AskState to = item.kind == DueItem::Kind::AnswerOwed ? (declined ? AskState::Declined : AskState::Answered)
                                                                   : (declined ? AskState::Withdrawn : AskState::Done);
        return AskCommand::move(m_notebook, *ask, to);
    }
    case DueItem::Kind::IntroNextStep:
    case DueItem::Kind::IntroChase:
    case DueItem::Kind::IntroFollowUp: {
        if (declined && item.kind != DueItem::Kind::IntroChase)
            return nullptr;
        auto introduction = m_notebook.introduction(id);
        if (!introduction) {
            ErrorDialog::show(this, tr("Could not read the introduction"), introduction.error());
            return nullptr;
        }
        return IntroductionCommand::advance(m_notebook, *introduction, declined);
    }
    case DueItem::Kind::ThankYou: {
        if (declined)
            return nullptr;
        auto advice = m_notebook.advice(id);
        if (!advice) {
            ErrorDialog::show(this, tr("Could not read the advice"), advice.error());
            return nullptr;
        }
        return AdviceCommand::reportBack(m_notebook, *advice);
    }
    default: return nullptr;
    }
}

bool TodayView::canDecline(const DueItem &item)
{
    return item.kind == DueItem::Kind::IntroChase || item.kind == DueItem::Kind::AnswerOwed;
}

void TodayView::declineSelected()
{
    const DueItem *item = selectedItem();
    if (!item || !canDecline(*item))
        return;
    const QString reason = item->reason;
    if (NotebookCommand *command = practiceStep(*item, true); command && NotebookCommand::execute(m_undoStack, command, this))
        emit statusMessage(tr("Declined · %1 · Ctrl+Z to undo").arg(reason));
}

void TodayView::completeSelected()
{
    const DueItem *item = selectedItem();
    if (!item)
        return;
    if (item->kind == DueItem::Kind::PlannedMeeting || item->kind == DueItem::Kind::MeetingAgenda) {
        emit openContactRequested(item->contactId); // the agenda is written in the meeting itself
        return;
    }
    if (isPracticeItem(item->kind)) {
        const QString reason = item->reason;
        NotebookCommand *command = practiceStep(*item, false);
        if (command && NotebookCommand::execute(m_undoStack, command, this))
            emit statusMessage(tr("Done · %1 · Ctrl+Z to undo").arg(reason));
        return;
    }
    const QString name = item->contactName;
    NotebookCommand *command = nullptr;
    if (item->kind == DueItem::Kind::ImportantDate)
        command = DateReminderCommand::complete(m_notebook, item->sourceId.value_or(0), item->due, name);
    else if (item->reminderId)
        command = ReminderCommand::complete(m_notebook, *item->reminderId, name);
    else
        command = NudgeCommand::complete(m_notebook, item->contactId, name);
    if (NotebookCommand::execute(m_undoStack, command, this))
        emit statusMessage(tr("Done · %1").arg(name));
}

void TodayView::dismissSelected()
{
    const DueItem *item = selectedItem();
    if (!item || !item->reminderId || isPracticeItem(item->kind))
        return;
    const QString name = item->contactName;
    const QString reason = item->reason;
    if (NotebookCommand::execute(m_undoStack, ReminderCommand::dismiss(m_notebook, *item->reminderId, name), this))
        emit statusMessage(tr("Dismissed “%1” with %2").arg(reason, name));
}

void TodayView::snoozeSelected(int days)
{
    snoozeSelectedUntil(m_notebook.today().addDays(days));
}

void TodayView::snoozeSelectedUntil(QDate date)
{
    const DueItem *item = selectedItem();
    if (!item || !date.isValid() || isPracticeItem(item->kind))
        return;
    const QString name = item->contactName;
    const int days = int(m_notebook.today().daysTo(date));
    NotebookCommand *command = nullptr;
    if (item->kind == DueItem::Kind::ImportantDate)
        command = DateReminderCommand::snooze(m_notebook, item->sourceId.value_or(0), item->due, name, date);
    else if (item->reminderId)
        command = days >= 1 && days <= limits::maxDays ? ReminderCommand::snooze(m_notebook, *item->reminderId, name, days)
                                                       : ReminderCommand::reschedule(m_notebook, *item->reminderId, name, date);
    else
        command = NudgeCommand::snooze(m_notebook, item->contactId, name, date);
    if (NotebookCommand::execute(m_undoStack, command, this))
        emit statusMessage(tr("Snoozed %1 until %2").arg(name, text::shortDate(date, m_notebook.today())));
}

void TodayView::onDelegateAction(const QModelIndex &index, TodayDelegate::Action action, const QPoint &anchor)
{
    m_list->setCurrentIndex(index);
    switch (action) {
    case TodayDelegate::Action::Done: m_doneAction->trigger(); break;
    case TodayDelegate::Action::Snooze: showSnoozeMenu(anchor); break;
    case TodayDelegate::Action::Log: m_logAction->trigger(); break;
    case TodayDelegate::Action::Open: m_openAction->trigger(); break;
    case TodayDelegate::Action::Declined: m_declineAction->trigger(); break;
    }
}

void TodayView::showSnoozeMenu(const QPoint &globalPosition)
{
    if (!selectedItem() || isPracticeItem(selectedItem()->kind))
        return;
    SnoozeMenu menu(this);
    connect(&menu, &SnoozeMenu::snoozeForDays, this, &TodayView::snoozeSelected);
    connect(&menu, &SnoozeMenu::pickDateRequested, this, &TodayView::pickSnoozeDate);
    menu.exec(globalPosition);
}

void TodayView::pickSnoozeDate()
{
    const DueItem *item = selectedItem();
    if (!item)
        return;
    const QDate date = DatePickerDialog::pick(m_notebook.today(), m_notebook.today().addDays(7), this);
    if (date.isValid())
        snoozeSelectedUntil(date);
}

void TodayView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (!m_model->itemAt(index))
        return;
    m_list->setCurrentIndex(index);
    QMenu menu(this);
    const DueItem::Kind kind = selectedItem()->kind;
    if (!isPracticeItem(kind)) {
        menu.addAction(m_doneAction);
        auto *snooze = new SnoozeMenu(&menu);
        connect(snooze, &SnoozeMenu::snoozeForDays, this, &TodayView::snoozeSelected);
        connect(snooze, &SnoozeMenu::pickDateRequested, this, &TodayView::pickSnoozeDate);
        menu.addMenu(snooze);
        if (selectedItem()->reminderId)
            menu.addAction(m_dismissAction);
        menu.addSeparator();
    } else if (kind != DueItem::Kind::PlannedMeeting && kind != DueItem::Kind::MeetingAgenda) {
        QAction *step = menu.addAction(kind == DueItem::Kind::AnswerOwed ? tr("&Answered")
                                       : kind == DueItem::Kind::IntroChase ? tr("&Agreed") : tr("&Done"));
        step->setShortcut(m_doneAction->shortcut());
        connect(step, &QAction::triggered, m_doneAction, &QAction::trigger);
        if (canDecline(*selectedItem()))
            menu.addAction(m_declineAction);
        menu.addSeparator();
    }
    if (kind != DueItem::Kind::PlannedMeeting && kind != DueItem::Kind::MeetingAgenda)
        menu.addAction(m_logAction);
    menu.addAction(m_openAction);
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

} // namespace tend::gui
