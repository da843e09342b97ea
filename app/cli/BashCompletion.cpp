#include "cli/BashCompletion.h"

#include "cli/CommandTable.h"
#include "cli/GlobalOptions.h"
#include "model/Vocabulary.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tend::cli {
namespace {

QString words(const QStringList &list)
{
    return list.join(u' ');
}

QString roleKeys()
{
    QStringList keys;
    for (Role role : allRoles())
        keys.append(toKey(role));
    return words(keys);
}

QString kindKeys()
{
    QStringList keys;
    for (InteractionKind kind : allInteractionKinds())
        keys.append(toKey(kind));
    return words(keys);
}

QString directionKeys()
{
    QStringList keys;
    for (Direction direction : allDirections())
        keys.append(toKey(direction));
    return words(keys);
}

QString metViaKeys()
{
    QStringList keys;
    for (MetVia metVia : allMetVia())
        keys.append(toKey(metVia));
    keys.append(u"none"_s); // clears it (cli/ContactOptions)
    return words(keys);
}

// What a value is, from the name that help texts give it: "ROLE", "KIND", "PATH"…
QString valueClass(const QString &valueName)
{
    if (valueName == u"ROLE")
        return u"role"_s;
    if (valueName == u"KIND")
        return u"kind"_s;
    if (valueName == u"DIR")
        return u"direction"_s;
    if (valueName == u"HOW")
        return u"met-via"_s;
    if (valueName == u"PATH" || valueName == u"FILE")
        return u"file"_s;
    if (valueName == u"YYYY-MM-DD")
        return u"date"_s;
    return {};
}

// The positional arguments a synopsis names, in order: "KIND CONTACT… [--date …]" → KIND, CONTACT.
QStringList positionalNames(const QString &synopsis)
{
    static const QRegularExpression token(u"^[\\[(]?([A-Z][A-Z-]*)(…)?[\\])]?$"_s);
    QStringList names;
    for (const QString &part : synopsis.split(u' ', Qt::SkipEmptyParts)) {
        const auto match = token.match(part);
        if (part.startsWith(u"[-") || part.startsWith(u"(-") || part.startsWith(u'-'))
            continue;
        if (match.hasMatch())
            names.append(match.captured(1));
    }
    return names;
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

} // namespace

QString bashCompletion(const CommandTable &table)
{
    QString commandList;
    QString optionCases;
    QString valueOptionCases;
    QString positionalCases;
    for (const Command &command : table.commands()) {
        const QString name = words(command.words);
        commandList += u"    "_s + quoted(name) + u'\n';
        QStringList options;
        QStringList valueOptions;
        for (const OptionSpec &option : command.options + commonOptionSpecs()) {
            options.append(u"--"_s + option.name);
            if (option.takesValue())
                valueOptions.append(u"--"_s + option.name);
        }
        optionCases += u"        %1) echo %2 ;;\n"_s.arg(quoted(name), quoted(words(options)));
        valueOptionCases += u"        %1) echo %2 ;;\n"_s.arg(quoted(name), quoted(words(valueOptions)));
        QStringList classes;
        for (const QString &positional : positionalNames(command.synopsis))
            classes.append(valueClass(positional).isEmpty() ? u"-"_s : valueClass(positional));
        if (!classes.isEmpty())
            positionalCases += u"        %1) echo %2 ;;\n"_s.arg(quoted(name), quoted(words(classes)));
    }

    QString optionClasses;
    QSet<QString> seen;
    for (const Command &command : table.commands()) {
        for (const OptionSpec &option : command.options + commonOptionSpecs() + globalOptionSpecs()) {
            const QString cls = valueClass(option.valueName);
            if (!option.takesValue() || cls.isEmpty() || seen.contains(option.name))
                continue;
            seen.insert(option.name);
            optionClasses += u"        --%1) echo %2 ;;\n"_s.arg(option.name, cls);
        }
    }

    QStringList globalOptions;
    QStringList globalValueOptions;
    for (const OptionSpec &option : globalOptionSpecs()) {
        globalOptions.append(u"--"_s + option.name);
        if (option.takesValue())
            globalValueOptions.append(u"--"_s + option.name);
    }

    QString out;
    out += u"# bash completion for tend, generated from its command table by tend_docgen; do not edit.\n\n"_s;
    out += u"_tend_global_options=%1\n"_s.arg(quoted(words(globalOptions)));
    out += u"_tend_global_value_options=%1\n"_s.arg(quoted(words(globalValueOptions)));
    out += u"_tend_commands=(\n"_s + commandList + u")\n\n"_s;
    out += u"_tend_command_options() {\n    case \"$1\" in\n"_s + optionCases + u"    esac\n}\n\n"_s;
    out += u"_tend_command_value_options() {\n    case \"$1\" in\n"_s + valueOptionCases + u"    esac\n}\n\n"_s;
    out += u"_tend_positional_classes() {\n    case \"$1\" in\n"_s + positionalCases + u"    esac\n}\n\n"_s;
    out += u"_tend_option_class() {\n    case \"$1\" in\n"_s + optionClasses + u"    esac\n}\n\n"_s;
    out += u"_tend_values() {\n    case \"$1\" in\n"_s;
    out += u"        role) echo %1 ;;\n"_s.arg(quoted(roleKeys()));
    out += u"        kind) echo %1 ;;\n"_s.arg(quoted(kindKeys()));
    out += u"        direction) echo %1 ;;\n"_s.arg(quoted(directionKeys()));
    out += u"        met-via) echo %1 ;;\n"_s.arg(quoted(metViaKeys()));
    out += u"        date) date +%F ;;\n"_s;
    out += u"    esac\n}\n\n"_s;
    out += uR"BASH(_tend_complete_class() {
    local class=$1 cur=$2
    if [[ $class == file ]]; then
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    elif [[ -n $class && $class != - ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_tend_values "$class")" -- "$cur")
    fi
}

_tend() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    local -a typed=("${COMP_WORDS[@]:1:COMP_CWORD-1}")
    COMPREPLY=()

    # Global options come first; those that take a value swallow the next word.
    local i=0
    while (( i < ${#typed[@]} )) && [[ ${typed[i]} == -* ]]; do
        case " $_tend_global_value_options " in *" ${typed[i]} "*) (( i++ )) ;; esac
        (( i++ ))
    done
    local -a rest=("${typed[@]:i}")

    # The longest command whose words begin what was typed.
    local command="" best=0 candidate
    for candidate in "${_tend_commands[@]}"; do
        local -a parts=($candidate)
        if (( ${#parts[@]} <= ${#rest[@]} && ${#parts[@]} > best )) &&
           [[ "${rest[*]:0:${#parts[@]}}" == "$candidate" ]]; then
            command=$candidate
            best=${#parts[@]}
        fi
    done

    if [[ -z $command ]]; then
        if [[ ${#rest[@]} -eq 0 && $prev == --* ]] && [[ " $_tend_global_value_options " == *" $prev "* ]]; then
            _tend_complete_class "$(_tend_option_class "$prev")" "$cur"
        elif [[ ${#rest[@]} -eq 0 && $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$_tend_global_options" -- "$cur")
        else
            # The next word of every command that begins with what was typed.
            local -a next=()
            local typedWords="${rest[*]}"
            for candidate in "${_tend_commands[@]}"; do
                local -a parts=($candidate)
                if (( ${#parts[@]} > ${#rest[@]} )) &&
                   [[ "${parts[*]:0:${#rest[@]}}" == "$typedWords" ]]; then
                    next+=("${parts[${#rest[@]}]}")
                fi
            done
            mapfile -t COMPREPLY < <(compgen -W "${next[*]}" -- "$cur" | sort -u)
        fi
        return 0
    fi

    local valueOptions=" $(_tend_command_value_options "$command") "
    if [[ $prev == --* && $valueOptions == *" $prev "* ]]; then
        _tend_complete_class "$(_tend_option_class "$prev")" "$cur"
        return 0
    fi
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_tend_command_options "$command")" -- "$cur")
        return 0
    fi

    # Which positional argument the cursor is on: words after the command, options skipped.
    local position=0 j
    for (( j = best; j < ${#rest[@]}; j++ )); do
        if [[ ${rest[j]} == --* ]]; then
            [[ $valueOptions == *" ${rest[j]} "* ]] && (( j++ ))
        else
            (( position++ ))
        fi
    done
    local -a classes=($(_tend_positional_classes "$command"))
    if (( ${#classes[@]} > 0 )); then
        local last=$(( ${#classes[@]} - 1 ))
        (( position > last )) && position=$last
        _tend_complete_class "${classes[position]}" "$cur"
    fi
    return 0
}

complete -F _tend tend
)BASH"_s;
    return out;
}

} // namespace tend::cli
