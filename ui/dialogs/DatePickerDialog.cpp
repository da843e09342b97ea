#include "dialogs/DatePickerDialog.h"

#include "model/Validation.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace tend::gui {

DatePickerDialog::DatePickerDialog(QDate today, QDate initial, QWidget *parent)
    : QDialog(parent), m_calendar(new QCalendarWidget(this))
{
    setWindowTitle(tr("Snooze until"));
    m_calendar->setMinimumDate(today.addDays(1));
    m_calendar->setMaximumDate(today.addDays(limits::maxDays));
    m_calendar->setSelectedDate(initial.isValid() && initial > today ? initial : today.addDays(1));
    m_calendar->setGridVisible(false);
    m_calendar->setAccessibleName(tr("Snooze until"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_calendar, &QCalendarWidget::activated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_calendar);
    layout->addWidget(buttons);
    m_calendar->setFocus();
}

QDate DatePickerDialog::selectedDate() const
{
    return m_calendar->selectedDate();
}

QDate DatePickerDialog::pick(QDate today, QDate initial, QWidget *parent)
{
    DatePickerDialog dialog(today, initial, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedDate() : QDate();
}

} // namespace tend::gui
