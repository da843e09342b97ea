#include "model/Interaction.h"

#include <QCoreApplication>

namespace tend {

QString followUpReason(const Interaction &interaction)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("tend::Notebook", text); };
    const QString kind = displayName(interaction.kind).toLower();
    if (interaction.summary.trimmed().isEmpty())
        return tr("Follow up on %1").arg(kind);
    return tr("Follow up on %1: %2").arg(kind, interaction.summary.trimmed());
}

} // namespace tend
