#pragma once

#include "model/Practice.h"

#include <QJsonObject>

// The --json shapes of asks, introductions and advice (their keys as model/Practice stores them).
namespace tend::cli::json {

QJsonObject ask(const Ask &ask);
QJsonObject introduction(const Introduction &introduction); // with its steps when read with them
QJsonObject advice(const AdviceItem &item);

} // namespace tend::cli::json
