#pragma once

#include "model/Vocabulary.h"

#include <QStringList>

// The word pools the demo network is drawn from: names, organisations, titles and the phrases
// people really write after a coffee chat.
namespace tend::demo {

const QStringList &firstNames();
const QStringList &lastNames();
// Whole names that exercise storage and display: accents, emoji, right-to-left scripts, CJK.
const QStringList &specialNames();
const QStringList &organisations();
const QStringList &titlesFor(Role role);
const QStringList &metViaDetails(MetVia metVia);
const QStringList &contactNotes();
const QStringList &summariesFor(InteractionKind kind);
const QStringList &interactionNotes();
const QStringList &agendas();
const QStringList &manualReminderReasons();

} // namespace tend::demo
