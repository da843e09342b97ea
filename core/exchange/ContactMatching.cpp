#include "exchange/ContactMatching.h"

#include "model/TextKey.h"

using namespace Qt::StringLiterals;

namespace tend {
namespace {

// Fewer digits than this are an extension, a short code or a typo: too little to take two people for one.
constexpr int minimumPhoneDigits = 7;

void keep(QHash<QString, qint64> &index, const QString &key, qint64 id)
{
    if (!key.isEmpty() && !index.contains(key))
        index.insert(key, id);
}

} // namespace

QString toKey(MatchReason reason)
{
    switch (reason) {
    case MatchReason::Uid:
        return u"uid"_s;
    case MatchReason::Email:
        return u"email"_s;
    case MatchReason::Phone:
        return u"phone"_s;
    case MatchReason::Name:
        return u"name"_s;
    }
    return {};
}

QString ContactMatchIndex::emailKey(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

QString ContactMatchIndex::phoneKey(const QString &phone)
{
    QString digits;
    digits.reserve(phone.size());
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    return digits.size() >= minimumPhoneDigits ? digits : QString();
}

QString ContactMatchIndex::nameKey(const QString &name)
{
    return textKey(name);
}

void ContactMatchIndex::add(const ContactKeys &keys)
{
    keep(m_byUid, keys.uid, keys.id);
    for (const QString &email : keys.emails)
        keep(m_byEmail, emailKey(email), keys.id);
    for (const QString &phone : keys.phones)
        keep(m_byPhone, phoneKey(phone), keys.id);
    keep(m_byName, nameKey(keys.name), keys.id);
}

std::optional<ContactMatch> ContactMatchIndex::find(const ContactKeys &keys) const
{
    if (!keys.uid.isEmpty()) {
        if (auto it = m_byUid.constFind(keys.uid); it != m_byUid.cend())
            return ContactMatch{*it, MatchReason::Uid};
    }
    for (const QString &email : keys.emails) {
        if (auto it = m_byEmail.constFind(emailKey(email)); it != m_byEmail.cend() && !it.key().isEmpty())
            return ContactMatch{*it, MatchReason::Email};
    }
    for (const QString &phone : keys.phones) {
        const QString key = phoneKey(phone);
        if (key.isEmpty())
            continue;
        if (auto it = m_byPhone.constFind(key); it != m_byPhone.cend())
            return ContactMatch{*it, MatchReason::Phone};
    }
    const QString name = nameKey(keys.name);
    if (!name.isEmpty()) {
        if (auto it = m_byName.constFind(name); it != m_byName.cend())
            return ContactMatch{*it, MatchReason::Name};
    }
    return std::nullopt;
}

} // namespace tend
