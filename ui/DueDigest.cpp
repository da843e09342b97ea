#include "DueDigest.h"

#include "DisplayText.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tend::gui {

QString DueDigest::text(const QList<DueItem> &items, int names)
{
    if (items.isEmpty())
        return {};
    QStringList people;
    for (const DueItem &item : items) {
        const QString first = text::firstName(item.contactName);
        if (!people.contains(first))
            people.append(first);
    }
    QString list = QStringList(people.mid(0, names)).join(u", "_s);
    if (people.size() > names)
        list += u", …"_s;
    const auto count = items.size();
    const QString head = QCoreApplication::translate("tend::gui::DueDigest", "%Ln follow-up(s) due", nullptr, int(count));
    return QString(head + u": "_s + list);
}

QString DueDigest::keyOf(const DueItem &item)
{
    if (item.reminderId)
        return u"r%1@%2"_s.arg(*item.reminderId).arg(item.due.toString(Qt::ISODate));
    if (item.sourceId)
        return u"%1-%2-c%3@%4"_s.arg(toKey(item.kind)).arg(*item.sourceId).arg(item.contactId).arg(item.due.toString(Qt::ISODate));
    return u"c%1@%2"_s.arg(item.contactId).arg(item.due.toString(Qt::ISODate));
}

void DueDigest::remember(const QList<DueItem> &items)
{
    for (const DueItem &item : items)
        m_announced.insert(keyOf(item));
}

QList<DueItem> DueDigest::takeNew(const QList<DueItem> &items)
{
    QList<DueItem> fresh;
    for (const DueItem &item : items) {
        const QString key = keyOf(item);
        if (!m_announced.contains(key)) {
            m_announced.insert(key);
            fresh.append(item);
        }
    }
    return fresh;
}

} // namespace tend::gui
