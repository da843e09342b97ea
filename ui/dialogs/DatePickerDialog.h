#pragma once

#include <QDate>
#include <QDialog>

class QCalendarWidget;

namespace tend::gui {

// "Pick a date…" for snoozing: a calendar starting tomorrow.
class DatePickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatePickerDialog)
public:
    DatePickerDialog(QDate today, QDate initial, QWidget *parent = nullptr);
    QDate selectedDate() const;

    // Shows the dialog; an invalid date when cancelled.
    static QDate pick(QDate today, QDate initial, QWidget *parent);

private:
    QCalendarWidget *m_calendar;
};

} // namespace tend::gui
