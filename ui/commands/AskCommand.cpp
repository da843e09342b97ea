#include "commands/AskCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {
namespace {
struct AskCommandText
{
    Q_DECLARE_TR_FUNCTIONS(tend::gui::AskCommand)
};
} // namespace

AskCommand::AskCommand(Notebook &notebook, const QString &text) : NotebookCommand(notebook, text) {}

AskCommand *AskCommand::add(Notebook &notebook, const Ask &ask)
{
    auto *command = new AskCommand(notebook, AskCommandText::tr("Ask %1").arg(ask.contact.name));
    command->m_new = ask;
    return command;
}

AskCommand *AskCommand::move(Notebook &notebook, const Ask &before, AskState to)
{
    auto *command = new AskCommand(notebook, AskCommandText::tr("Mark the ask to %1 %2")
                                                 .arg(before.contact.name, displayName(to)));
    command->m_before = before;
    command->m_to = to;
    command->m_id = before.id;
    return command;
}

Status AskCommand::apply()
{
    if (m_after) {
        const Status restored = notebook().restoreAsk(*m_after);
        if (restored)
            m_after.reset();
        return restored;
    }
    if (m_to)
        return notebook().moveAsk(m_id, *m_to);
    auto id = notebook().addAsk(m_new);
    if (!id)
        return id.error();
    m_id = *id;
    return {};
}

Status AskCommand::revert()
{
    auto after = notebook().ask(m_id);
    if (!after)
        return after.error();
    if (m_before) {
        if (auto restored = notebook().restoreAsk(*m_before); !restored)
            return restored;
    } else if (auto removed = notebook().deleteAsk(m_id); !removed) {
        return removed.error();
    }
    m_after = std::move(after).value();
    return {};
}

} // namespace tend::gui
