#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace tend::i18n {
namespace {

Q_LOGGING_CATEGORY(lcI18n, "tend.i18n")

const QString resourceFolder = u":/i18n"_s;

// A translator for `locale` from `folder`, installed and owned by the application; null when
// no file fits.
QTranslator *install(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, u"_"_s, folder)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    qCDebug(lcI18n) << "loaded" << translator->filePath();
    return translator;
}

} // namespace

QString installTranslations(const QLocale &locale)
{
    Q_ASSERT(QCoreApplication::instance());
    const QLocale english(QLocale::English);
    install(english, u"tend"_s, resourceFolder);
    if (locale.language() == QLocale::C)
        return u"en"_s;

    QTranslator *tend = install(locale, u"tend"_s, resourceFolder);
    if (tend && tend->language().startsWith(u"en"_s)) { // tend_en again: it is installed already
        QCoreApplication::removeTranslator(tend);
        delete tend;
        tend = nullptr;
    }
    if (!tend)
        return u"en"_s; // no translation: all of Tend stays English, Qt's dialogs too
    const QLocale spoken(tend->language());
    if (!install(spoken, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qCDebug(lcI18n) << "no Qt translation for" << spoken.name() << "in"
                        << QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    return tend->language().section(u'_', 0, 0);
}

} // namespace tend::i18n
