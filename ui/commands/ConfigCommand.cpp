#include "commands/ConfigCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {

ConfigCommand::ConfigCommand(Notebook &notebook, QList<std::pair<QString, std::optional<QString>>> values)
    : NotebookCommand(notebook, QCoreApplication::translate("tend::gui::ConfigCommand", "Change preferences")),
      m_values(std::move(values))
{
}

Status ConfigCommand::apply()
{
    m_changes.clear();
    for (const auto &[key, value] : std::as_const(m_values)) {
        auto change = notebook().writeConfig(key, value);
        if (!change) {
            (void)revert();
            return change.error();
        }
        m_changes.append(*change);
    }
    return {};
}

Status ConfigCommand::revert()
{
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it) {
        if (auto done = notebook().writeConfig(it->key, it->before); !done)
            return done.error();
    }
    return {};
}

} // namespace tend::gui
