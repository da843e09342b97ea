#include "io/ImportProblem.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::io {
namespace {

struct IoText
{
    Q_DECLARE_TR_FUNCTIONS(tend::io)
};

} // namespace


QString ImportProblem::describe(const QString &fileName) const
{
    QString where;
    if (line > 0 && !field.isEmpty())
        where = IoText::tr("line %1 (%2)").arg(line).arg(field);
    else if (line > 0)
        where = IoText::tr("line %1").arg(line);
    else
        where = field;
    QString text = where.isEmpty() ? message : where + u": "_s + message;
    return fileName.isEmpty() ? text : fileName + u": "_s + text;
}

qsizetype countSkipped(const QList<ImportProblem> &problems)
{
    return std::count_if(problems.cbegin(), problems.cend(),
                         [](const ImportProblem &p) { return p.severity == ImportProblem::Severity::Skipped; });
}

} // namespace tend::io
