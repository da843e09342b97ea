#include "commands/ArchiveContactsCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {

ArchiveContactsCommand::ArchiveContactsCommand(Notebook &notebook, QList<qint64> ids, bool archive, const QString &label)
    : NotebookCommand(notebook, archive ? QCoreApplication::translate("tend::gui::ArchiveContactsCommand", "Archive %1").arg(label)
                                        : QCoreApplication::translate("tend::gui::ArchiveContactsCommand", "Unarchive %1").arg(label)),
      m_ids(std::move(ids)), m_archive(archive)
{
}

Status ArchiveContactsCommand::apply()
{
    return notebook().setArchived(m_ids, m_archive);
}

Status ArchiveContactsCommand::revert()
{
    return notebook().setArchived(m_ids, !m_archive);
}

} // namespace tend::gui
