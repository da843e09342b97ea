// tend_docgen: writes the files that are generated from tend's command table at build time.
//   tend_docgen man VERSION RELEASE_DATE OUTPUT     the manual page tend.1
//   tend_docgen bash OUTPUT                         the bash completion script
#include "cli/BashCompletion.h"
#include "cli/CommandTable.h"
#include "cli/ManPage.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int write(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        std::fprintf(stderr, "tend_docgen: cannot write %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const tend::cli::CommandTable table;
    if (arguments.size() == 4 && arguments.at(0) == u"man")
        return write(arguments.at(3), tend::cli::manPage(table, {arguments.at(1), arguments.at(2)}));
    if (arguments.size() == 2 && arguments.at(0) == u"bash")
        return write(arguments.at(1), tend::cli::bashCompletion(table));
    std::fputs("usage: tend_docgen man VERSION RELEASE_DATE OUTPUT | tend_docgen bash OUTPUT\n", stderr);
    return 2;
}
