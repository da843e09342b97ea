#pragma once

#include "model/Vocabulary.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

// Turns argument text into domain values; every error names the option and lists what is valid.
namespace tend::cli::values {

Result<QList<Role>> roles(const QStringList &texts, const QString &option = QStringLiteral("--role"));
Result<InteractionKind> interactionKind(const QString &text);
Result<Direction> direction(const QString &text);
Result<MetVia> metVia(const QString &text);
// A reminder id as typed in `done 12`.
Result<qint64> reminderId(const QString &text);
// A whole number in [minimum, maximum] for sizes such as --contacts.
Result<int> count(const QString &text, const QString &option, int minimum, int maximum);

} // namespace tend::cli::values
