#include "exchange/DuplicateFinder.h"

#include "exchange/ContactMatching.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

struct DuplicatesText
{
    Q_DECLARE_TR_FUNCTIONS(tend::Duplicates)
};

} // namespace

QString toKey(DuplicateReason::Kind kind)
{
    switch (kind) {
    case DuplicateReason::Kind::Email:
        return u"email"_s;
    case DuplicateReason::Kind::Phone:
        return u"phone"_s;
    case DuplicateReason::Kind::SameName:
        return u"same-name"_s;
    case DuplicateReason::Kind::SimilarName:
        return u"similar-name"_s;
    }
    return {};
}

QString describe(const DuplicateReason &reason)
{
    switch (reason.kind) {
    case DuplicateReason::Kind::Email:
        return DuplicatesText::tr("Same e-mail: %1").arg(reason.detail);
    case DuplicateReason::Kind::Phone:
        return DuplicatesText::tr("Same phone: %1").arg(reason.detail);
    case DuplicateReason::Kind::SameName:
        return DuplicatesText::tr("Same name");
    case DuplicateReason::Kind::SimilarName:
        return DuplicatesText::tr("Similar name");
    }
    return {};
}

} // namespace tend

namespace tend::exchange {
namespace {

constexpr int minimumPhoneDigits = 7;
constexpr int comparedPhoneDigits = 9;
constexpr int minimumEditedNameLength = 6;
constexpr quint64 hashBase = 1099511628211ULL;

using Pair = std::pair<qint64, qint64>;

// One key of one contact: a hash to group by, the contact (its position), and the key's text
// (a position in Keys), to check that equal hashes are equal keys.
struct Entry
{
    quint64 hash = 0;
    int who = 0;
    int key = -1;
};

struct Keys
{
    QStringList texts;   // the compared form ("ada@x.org", "175550199")
    QStringList details; // as the contact wrote it
};

// A polynomial hash, so that the hash of a name with one letter left out can be had from the
// name's prefix hashes without building the shorter string.
quint64 polynomialHash(QStringView text)
{
    quint64 hash = 0;
    for (const QChar c : text)
        hash = hash * hashBase + c.unicode() + 1;
    return hash;
}

void addKey(std::vector<Entry> &entries, Keys &keys, int who, const QString &text, const QString &detail)
{
    if (text.isEmpty())
        return;
    entries.push_back({polynomialHash(text), who, int(keys.texts.size())});
    keys.texts.append(text);
    keys.details.append(detail);
}

// The name itself and each of its one-letter deletions.
void addDeletions(std::vector<Entry> &entries, int who, const QString &key)
{
    const qsizetype n = key.size();
    std::vector<quint64> prefix(n + 1, 0);
    std::vector<quint64> power(n + 1, 1);
    for (qsizetype i = 0; i < n; ++i) {
        prefix[i + 1] = prefix[i] * hashBase + key.at(i).unicode() + 1;
        power[i + 1] = power[i] * hashBase;
    }
    const quint64 full = prefix[n];
    entries.push_back({full, who, -1});
    for (qsizetype i = 0; i < n; ++i) {
        const quint64 suffix = full - prefix[i + 1] * power[n - i - 1];
        entries.push_back({prefix[i] * power[n - i - 1] + suffix, who, -1});
    }
}

// Sorts the entries and calls `visit(first, second)` for every two contacts that share a hash,
// in groups of at most maxDuplicateGroup contacts.
template<typename Visit>
void forEachPair(std::vector<Entry> &entries, Visit visit)
{
    std::sort(entries.begin(), entries.end(), [](const Entry &left, const Entry &right) {
        return std::pair(left.hash, left.who) < std::pair(right.hash, right.who);
    });
    std::vector<const Entry *> group;
    for (size_t begin = 0; begin < entries.size();) {
        size_t end = begin;
        group.clear();
        while (end < entries.size() && entries[end].hash == entries[begin].hash) {
            if (group.empty() || group.back()->who != entries[end].who)
                group.push_back(&entries[end]);
            ++end;
        }
        if (group.size() >= 2 && group.size() <= size_t(maxDuplicateGroup)) {
            for (size_t i = 0; i < group.size(); ++i) {
                for (size_t j = i + 1; j < group.size(); ++j)
                    visit(*group[i], *group[j]);
            }
        }
        begin = end;
    }
}

QString sortedWords(const QString &key)
{
    QStringList words = key.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return {};
    std::sort(words.begin(), words.end());
    return words.join(u' ');
}

bool isName(DuplicateReason::Kind kind)
{
    return kind == DuplicateReason::Kind::SameName || kind == DuplicateReason::Kind::SimilarName;
}

} // namespace

QString duplicatePhoneKey(const QString &phone)
{
    const QString digits = ContactMatchIndex::phoneKey(phone);
    if (digits.size() < minimumPhoneDigits)
        return {};
    return digits.right(comparedPhoneDigits);
}

int editDistance(const QString &left, const QString &right, int limit)
{
    const qsizetype n = left.size();
    const qsizetype m = right.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows of the optimal string alignment table.
    std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = left.at(i - 1) == right.at(j - 1) ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && left.at(i - 1) == right.at(j - 2) && left.at(i - 2) == right.at(j - 1))
                value = std::min(value, before[j - 2] + 1);
            current[j] = value;
            rowBest = std::min(rowBest, value);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], limit + 1);
}

