#include "commands/AdviceCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {
namespace {
struct AdviceCommandText
{
    Q_DECLARE_TR_FUNCTIONS(tend::gui::AdviceCommand)
};
} // namespace

AdviceCommand::AdviceCommand(Notebook &notebook, const QString &text, const AdviceItem &before)
    : NotebookCommand(notebook, text), m_before(before)
{
}

AdviceCommand *AdviceCommand::actedOn(Notebook &notebook, const AdviceItem &before, const QString &outcome)
{
    auto *command = new AdviceCommand(notebook, AdviceCommandText::tr("Mark advice from %1 acted on").arg(before.from.name), before);
    command->m_outcome = outcome;
    return command;
}

AdviceCommand *AdviceCommand::reportBack(Notebook &notebook, const AdviceItem &before)
{
    return new AdviceCommand(notebook, AdviceCommandText::tr("Tell %1 how the advice helped").arg(before.from.name), before);
}

Status AdviceCommand::apply()
{
    if (m_outcome)
        return notebook().markAdviceActedOn(m_before.id, *m_outcome);
    if (auto reported = notebook().reportAdviceBack(m_before.id); !reported)
        return reported.error();
    return {};
}

Status AdviceCommand::revert()
{
    return notebook().restoreAdvice(m_before);
}

} // namespace tend::gui
