#pragma once

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tend::cli {

// One --option a command accepts.
struct OptionSpec
{
    QString name;       // without the dashes: "role"
    QString valueName;  // "ROLE"; empty for a flag that takes no value
    QString help;
    bool repeatable = false;

    bool takesValue() const { return !valueName.isEmpty(); }
};

// What the user typed for one command: its positional words and its options.
class ParsedArguments
{
public:
    QStringList positionals;

    bool isSet(const QString &name) const { return m_values.contains(name); }
    // The value of a single-valued option; an empty string when absent.
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    // Every value of a repeatable option, in the order given.
    QStringList values(const QString &name) const { return m_values.value(name); }

    void add(const QString &name, const QString &value) { m_values[name].append(value); }

private:
    QHash<QString, QStringList> m_values;
};

// Splits `tokens` into options (--name VALUE, --name=VALUE, flags) and positionals. A token after
// "--" is always positional. Unknown options, missing values and repeated single options are
// usage errors.
Result<ParsedArguments> parseArguments(const QStringList &tokens, const QList<OptionSpec> &specs);

} // namespace tend::cli
