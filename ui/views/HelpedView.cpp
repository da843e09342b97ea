#include "views/HelpedView.h"

#include "DisplayText.h"
#include "models/HelpedModel.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {
// The rows the Gave/Received columns are fitted to: about a screenful (see the constructor).
constexpr int rowsFittedTo = 100;
} // namespace

HelpedView::HelpedView(Notebook &notebook, QWidget *parent)
    : QWidget(parent), m_model(new HelpedModel(notebook, this)), m_periods(new QButtonGroup(this)),
      m_summary(new QLabel(this)), m_table(new QTableView(this))
{
    auto *title = new QLabel(tr("Helped lately"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    title->setFont(titleFont);

    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(title);
    periodRow->addStretch(1);
    periodRow->addWidget(new QLabel(tr("Period:"), this));
    const QList<std::pair<int, QString>> periods{{30, tr("3&0 days")}, {90, tr("&90 days")}, {365, tr("&365 days")}};
    for (const auto &[days, label] : periods) {
        auto *button = new QRadioButton(label, this);
        button->setAccessibleName(tr("Last %Ln day(s)", nullptr, days));
        m_periods->addButton(button, days);
        periodRow->addWidget(button);
    }
    m_periods->button(30)->setChecked(true);
    connect(m_periods, &QButtonGroup::idToggled, this, [this](int days, bool checked) {
        if (checked)
            m_model->setPeriod(days);
    });

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Balance"));

    // Header clicks sort a proxy; until then the rows keep the notebook's order (latest give first).
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(HelpedModel::SortRole);
    sorted->setSortLocaleAware(true);
    sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(sorted);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(u"Received"_s) / 2);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(HelpedModel::NameColumn, QHeaderView::Stretch);
    for (int column = HelpedModel::GaveColumn; column < HelpedModel::ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Fit the columns to about a screenful of rows, not to the first thousand: with ten thousand
    // people arriving in batches, measuring a thousand rows after each batch stalled the window.
    // Not 0 ("the rows on screen") either: a hidden table has none on screen, so Qt measures every
    // row, and hiding the page while a fit is pending (leaving Helped just as it loaded) froze the
    // window for two seconds.
    m_table->horizontalHeader()->setResizeContentsPrecision(rowsFittedTo);
    m_table->setAccessibleName(tr("People you helped and who helped you"));
    m_table->setTabKeyNavigation(false);
    auto open = [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            emit openContactRequested(current.data(HelpedModel::ContactIdRole).toLongLong());
    };
    connect(m_table, &QTableView::doubleClicked, this, open);
    auto *openAction = new QAction(tr("Open the contact"), this);
    openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    openAction->setShortcutContext(Qt::WidgetShortcut);
    connect(openAction, &QAction::triggered, this, open);
    m_table->addAction(openAction);

    connect(m_model, &HelpedModel::modelReset, this, &HelpedView::updateSummary);
    connect(m_model, &HelpedModel::rowsInserted, this, &HelpedView::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(periodRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    updateSummary();
}

void HelpedView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setPaused(false);
}

void HelpedView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setPaused(true);
}

void HelpedView::setPeriod(int days)
{
    if (QAbstractButton *button = m_periods->button(days))
        button->setChecked(true);
}

int HelpedView::period() const
{
    return m_model->period();
}

void HelpedView::updateSummary()
{
    const int gave = m_model->totalGave();
    const int received = m_model->totalReceived();
    const int people = m_model->rowCount();
    QString text;
    if (people == 0)
        text = tr("Nothing logged in the last %Ln day(s).", nullptr, m_model->period());
    else {
        text = tr("In the last %Ln day(s) you gave %1 and received %2, across %3.", nullptr, m_model->period())
                   .arg(tr("%Ln time(s)", "how often", gave), tr("%Ln time(s)", "how often", received),
                        tr("%Ln person(s)", nullptr, people));
        if (gave > received * 2)
            text += u' ' + tr("You give far more than you receive — who could help you?");
        else if (received > gave * 2)
            text += u' ' + tr("You receive far more than you give — who could you help?");
        else
            text += u' ' + tr("A healthy balance.");
    }
    m_summary->setText(text);
}

} // namespace tend::gui
