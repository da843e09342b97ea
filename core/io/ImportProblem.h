#pragma once

#include <QList>
#include <QString>

namespace tend::io {

// Something wrong with one record of a file, and where: the importers' per-record report.
struct ImportProblem
{
    enum class Severity {
        Warning, // the record was read, but a value was dropped or guessed
        Skipped, // the record was left out
    };

    Severity severity = Severity::Warning;
    int line = 0;    // the physical line in the file, from 1; 0 when it does not apply
    QString field;   // "NOTE", "Connected On"...; may be empty
    QString message; // translated, without the location

    // "contacts.vcf: line 212 (NOTE): QUOTED-PRINTABLE sequence '=G1' is not hexadecimal"
    QString describe(const QString &fileName = {}) const;

    static ImportProblem warning(int line, const QString &field, const QString &message)
    {
        return {Severity::Warning, line, field, message};
    }
    static ImportProblem skipped(int line, const QString &field, const QString &message)
    {
        return {Severity::Skipped, line, field, message};
    }
};

qsizetype countSkipped(const QList<ImportProblem> &problems);

} // namespace tend::io
