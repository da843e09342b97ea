#include "store/RoleColumn.h"

#include <QStringTokenizer>

namespace tend::rolecolumn {

QList<Role> roles(const QVariant &json)
{
    // Role keys are plain lowercase words: between the quotes there is nothing to unescape, and
    // what is not a key ("[", ",", "]") is no role. Read for every row of every list, so without
    // a QJsonDocument per row.
    QList<Role> roles;
    const QString text = json.toString();
    for (const QStringView word : QStringTokenizer(text, u'"', Qt::SkipEmptyParts)) {
        if (auto role = roleFromKey(word))
            roles.append(*role);
    }
    return sortedUniqueRoles(roles);
}

} // namespace tend::rolecolumn
