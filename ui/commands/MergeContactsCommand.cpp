#include "commands/MergeContactsCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {

MergeContactsCommand::MergeContactsCommand(Notebook &notebook, qint64 keepId, qint64 otherId, const MergeChoices &choices,
                                           const QString &keepName, const QString &otherName)
    : NotebookCommand(notebook, QCoreApplication::translate("tend::gui::MergeContactsCommand", "Merge %1 into %2")
                                    .arg(otherName, keepName)),
      m_keepId(keepId), m_otherId(otherId), m_choices(choices)
{
}

Status MergeContactsCommand::apply()
{
    auto snapshot = notebook().mergeContacts(m_keepId, m_otherId, m_choices);
    if (!snapshot)
        return snapshot.error();
    m_snapshot = std::move(snapshot).value();
    return {};
}

Status MergeContactsCommand::revert()
{
    if (!m_snapshot)
        return {};
    return notebook().unmergeContacts(*m_snapshot);
}

DismissDuplicateCommand::DismissDuplicateCommand(Notebook &notebook, qint64 a, qint64 b, const QString &aName,
                                                 const QString &bName)
    : NotebookCommand(notebook, QCoreApplication::translate("tend::gui::DismissDuplicateCommand", "Not duplicates: %1 and %2")
                                    .arg(aName, bName)),
      m_a(a), m_b(b)
{
}

Status DismissDuplicateCommand::apply()
{
    return notebook().dismissDuplicate(m_a, m_b);
}

Status DismissDuplicateCommand::revert()
{
    return notebook().undismissDuplicate(m_a, m_b);
}

} // namespace tend::gui
