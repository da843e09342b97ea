#include "model/Interaction.h"

#include <QCoreApplication>

namespace tend {
namespace {
struct InteractionText
{
    Q_DECLARE_TR_FUNCTIONS(tend::Notebook)
};
} // namespace

QString followUpReason(const Interaction &interaction)
{
    const QString kind = inlineName(interaction.kind);
    if (interaction.summary.trimmed().isEmpty())
        return InteractionText::tr("Follow up on %1").arg(kind);
    return InteractionText::tr("Follow up on %1: %2").arg(kind, interaction.summary.trimmed());
}

} // namespace tend
