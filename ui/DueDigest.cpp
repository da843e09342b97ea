#include "DueDigest.h"

#include "DisplayText.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
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
    const int count = int(items.size());
    const DigestPart part = digestPartOf(items.first().kind);
    const bool onePart = std::all_of(items.cbegin(), items.cend(), [part](const DueItem &item) { return digestPartOf(item.kind) == part; });
    QString head;
    if (!onePart)
        head = QCoreApplication::translate("tend::gui::DueDigest", "%Ln thing(s) due", nullptr, count);
    else if (part == DigestPart::FollowUps)
        head = QCoreApplication::translate("tend::gui::DueDigest", "%Ln follow-up(s) due", nullptr, count);
    else if (part == DigestPart::Nudges)
        head = QCoreApplication::translate("tend::gui::DueDigest", "%Ln to keep in touch with", nullptr, count);
    else if (part == DigestPart::Dates)
        head = QCoreApplication::translate("tend::gui::DueDigest", "%Ln date(s) coming up", nullptr, count);
    else
        head = QCoreApplication::translate("tend::gui::DueDigest", "%Ln ask(s), introduction(s) or thank-you(s) due", nullptr, count);
    return QString(head + u": "_s + list);
}

QList<DueItem> DueDigest::filtered(const QList<DueItem> &items, const QList<DigestPart> &parts)
{
    QList<DueItem> kept;
    std::copy_if(items.cbegin(), items.cend(), std::back_inserter(kept),
                 [&parts](const DueItem &item) { return parts.contains(digestPartOf(item.kind)); });
    return kept;
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
