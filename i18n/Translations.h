#pragma once

#include <QLocale>

// Tend's languages: its own messages embedded as :/i18n/tend_<lang>.qm, Qt's from the system.
namespace tend::i18n {

// Installs the translations for `locale` into the running Q(Core)Application, which owns them:
// - tend_en always, at the bottom: the English plural forms ("1 day", "5 days") of %n messages;
// - Tend's translation for the locale's languages when there is one (tend_de for de_DE), and with
//   it Qt's own (qtbase_de from QLibraryInfo::TranslationsPath, when the system has it), so
//   standard buttons and dialogs speak the same language as the rest.
// QLocale::system() reads LC_ALL, LC_MESSAGES, LANG and LANGUAGE, so no generated glibc locale is
// needed; the C/POSIX locale is English. Returns the language Tend speaks, e.g. "de" or "en".
QString installTranslations(const QLocale &locale = QLocale::system());

} // namespace tend::i18n
