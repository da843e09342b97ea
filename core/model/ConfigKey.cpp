#include "model/ConfigKey.h"

#include "model/DigestParts.h"
#include "model/Tags.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

struct ConfigKeyText
{
    Q_DECLARE_TR_FUNCTIONS(tend::ConfigKey)
};

constexpr int maxDays = 36500;
constexpr int maxLeadDays = 365;
constexpr double maxOverdueFactor = 10.0;

Error unknownKey(const QString &text)
{
    return Error::invalid(ConfigKeyText::tr("\"%1\" is not a setting; the settings are follow-up.KIND, cadence.role.ROLE, "
                                            "cadence.tag.TAG, overdue-factor, lead.DATE and tray-digest (tend config list shows them).")
                              .arg(text));
}

} // namespace

QString ConfigKey::text() const
{
    switch (type) {
    case Type::FollowUp: return u"follow-up."_s + toKey(kind);
    case Type::RoleCadence: return u"cadence.role."_s + toKey(role);
    case Type::TagCadence: return u"cadence.tag."_s + tag;
    case Type::OverdueFactor: return u"overdue-factor"_s;
    case Type::Lead: return u"lead."_s + toKey(dateKind);
    case Type::TrayDigest: return u"tray-digest"_s;
    }
    return {};
}

Result<ConfigKey> ConfigKey::parse(const QString &given)
{
    const QString text = given.trimmed();
    if (text == u"overdue-factor"_s)
        return overdueFactor();
    if (text == u"tray-digest"_s)
        return trayDigest();
    if (text.startsWith(u"follow-up."_s)) {
        const QString name = text.mid(10);
        if (auto kind = interactionKindFromKey(name))
            return followUp(*kind);
        return Error::invalid(ConfigKeyText::tr("%1: \"%2\" is not a kind of interaction; use one of %3.")
                                  .arg(text, name, interactionKindKeysForMessage()));
    }
    if (text.startsWith(u"cadence.role."_s)) {
        const QString name = text.mid(13);
        if (auto role = roleFromKey(name))
            return roleCadence(*role);
        return Error::invalid(ConfigKeyText::tr("%1: \"%2\" is not a role; use one of %3.").arg(text, name, roleKeysForMessage()));
    }
    if (text.startsWith(u"cadence.tag."_s)) {
        const QString name = given.trimmed().mid(12).simplified();
        if (auto valid = checkTag(name); !valid)
            return valid.error();
        return tagCadence(name);
    }
    if (text.startsWith(u"lead."_s)) {
        const QString name = text.mid(5);
        if (auto kind = importantDateKindFromKey(name))
            return lead(*kind);
        return Error::invalid(ConfigKeyText::tr("%1: \"%2\" is not a kind of date; use one of %3.")
                                  .arg(text, name, importantDateKindKeysForMessage()));
    }
    return unknownKey(given);
}

std::optional<QString> ConfigKey::builtInDefault() const
{
    switch (type) {
    case Type::FollowUp:
        switch (kind) {
        case InteractionKind::Coffee: return u"14"_s;
        case InteractionKind::Meeting: return u"7"_s;
        default: return std::nullopt;
        }
    case Type::RoleCadence:
        switch (role) {
        case Role::Mentor: return u"30"_s;
        case Role::Sponsor: return u"60"_s;
        case Role::Coach: return u"14"_s;
        case Role::Peer: return u"90"_s;
        case Role::Therapist: return std::nullopt;
        }
        return std::nullopt;
    case Type::TagCadence: return std::nullopt;
    case Type::OverdueFactor: return QString::number(defaultOverdueFactor);
    case Type::Lead: return u"0"_s;
    case Type::TrayDigest: return digestValue(allDigestParts());
    }
    return std::nullopt;
}

Result<QString> ConfigKey::normalisedValue(const QString &given) const
{
    const QString value = given.trimmed();
    if (value.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        if (acceptsNone())
            return u"none"_s;
        return Error::invalid(ConfigKeyText::tr("%1 cannot be none.").arg(text()));
    }
    if (type == Type::TrayDigest) {
        QList<DigestPart> parts;
        for (const QString &key : value.split(u',')) {
            const auto part = digestPartFromKey(key.trimmed());
            if (!part)
                return Error::invalid(ConfigKeyText::tr("%1: \"%2\" is not a part of the digest; give any of %3, "
                                                        "separated by commas, or none.")
                                          .arg(text(), key.trimmed(), digestPartKeysForMessage()));
            parts.append(*part);
        }
        return digestValue(parts);
    }
    bool ok = false;
    if (type == Type::OverdueFactor) {
        const double factor = value.toDouble(&ok);
        if (!ok || factor < 1.0 || factor > maxOverdueFactor)
            return Error::invalid(ConfigKeyText::tr("%1: \"%2\" is not a factor from 1 to %3, such as 1.5.")
                                      .arg(text(), given).arg(maxOverdueFactor));
        return QString::number(factor);
    }
    const int days = value.toInt(&ok);
    if (type == Type::Lead) {
        if (!ok || days < 0 || days > maxLeadDays)
            return Error::invalid(ConfigKeyText::tr("%1: \"%2\" is not a number of days from 0 to %3.")
                                      .arg(text(), given).arg(maxLeadDays));
        return QString::number(days);
    }
    if (!ok || days < 1 || days > maxDays)
        return Error::invalid(ConfigKeyText::tr("%1: \"%2\" is not a number of days from 1 to %3, or none.")
                                  .arg(text(), given).arg(maxDays));
    return QString::number(days);
}

} // namespace tend
