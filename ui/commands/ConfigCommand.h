#pragma once

#include "commands/NotebookCommand.h"

#include "model/ConfigKey.h"

#include <QList>

namespace tend::gui {

// Changes settings by key (Edit ▸ Preferences), as one step: each key gets its new value (nullopt
// unsets it); undo puts back what each held before, last changed first.
class ConfigCommand final : public NotebookCommand
{
public:
    ConfigCommand(Notebook &notebook, QList<std::pair<QString, std::optional<QString>>> values);

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<std::pair<QString, std::optional<QString>>> m_values;
    QList<ConfigChange> m_changes;
};

} // namespace tend::gui
