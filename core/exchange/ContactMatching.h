#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// Whether a contact from a file is someone the notebook already has: by UID first, then by an
// e-mail address, then by a phone number's digits, then by the full name with accents and case
// folded. Pure: the notebook fills it with what it holds, the importer adds what it creates.
namespace tend {

enum class MatchReason { Uid, Email, Phone, Name };
QString toKey(MatchReason reason); // "uid", "email", "phone", "name"

struct ContactMatch
{
    qint64 contactId = 0;
    MatchReason reason = MatchReason::Uid;
};

// What a contact is recognised by.
struct ContactKeys
{
    qint64 id = 0;
    QString uid;
    QString name;
    QStringList emails;
    QStringList phones;
};

class ContactMatchIndex final
{
public:
    // The first contact added under a key keeps it: an earlier contact wins over a later one.
    void add(const ContactKeys &keys);
    std::optional<ContactMatch> find(const ContactKeys &keys) const;

    static QString emailKey(const QString &email);  // trimmed, lower case
    static QString phoneKey(const QString &phone);  // the digits, when there are enough of them
    static QString nameKey(const QString &name);    // textKey

private:
    QHash<QString, qint64> m_byUid;
    QHash<QString, qint64> m_byEmail;
    QHash<QString, qint64> m_byPhone;
    QHash<QString, qint64> m_byName;
};

} // namespace tend
