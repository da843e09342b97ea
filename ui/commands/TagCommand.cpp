#include "commands/TagCommand.h"

#include "Notebook.h"

#include <QCoreApplication>

namespace tend::gui {
TagCommand::TagCommand(Notebook &notebook, const QString &text, Kind kind) : NotebookCommand(notebook, text), m_kind(kind)
{
}

TagCommand *TagCommand::tag(Notebook &notebook, const QList<qint64> &contactIds, const QString &tag, const QString &who)
{
    auto *command = new TagCommand(notebook, QCoreApplication::translate("tend::gui::TagCommand", "Tag %1 “%2”").arg(who, tag.simplified()), Kind::Tag);
    command->m_contactIds = contactIds;
    command->m_tag = tag;
    return command;
}

TagCommand *TagCommand::untag(Notebook &notebook, const QList<qint64> &contactIds, const QString &tag, const QString &who)
{
    auto *command = new TagCommand(notebook, QCoreApplication::translate("tend::gui::TagCommand", "Remove the tag “%2” from %1").arg(who, tag.simplified()), Kind::Untag);
    command->m_contactIds = contactIds;
    command->m_tag = tag;
    return command;
}

TagCommand *TagCommand::rename(Notebook &notebook, const QString &from, const QString &to)
{
    auto *command = new TagCommand(notebook, QCoreApplication::translate("tend::gui::TagCommand", "Rename the tag “%1” to “%2”").arg(from, to.simplified()), Kind::Rename);
    command->m_tag = from;
    command->m_to = to;
    return command;
}

Status TagCommand::apply()
{
    switch (m_kind) {
    case Kind::Tag:
    case Kind::Untag: {
        auto before = m_kind == Kind::Tag ? notebook().tagContacts(m_contactIds, {m_tag})
                                          : notebook().untagContacts(m_contactIds, {m_tag});
        if (!before)
            return before.error();
        m_before = *before;
        return {};
    }
    case Kind::Rename: {
        auto renamed = notebook().renameTag(m_tag, m_to);
        if (!renamed)
            return renamed.error();
        m_renamed = *renamed;
        m_before = renamed->before;
        return {};
    }
    }
    return {};
}

Status TagCommand::revert()
{
    return notebook().restoreTags(m_before);
}

} // namespace tend::gui
