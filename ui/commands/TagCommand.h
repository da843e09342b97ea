#pragma once

#include "commands/NotebookCommand.h"

#include "model/Tags.h"

#include <QList>
#include <QStringList>

namespace tend::gui {

// A change of tags in one step: tagging or untagging the selected contacts, or renaming a tag
// (a merge when the new name exists). Undo puts the tags back exactly (Notebook::restoreTags).
class TagCommand final : public NotebookCommand
{
public:
    static TagCommand *tag(Notebook &notebook, const QList<qint64> &contactIds, const QString &tag, const QString &who);
    static TagCommand *untag(Notebook &notebook, const QList<qint64> &contactIds, const QString &tag, const QString &who);
    static TagCommand *rename(Notebook &notebook, const QString &from, const QString &to);

    // What the last rename did (merged or not), for the status line.
    const TagRename &renamed() const { return m_renamed; }

protected:
    Status apply() override;
    Status revert() override;

private:
    enum class Kind { Tag, Untag, Rename };
    TagCommand(Notebook &notebook, const QString &text, Kind kind);

    Kind m_kind;
    QList<qint64> m_contactIds;
    QString m_tag;   // the tag, or the old name of a rename
    QString m_to;    // the new name of a rename
    TagsSnapshot m_before;
    TagRename m_renamed;
};

} // namespace tend::gui
