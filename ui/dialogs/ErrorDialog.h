#pragma once

#include "util/Error.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace tend::gui {

// Tells the user what went wrong and what they can do about it. Core errors are already
// written for people; this adds the advice that depends on the kind of failure.
class ErrorDialog final
{
    Q_DECLARE_TR_FUNCTIONS(tend::gui::ErrorDialog)
public:
    static void show(QWidget *parent, const QString &whatFailed, const Error &error);
    static QString advice(const Error &error);
};

} // namespace tend::gui
