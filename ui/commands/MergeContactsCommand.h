#pragma once

#include "commands/NotebookCommand.h"
#include "model/ContactMerge.h"
#include "model/Snapshots.h"

#include <optional>

namespace tend::gui {

// Merges OTHER into KEEP (Notebook::mergeContacts); undo puts both back as they were.
class MergeContactsCommand final : public NotebookCommand
{
public:
    MergeContactsCommand(Notebook &notebook, qint64 keepId, qint64 otherId, const MergeChoices &choices,
                         const QString &keepName, const QString &otherName);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_keepId;
    qint64 m_otherId;
    MergeChoices m_choices;
    std::optional<MergeSnapshot> m_snapshot;
};

// "Not duplicates": the pair leaves Find Duplicates (Notebook::dismissDuplicate); undo lists it again.
class DismissDuplicateCommand final : public NotebookCommand
{
public:
    DismissDuplicateCommand(Notebook &notebook, qint64 a, qint64 b, const QString &aName, const QString &bName);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_a;
    qint64 m_b;
};

} // namespace tend::gui
