#include "model/Tags.h"

#include "model/TextKey.h"

#include <QCoreApplication>
#include <QSet>

namespace tend {
namespace {

struct TagText
{
    Q_DECLARE_TR_FUNCTIONS(tend::Tags)
};

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

QStringList normalisedTags(const QStringList &tags)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &tag : tags) {
        const QString name = tag.simplified();
        if (name.isEmpty())
            continue;
        const QString key = textKey(name);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        result.append(name);
    }
    return result;
}

Status checkTag(const QString &tag)
{
    const QString name = tag.simplified();
    if (name.isEmpty() || textKey(name).isEmpty())
        return Error::invalid(TagText::tr("A tag cannot be empty."));
    if (name.size() > limits::tagLength)
        return Error::invalid(TagText::tr("The tag \"%1…\" is too long (at most %2 characters).")
                                  .arg(name.left(40)).arg(limits::tagLength));
    if (hasControlCharacter(tag))
        return Error::invalid(TagText::tr("The tag \"%1\" contains a control character.").arg(name.left(40)));
    return {};
}

Status checkTags(const QStringList &tags)
{
    for (const QString &tag : tags) {
        if (auto valid = checkTag(tag); !valid)
            return valid;
    }
    if (normalisedTags(tags).size() > limits::tagsPerContact)
        return Error::invalid(TagText::tr("Too many tags (at most %1).").arg(limits::tagsPerContact));
    return {};
}

} // namespace tend
