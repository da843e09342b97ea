#pragma once

#include <QCoreApplication>

namespace tend::cli {

// The translation context of everything the command line says: CliText::tr("No contacts.").
// Option names, command words, metavariables (CONTACT, DAYS) and the stored keys a user types
// (mentor, coffee) stay as they are in every language, and so does JSON.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(tend::cli)
};

} // namespace tend::cli
