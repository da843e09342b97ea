#pragma once

#include "commands/NotebookCommand.h"

#include <QList>

namespace tend::gui {

// Archives (or unarchives) one or several contacts at once.
class ArchiveContactsCommand final : public NotebookCommand
{
public:
    // `label` names what is archived: a person's name or "3 contacts".
    ArchiveContactsCommand(Notebook &notebook, QList<qint64> ids, bool archive, const QString &label);

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<qint64> m_ids;
    bool m_archive;
};

} // namespace tend::gui