QList<DuplicateIds> findDuplicates(const QList<DuplicateCandidate> &candidates, const QSet<Pair> &dismissed)
{
    std::vector<Entry> emails, phones, names, words, deletions;
    Keys emailKeys, phoneKeys, nameKeys, wordKeys;
    for (int who = 0; who < int(candidates.size()); ++who) {
        const DuplicateCandidate &candidate = candidates.at(who);
        for (const QString &email : candidate.emails)
            addKey(emails, emailKeys, who, ContactMatchIndex::emailKey(email), email.trimmed());
        for (const QString &phone : candidate.phones)
            addKey(phones, phoneKeys, who, duplicatePhoneKey(phone), phone.trimmed());
        addKey(names, nameKeys, who, candidate.nameKey, {});
        addKey(words, wordKeys, who, sortedWords(candidate.nameKey), {});
        if (candidate.nameKey.size() >= minimumEditedNameLength)
            addDeletions(deletions, who, candidate.nameKey);
    }

    QHash<Pair, qsizetype> positions;
    QList<DuplicateIds> found;
    const auto addReason = [&](int first, int second, DuplicateReason reason) {
        const qint64 a = candidates.at(first).id;
        const qint64 b = candidates.at(second).id;
        const Pair pair = a < b ? Pair{a, b} : Pair{b, a};
        if (dismissed.contains(pair))
            return;
        auto at = positions.constFind(pair);
        if (at == positions.cend()) {
            at = positions.insert(pair, found.size());
            found.append({pair.first, pair.second, {}});
        }
        QList<DuplicateReason> &reasons = found[*at].reasons;
        for (const DuplicateReason &known : std::as_const(reasons)) {
            if (known.kind == reason.kind || (isName(known.kind) && isName(reason.kind)))
                return; // one reason of each kind: the first address, "same name" before "similar"
        }
        reasons.append(reason);
    };
    // Equal keys (a hash collision is not), with the detail as the contact with the smaller id wrote it.
    const auto sameKey = [&](const Keys &keys, DuplicateReason::Kind kind) {
        return [&keys, kind, &addReason, &candidates](const Entry &x, const Entry &y) {
            if (keys.texts.at(x.key) != keys.texts.at(y.key))
                return;
            const Entry &first = candidates.at(x.who).id < candidates.at(y.who).id ? x : y;
            addReason(x.who, y.who, {kind, keys.details.at(first.key)});
        };
    };
    forEachPair(emails, sameKey(emailKeys, DuplicateReason::Kind::Email));
    forEachPair(phones, sameKey(phoneKeys, DuplicateReason::Kind::Phone));
    forEachPair(names, sameKey(nameKeys, DuplicateReason::Kind::SameName));
    forEachPair(words, sameKey(wordKeys, DuplicateReason::Kind::SimilarName));
    forEachPair(deletions, [&](const Entry &x, const Entry &y) {
        // Equal names share every deletion: they are "same name" already (or too many to tell).
        if (candidates.at(x.who).nameKey == candidates.at(y.who).nameKey)
            return;
        if (editDistance(candidates.at(x.who).nameKey, candidates.at(y.who).nameKey, 1) <= 1)
            addReason(x.who, y.who, {DuplicateReason::Kind::SimilarName, {}});
    });

    std::stable_sort(found.begin(), found.end(), [](const DuplicateIds &left, const DuplicateIds &right) {
        if (left.reasons.size() != right.reasons.size())
            return left.reasons.size() > right.reasons.size();
        return std::pair(left.a, left.b) < std::pair(right.a, right.b);
    });
    return found;
}

} // namespace tend::exchange
