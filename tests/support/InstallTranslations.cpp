// Linked into every test executable (cmake/TendTest.cmake): like `tend` itself, each suite speaks
// the language of its locale, which CTest sets (C.UTF-8: English, with its plural forms).
#include "Translations.h"

#include <QCoreApplication>

namespace {
void installTranslations()
{
    tend::i18n::installTranslations();
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(installTranslations)
