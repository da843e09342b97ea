#include "commands/IntroductionCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {
namespace {
struct IntroductionCommandText
{
    Q_DECLARE_TR_FUNCTIONS(tend::gui::IntroductionCommand)
};
} // namespace

IntroductionCommand::IntroductionCommand(Notebook &notebook, const QString &text) : NotebookCommand(notebook, text) {}

IntroductionCommand *IntroductionCommand::add(Notebook &notebook, const ContactRef &first, const ContactRef &second,
                                              const QString &why)
{
    auto *command = new IntroductionCommand(notebook, IntroductionCommandText::tr("Introduce %1 to %2")
                                                          .arg(first.name, second.name));
    command->m_first = first;
    command->m_second = second;
    command->m_why = why;
    return command;
}

IntroductionCommand *IntroductionCommand::advance(Notebook &notebook, const Introduction &before, bool declined)
{
    const QString text = declined ? IntroductionCommandText::tr("Introduction of %1 and %2 declined")
                                  : IntroductionCommandText::tr("Next step of introducing %1 and %2");
    auto *command = new IntroductionCommand(notebook, text.arg(before.first.name, before.second.name));
    command->m_before = before;
    command->m_declined = declined;
    command->m_id = before.id;
    return command;
}

Status IntroductionCommand::apply()
{
    if (m_before) {
        if (auto advanced = notebook().advanceIntroduction(m_id, m_declined); !advanced)
            return advanced.error();
        return {};
    }
    if (m_removed) {
        const Status restored = notebook().restoreIntroduction(*m_removed);
        if (restored)
            m_removed.reset();
        return restored;
    }
    auto id = notebook().addIntroduction(m_first.id, m_second.id, m_why);
    if (!id)
        return id.error();
    m_id = *id;
    return {};
}

Status IntroductionCommand::revert()
{
    if (m_before)
        return notebook().restoreIntroduction(*m_before);
    auto removed = notebook().deleteIntroduction(m_id);
    if (!removed)
        return removed.error();
    m_removed = std::move(removed).value();
    return {};
}

} // namespace tend::gui
