#include "views/PracticePanel.h"

#include "DisplayText.h"
#include "Notebook.h"
#include "commands/AdviceCommand.h"
#include "commands/AskCommand.h"
#include "commands/IntroductionCommand.h"
#include "practice/AskRules.h"
#include "practice/IntroductionFlow.h"

#include <QAction>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {
constexpr int visibleRowsAtMost = 6;
}

PracticePanel::PracticePanel(Notebook &notebook, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_notebook(notebook), m_undoStack(undoStack), m_title(new QLabel(tr("Asks, introductions and advice"), this)),
      m_list(new QListWidget(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_list->setAccessibleName(tr("Asks, introductions and advice"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setWordWrap(true);
    m_list->setFrameShape(QFrame::StyledPanel);
    m_list->setToolTip(tr("Enter or double-click takes the next step; right-click for the others"));
    connect(m_list, &QListWidget::customContextMenuRequested, this, &PracticePanel::showContextMenu);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { takeStepInteractively(m_list->row(item), 0); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    hide();
}

void PracticePanel::showContact(qint64 contactId)
{
    m_contactId = contactId;
    const int currentRow = m_list->currentRow();
    m_list->clear();
    m_steps.clear();
    addAsks();
    addIntroductionsMade();
    addIntroductionsReceived();
    addAdvice();
    setVisible(m_list->count() > 0);
    if (m_list->count() == 0)
        return;
    m_list->setCurrentRow(qBound(0, currentRow, m_list->count() - 1));
    int height = 2 * m_list->frameWidth();
    for (int row = 0; row < qMin(m_list->count(), visibleRowsAtMost); ++row)
        height += m_list->sizeHintForRow(row);
    m_list->setFixedHeight(height);
}

QString PracticePanel::text() const
{
    QStringList lines;
    for (int row = 0; row < m_list->count(); ++row)
        lines.append(m_list->item(row)->text());
    return lines.join(u'\n');
}

QStringList PracticePanel::stepsOf(int row) const
{
    QStringList labels;
    if (row >= 0 && row < int(m_steps.size()))
        for (const Step &step : m_steps[row])
            labels.append(step.label);
    return labels;
}

bool PracticePanel::takeStep(int row, int step, const QString &outcome)
{
    if (row < 0 || row >= int(m_steps.size()) || step < 0 || step >= int(m_steps[row].size()))
        return false;
    NotebookCommand *command = m_steps[row][step].command(outcome);
    if (!command)
        return false;
    const QString text = command->text();
    if (!NotebookCommand::execute(m_undoStack, command, this))
        return false;
    emit statusMessage(tr("%1 · Ctrl+Z to undo").arg(text));
    return true;
}

void PracticePanel::takeStepInteractively(int row, int step)
{
    if (row < 0 || row >= int(m_steps.size()) || step < 0 || step >= int(m_steps[row].size()))
        return;
    QString outcome;
    if (m_steps[row][step].asksForOutcome) {
        bool ok = false;
        outcome = QInputDialog::getMultiLineText(this, tr("Acted on the advice"),
                                                 tr("What came of it? Tend then reminds you to tell them."), {}, &ok);
        if (!ok)
            return;
    }
    takeStep(row, step, outcome);
}

void PracticePanel::showContextMenu(const QPoint &position)
{
    const int row = m_list->row(m_list->itemAt(position));
    if (row < 0 || m_steps[row].empty())
        return;
    QMenu menu(this);
    for (int step = 0; step < int(m_steps[row].size()); ++step)
        connect(menu.addAction(m_steps[row][step].label), &QAction::triggered, this, [this, row, step] { takeStepInteractively(row, step); });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void PracticePanel::addRow(const QString &text, std::vector<Step> steps)
{
    auto *item = new QListWidgetItem(text, m_list); // plain text: QListWidget never reads markup
    if (steps.empty())
        item->setForeground(palette().placeholderText());
    m_steps.push_back(std::move(steps));
}

void PracticePanel::addAsks()
{
    PracticeFilter filter;
    filter.contactId = m_contactId;
    filter.openOnly = true;
    auto asks = m_notebook.asks(filter);
    if (!asks)
        return;
    for (const Ask &ask : std::as_const(*asks)) {
        const bool theirs = ask.direction == AskDirection::Theirs;
        QString text = theirs ? tr("They asked: %1").arg(ask.text) : tr("You asked: %1").arg(ask.text);
        if (ask.deadline.isValid())
            text = tr("%1 · by %2").arg(text, text::shortDate(ask.deadline, m_notebook.today()));
        text = tr("%1 · %2").arg(text, displayName(ask.state));

        const QList<std::pair<AskState, QString>> targets =
            theirs ? QList<std::pair<AskState, QString>>{{AskState::Answered, tr("Mark &answered")},
                                                         {AskState::Done, tr("Mark d&one")},
                                                         {AskState::Declined, tr("Mark &declined")}}
                   : QList<std::pair<AskState, QString>>{{AskState::Done, tr("Mark d&one")},
                                                         {AskState::Answered, tr("Mark &answered")},
                                                         {AskState::Declined, tr("Mark &declined")},
                                                         {AskState::Withdrawn, tr("Mark &withdrawn")}};
        std::vector<Step> steps;
        for (const auto &[to, label] : targets)
            if (practice::canMove(ask.state, to))
                steps.push_back({label, false, [this, ask, to](const QString &) { return AskCommand::move(m_notebook, ask, to); }});
        addRow(text, std::move(steps));
    }
}

void PracticePanel::addIntroductionsMade()
{
    PracticeFilter filter;
    filter.contactId = m_contactId;
    auto introductions = m_notebook.introductions(filter);
    if (!introductions)
        return;
    for (const Introduction &introduction : std::as_const(*introductions)) {
        const ContactRef &other = introduction.first.id == m_contactId ? introduction.second : introduction.first;
        std::vector<Step> steps;
        if (auto next = practice::planNextStep(introduction, false))
            steps.push_back({tr("&Next step: %1").arg(text::literalAmpersands(next->summary)), false,
                             [this, introduction](const QString &) { return IntroductionCommand::advance(m_notebook, introduction, false); }});
        if (const auto asked = practice::awaitingAnswerFrom(introduction)) {
            const QString name = *asked == introduction.first.id ? introduction.first.name : introduction.second.name;
            steps.push_back({tr("%1 &declined").arg(text::literalAmpersands(name)), false,
                             [this, introduction](const QString &) { return IntroductionCommand::advance(m_notebook, introduction, true); }});
        }
        addRow(tr("Introduction to %1 · %2").arg(other.name, practice::describeState(introduction)), std::move(steps));
    }
}

void PracticePanel::addIntroductionsReceived()
{
    auto received = m_notebook.introductionsReceivedFrom(m_contactId);
    if (!received)
        return;
    for (const Interaction &introduction : std::as_const(*received)) {
        const QString when = text::shortDate(introduction.date, m_notebook.today());
        addRow(introduction.summary.isEmpty() ? tr("They introduced you · %1").arg(when)
                                              : tr("They introduced you: %1 · %2").arg(introduction.summary, when),
               {});
    }
}

void PracticePanel::addAdvice()
{
    PracticeFilter filter;
    filter.contactId = m_contactId;
    auto advice = m_notebook.adviceItems(filter);
    if (!advice)
        return;
    for (const AdviceItem &item : std::as_const(*advice)) {
        QString text = tr("Advice: %1 · %2").arg(item.text, displayName(item.state));
        if (!item.outcome.isEmpty())
            text = tr("%1: %2").arg(text, item.outcome);
        std::vector<Step> steps;
        if (item.state == AdviceState::Open)
            steps.push_back({tr("&Acted on…"), true,
                             [this, item](const QString &outcome) { return AdviceCommand::actedOn(m_notebook, item, outcome); }});
        else if (item.state == AdviceState::ActedOn)
            steps.push_back({tr("&Reported back"), false, [this, item](const QString &) { return AdviceCommand::reportBack(m_notebook, item); }});
        addRow(text, std::move(steps));
    }
}

} // namespace tend::gui
