#include "io/DemoGenerator.h"

#include "Notebook.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "io/DemoPhrases.h"
#include "store/ContactRepository.h"

#include <QCoreApplication>
#include <algorithm>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace tend {
namespace {

struct DemoGeneratorText
{
    Q_DECLARE_TR_FUNCTIONS(tend::DemoGenerator)
};

constexpr int historyDays = 4 * 365 + 1;
constexpr int futureDays = 60; // due dates run past today: follow-ups, snoozes
constexpr int coffeeFollowUpDays = 14;
constexpr int meetingFollowUpDays = 7;

// Deterministic dice: the same seed gives the same network on every platform.
class Dice
{
public:
    explicit Dice(quint32 seed) : m_engine(seed) {}

    int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint32(n)); }
    bool chance(int percent) { return below(100) < percent; }
    double unit() { return double(m_engine()) / double(std::mt19937::max()); }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }
    // An index into `weights`, chosen in proportion to them.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (const int weight : weights)
            total += weight;
        int roll = below(total);
        int index = 0;
        for (const int weight : weights) {
            if (roll < weight)
                return index;
            roll -= weight;
            ++index;
        }
        return index - 1;
    }

private:
    std::mt19937 m_engine;
};

struct DemoContact
{
    qint64 id = 0;
    int createdDay = 0; // days since the start of the history
    QList<Role> roles;
    int ownCadence = 0; // 0: the roles' cadence applies
    bool archived = false;
};

// The stock keep-in-touch cadences (migrations/0001), to keep most demo people in touch.
int typicalCadence(const DemoContact &contact)
{
    if (contact.ownCadence > 0)
        return contact.ownCadence;
    int days = 90;
    for (const Role role : contact.roles) {
        switch (role) {
        case Role::Mentor: days = std::min(days, 30); break;
        case Role::Sponsor: days = std::min(days, 60); break;
        case Role::Coach: days = std::min(days, 14); break;
        case Role::Therapist: days = std::min(days, 21); break;
        case Role::Peer: break;
        }
    }
    return days;
}

struct PlannedInteraction
{
    int day = 0;
    int contact = 0;
    int other = -1; // a second participant, for meetings, events and intros
};

// ASCII letters of a name, for e-mail addresses and profile URLs: "Zoë" -> "zoe".
QString slug(const QString &text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            result.append(c.toLower());
    }
    return result;
}

Role weightedRole(Dice &dice)
{
    static const QList<Role> roles{Role::Peer, Role::Mentor, Role::Coach, Role::Sponsor, Role::Therapist};
    return roles.at(dice.weighted({40, 27, 14, 12, 7}));
}

InteractionKind weightedKind(Dice &dice)
{
    static const QList<InteractionKind> kinds{InteractionKind::Coffee, InteractionKind::Video, InteractionKind::Call,
                                              InteractionKind::Email, InteractionKind::Message, InteractionKind::Meeting,
                                              InteractionKind::Event, InteractionKind::Intro, InteractionKind::Review,
                                              InteractionKind::Other};
    return kinds.at(dice.weighted({30, 15, 12, 12, 10, 8, 5, 3, 3, 2}));
}

// Mentors, sponsors, coaches and therapists mostly help you; peers trade help both ways.
Direction weightedDirection(Dice &dice, const QList<Role> &roles, InteractionKind kind)
{
    static const QList<Direction> directions{Direction::Gave, Direction::Received, Direction::Mutual};
    if (kind == InteractionKind::Intro)
        return directions.at(dice.weighted({70, 20, 10}));
    if (roles.contains(Role::Peer))
        return directions.at(dice.weighted({40, 30, 30}));
    return directions.at(dice.weighted({10, 65, 25}));
}

class Generator
{
public:
    Generator(Notebook &notebook, const DemoOptions &options, const std::function<bool(int, int)> &progress)
        : m_db(notebook.database().connection())
        , m_options(options)
        , m_progress(progress)
        , m_dice(options.seed)
        , m_today(options.today.isValid() ? options.today : notebook.today())
        , m_start(m_today.addDays(-(historyDays - 1)))
        , m_total(options.contacts + options.interactions)
        , m_step(std::max(1, m_total / 100))
    {
        for (int day = 0; day < historyDays + futureDays; ++day) {
            const QDate date = m_start.addDays(day);
            m_days.append(sql::day(date));
            m_evenings.append(sql::instant(QDateTime(date, QTime(18, 30), Qt::UTC)));
            m_mornings.append(sql::instant(QDateTime(date, QTime(9, 15), Qt::UTC)));
        }
    }

    Result<DemoSummary> run()
    {
        if (auto prepared = prepareAll(); !prepared)
            return prepared.error();
        if (auto added = addContacts(); !added)
            return added.error();
        if (auto added = addInteractions(); !added)
            return added.error();
        if (auto added = addManualReminders(); !added)
            return added.error();
        return m_summary;
    }

private:
    int todayIndex() const { return historyDays - 1; }

    Status prepare(QSqlQuery &query, const QString &statement)
    {
        query = QSqlQuery(m_db);
        if (!query.prepare(statement))
            return sql::errorFrom(query.lastError(), DemoGeneratorText::tr("Preparing the demo data"));
        return {};
    }

    Status prepareAll()
    {
        const std::pair<QSqlQuery *, QString> statements[] = {
            {&m_insertContact,
             u"INSERT INTO contact (name, name_key, organisation, title, met_via, met_via_detail, notes, cadence_days,"
             " archived, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
            {&m_insertRole, u"INSERT INTO contact_role (contact_id, role) VALUES (?, ?)"_s},
            {&m_insertEmail, u"INSERT INTO contact_email (contact_id, position, email) VALUES (?, ?, ?)"_s},
            {&m_insertPhone, u"INSERT INTO contact_phone (contact_id, position, phone) VALUES (?, ?, ?)"_s},
            {&m_insertLink, u"INSERT INTO contact_link (contact_id, position, label, url) VALUES (?, ?, ?, ?)"_s},
            {&m_insertInteraction,
             u"INSERT INTO interaction (kind, occurred_on, direction, summary, notes, agenda, created_at, updated_at)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s},
            {&m_insertParticipant, u"INSERT INTO interaction_participant (interaction_id, contact_id) VALUES (?, ?)"_s},
            {&m_insertReminder,
             u"INSERT INTO reminder (contact_id, interaction_id, due_on, reason, state, completed_at, created_at)"
             " VALUES (?, ?, ?, ?, ?, ?, ?)"_s},
            {&m_insertEvent,
             u"INSERT INTO reminder_event (reminder_id, at, action, from_due, to_due) VALUES (?, ?, ?, ?, ?)"_s},
        };
        for (const auto &[query, statement] : statements) {
            if (auto prepared = prepare(*query, statement); !prepared)
                return prepared;
        }
        return {};
    }

    // Reports progress every ~1%; false when the caller cancelled.
    bool advance()
    {
        ++m_done;
        if (!m_progress || (m_done % m_step != 0 && m_done != m_total))
            return true;
        return m_progress(m_done, m_total);
    }

    static Error cancelled() { return Error::invalid(DemoGeneratorText::tr("Cancelled: no demo data was added.")); }

    QString contactName()
    {
        if (m_dice.chance(4))
            return m_dice.pick(demo::specialNames());
        return m_dice.pick(demo::firstNames()) + u' ' + m_dice.pick(demo::lastNames());
    }

    QList<Role> contactRoles(int index)
    {
        const QList<Role> every = allRoles();
        QList<Role> roles{index < every.size() ? every.at(index) : weightedRole(m_dice)};
        if (m_dice.chance(15) || index == every.size()) {
            const Role second = index == every.size() ? Role::Sponsor : weightedRole(m_dice);
            if (!roles.contains(second))
                roles.append(second);
        }
        return sortedUniqueRoles(roles);
    }

    Status addContacts()
    {
        static const QList<MetVia> metVias{MetVia::Work, MetVia::WorkProgram, MetVia::Community, MetVia::School,
                                           MetVia::Online, MetVia::Other};
        static const int ownCadences[] = {7, 14, 21, 30, 45, 60, 90, 180};
        static const QStringList domains{u"example.com"_s, u"example.org"_s, u"mail.example.net"_s};
        m_contacts.reserve(m_options.contacts);

        for (int i = 0; i < m_options.contacts; ++i) {
            DemoContact contact;
            contact.roles = contactRoles(i);
            contact.createdDay = std::min(m_dice.below(historyDays - 14), m_dice.below(historyDays - 14));
            contact.archived = i >= allRoles().size() && m_dice.chance(3);
            const QString name = contactName();
            const Role mainRole = contact.roles.constFirst();
            const QString organisation = mainRole == Role::Therapist ? u"Private practice"_s
                                         : mainRole == Role::Coach && m_dice.chance(50) ? u"Independent"_s
                                                                                        : m_dice.pick(demo::organisations());
            const MetVia metVia = metVias.at(m_dice.weighted({35, 15, 20, 10, 12, 8}));
            contact.ownCadence = m_dice.chance(20) ? ownCadences[m_dice.below(8)] : 0;
            const QVariant cadence = contact.ownCadence > 0 ? QVariant(contact.ownCadence) : sql::optionalInt(std::nullopt);
            const QVariant created = m_mornings.at(contact.createdDay);

            if (auto done = sql::execPrepared(m_insertContact,
                                              {name, ContactRepository::nameKey(name), organisation,
                                               m_dice.pick(demo::titlesFor(mainRole)), toKey(metVia),
                                               m_dice.pick(demo::metViaDetails(metVia)),
                                               m_dice.chance(40) ? m_dice.pick(demo::contactNotes()) : QString(u""_s),
                                               cadence, contact.archived ? 1 : 0, created, created});
                !done) {
                return done;
            }
            contact.id = m_insertContact.lastInsertId().toLongLong();
            if (auto done = addContactDetails(contact, name, domains); !done)
                return done;
            m_contacts.push_back(std::move(contact));
            if (!advance())
                return cancelled();
        }
        m_summary.contacts = m_options.contacts;
        return {};
    }

    Status addContactDetails(const DemoContact &contact, const QString &name, const QStringList &domains)
    {
        for (const Role role : contact.roles) {
            if (auto done = sql::execPrepared(m_insertRole, {contact.id, toKey(role)}); !done)
                return done;
        }
        QString handle = slug(name.section(u' ', 0, 0)) + u'.' + slug(name.section(u' ', -1));
        if (handle.size() < 4)
            handle = u"contact%1"_s.arg(contact.id);
        if (m_dice.chance(75)) {
            if (auto done = sql::execPrepared(m_insertEmail, {contact.id, 0, QString(handle + u'@' + m_dice.pick(domains))}); !done)
                return done;
            if (m_dice.chance(12)) {
                if (auto done = sql::execPrepared(m_insertEmail, {contact.id, 1, QString(handle + u"@personal.example"_s)}); !done)
                    return done;
            }
        }
        if (m_dice.chance(35)) {
            const QString phone = m_dice.chance(50) ? u"+1 555-01%1"_s.arg(m_dice.below(100), 2, 10, QChar(u'0'))
                                                    : u"+44 7700 900%1"_s.arg(m_dice.below(1000), 3, 10, QChar(u'0'));
            if (auto done = sql::execPrepared(m_insertPhone, {contact.id, 0, phone}); !done)
                return done;
        }
        if (m_dice.chance(30)) {
            const QString url = u"https://www.linkedin.com/in/%1-%2"_s.arg(handle.replace(u'.', u'-')).arg(contact.id);
            if (auto done = sql::execPrepared(m_insertLink, {contact.id, 0, u"LinkedIn"_s, url}); !done)
                return done;
        }
        return {};
    }

    // Who we meet is skewed: a few people account for much of the history.
    int popularContact()
    {
        const double u = m_dice.unit();
        return std::min(int(m_contacts.size()) - 1, int(double(m_contacts.size()) * u * u));
    }

    std::vector<PlannedInteraction> planInteractions()
    {
        std::vector<PlannedInteraction> plan;
        plan.reserve(size_t(m_options.interactions));
        // Most people are kept up with: a recent touch within their cadence. The rest have lapsed.
        const size_t recentTouches = size_t(m_options.interactions / 4);
        for (size_t index = 0; index < m_contacts.size() && plan.size() < recentTouches; ++index) {
            const DemoContact &contact = m_contacts[index];
            if (contact.archived || !m_dice.chance(80))
                continue;
            const int earliest = std::max(contact.createdDay, todayIndex() - typicalCadence(contact) + 1);
            plan.push_back({earliest + m_dice.below(todayIndex() - earliest + 1), int(index)});
        }
        while (plan.size() < size_t(m_options.interactions)) {
            PlannedInteraction planned;
            planned.contact = popularContact();
            const int created = m_contacts[size_t(planned.contact)].createdDay;
            planned.day = created + m_dice.below(todayIndex() - created + 1);
            if (m_dice.chance(8)) {
                const int other = m_dice.below(int(m_contacts.size()));
                if (other != planned.contact && m_contacts[size_t(other)].createdDay <= planned.day)
                    planned.other = other;
            }
            plan.push_back(planned);
        }
        std::stable_sort(plan.begin(), plan.end(),
                         [](const PlannedInteraction &a, const PlannedInteraction &b) { return a.day < b.day; });
        return plan;
    }

    Status addInteractions()
    {
        if (m_contacts.empty())
            return {};
        const std::vector<PlannedInteraction> plan = planInteractions();
        for (const PlannedInteraction &planned : plan) {
            const DemoContact &contact = m_contacts[size_t(planned.contact)];
            InteractionKind kind = weightedKind(m_dice);
            if (planned.other >= 0 && m_dice.chance(40))
                kind = InteractionKind::Intro;
            const QString summary = m_dice.pick(demo::summariesFor(kind));
            const bool plannedTalk = kind == InteractionKind::Coffee || kind == InteractionKind::Call
                                     || kind == InteractionKind::Video || kind == InteractionKind::Meeting;
            const QString agenda = plannedTalk && m_dice.chance(25) ? m_dice.pick(demo::agendas()) : QString(u""_s);
            const QString notes = m_dice.chance(45) ? m_dice.pick(demo::interactionNotes()) : QString(u""_s);
            const QVariant created = m_evenings.at(planned.day);

            if (auto done = sql::execPrepared(m_insertInteraction,
                                              {toKey(kind), m_days.at(planned.day),
                                               toKey(weightedDirection(m_dice, contact.roles, kind)), summary, notes,
                                               agenda, created, created});
                !done) {
                return done;
            }
            const qint64 interactionId = m_insertInteraction.lastInsertId().toLongLong();
            for (const int participant : {planned.contact, planned.other}) {
                if (participant < 0)
                    continue;
                const qint64 contactId = m_contacts[size_t(participant)].id;
                if (auto done = sql::execPrepared(m_insertParticipant, {interactionId, contactId}); !done)
                    return done;
                if (auto done = addFollowUp(kind, summary, planned.day, interactionId, contactId); !done)
                    return done;
            }
            if (!advance())
                return cancelled();
        }
        m_summary.interactions = m_options.interactions;
        return {};
    }

    // The follow-up Tend would have scheduled, in the state a real user would have left it.
    Status addFollowUp(InteractionKind kind, const QString &summary, int day, qint64 interactionId, qint64 contactId)
    {
        int delay = 0;
        if (kind == InteractionKind::Coffee)
            delay = coffeeFollowUpDays;
        else if (kind == InteractionKind::Meeting)
            delay = meetingFollowUpDays;
        else
            return {};
        const QString reason = DemoGeneratorText::tr("Follow up on %1: %2").arg(inlineName(kind), summary);
        const int due = day + delay;
        const int today = todayIndex();

        QString state = u"open"_s;
        int completedDay = -1;
        int snoozedTo = -1;
        if (due < today - 21) {
            state = m_dice.chance(85) ? u"done"_s : u"dismissed"_s;
            completedDay = std::min(today, due + m_dice.below(6));
        } else if (m_dice.chance(30)) {
            state = u"done"_s;
            completedDay = std::min(today, day + 1 + m_dice.below(delay));
        } else if (due < today && m_dice.chance(25)) {
            snoozedTo = due + 3 + m_dice.below(10);
        }
        const int storedDue = snoozedTo >= 0 ? snoozedTo : due;
        return insertReminder(contactId, interactionId, storedDue, reason, state, day, due, snoozedTo, completedDay);
    }

    Status insertReminder(qint64 contactId, const QVariant &interactionId, int storedDue, const QString &reason,
                          const QString &state, int createdDay, int originalDue, int snoozedTo, int completedDay)
    {
        const QVariant completedAt = completedDay >= 0 ? m_evenings.at(completedDay) : sql::instant({});
        if (auto done = sql::execPrepared(m_insertReminder,
                                          {contactId, interactionId, m_days.at(storedDue), reason, state, completedAt,
                                           m_evenings.at(createdDay)});
            !done) {
            return done;
        }
        const qint64 reminderId = m_insertReminder.lastInsertId().toLongLong();
        ++m_summary.reminders;
        const QVariant none = sql::day({});
        if (auto done = sql::execPrepared(m_insertEvent, {reminderId, m_evenings.at(createdDay), u"created"_s, none,
                                                          m_days.at(originalDue)});
            !done) {
            return done;
        }
        if (snoozedTo >= 0) {
            const int snoozedOn = std::min(todayIndex(), originalDue);
            if (auto done = sql::execPrepared(m_insertEvent, {reminderId, m_mornings.at(snoozedOn), u"snoozed"_s,
                                                              m_days.at(originalDue), m_days.at(snoozedTo)});
                !done) {
                return done;
            }
        }
        if (completedDay >= 0) {
            if (auto done = sql::execPrepared(m_insertEvent, {reminderId, completedAt, state, none, none}); !done)
                return done;
        }
        return {};
    }

    // Reminders of the user's own: one due today, a few overdue, a few next week.
    Status addManualReminders()
    {
        const int count = std::max(3, int(m_contacts.size()) / 30);
        const QVariant noInteraction = QVariant(QMetaType::fromType<qint64>());
        for (int i = 0; i < count && !m_contacts.empty(); ++i) {
            const DemoContact &contact = m_contacts[size_t(m_dice.below(int(m_contacts.size())))];
            const int today = todayIndex();
            const int offset = i == 0 ? 0 : (i % 3 == 1 ? -1 - m_dice.below(10) : 1 + m_dice.below(8));
            const int due = today + offset;
            const int createdDay = std::max(contact.createdDay, std::min(today, due) - 7);
            if (auto done = insertReminder(contact.id, noInteraction, due, m_dice.pick(demo::manualReminderReasons()),
                                           u"open"_s, createdDay, due, -1, -1);
                !done) {
                return done;
            }
        }
        return {};
    }

    QSqlDatabase m_db;
    const DemoOptions &m_options;
    const std::function<bool(int, int)> &m_progress;
    Dice m_dice;
    QDate m_today;
    QDate m_start;
    int m_total = 0;
    int m_step = 1;
    int m_done = 0;
    QVariantList m_days;     // "YYYY-MM-DD" for each day since m_start
    QVariantList m_evenings; // an instant on each of those days
    QVariantList m_mornings;
    std::vector<DemoContact> m_contacts;
    DemoSummary m_summary;

    QSqlQuery m_insertContact;
    QSqlQuery m_insertRole;
    QSqlQuery m_insertEmail;
    QSqlQuery m_insertPhone;
    QSqlQuery m_insertLink;
    QSqlQuery m_insertInteraction;
    QSqlQuery m_insertParticipant;
    QSqlQuery m_insertReminder;
    QSqlQuery m_insertEvent;
};

// A large page cache while generating: the indexes of a quarter-million rows stay in memory
// instead of spilling to the WAL mid-transaction. The connection's own size comes back after.
class LargeCacheWhileGenerating
{
    Q_DISABLE_COPY_MOVE(LargeCacheWhileGenerating)
public:
    explicit LargeCacheWhileGenerating(const QSqlDatabase &db) : m_db(db)
    {
        if (auto current = sql::scalar(m_db, u"PRAGMA cache_size"_s); current) {
            m_previous = *current;
            (void)sql::exec(m_db, u"PRAGMA cache_size = -262144"_s); // KiB: 256 MiB at most, used as needed
        }
    }
    ~LargeCacheWhileGenerating()
    {
        if (m_previous)
            (void)sql::exec(m_db, u"PRAGMA cache_size = %1"_s.arg(*m_previous)); // PRAGMA takes no bound values
    }

private:
    QSqlDatabase m_db;
    std::optional<qint64> m_previous;
};

} // namespace

Result<DemoSummary> generateDemo(Notebook &notebook, const DemoOptions &options,
                                 const std::function<bool(int done, int total)> &progress)
{
    if (options.contacts < 1 || options.interactions < 0)
        return Error::invalid(DemoGeneratorText::tr("The demo needs at least one contact and no negative sizes."));
    const LargeCacheWhileGenerating cache(notebook.database().connection());
    Transaction transaction(notebook.database().connection());
    if (auto begun = transaction.begun(); !begun)
        return begun.error();
    Result<DemoSummary> summary = [&] {
        Generator generator(notebook, options, progress);
        return generator.run();
    }();
    if (!summary)
        return summary;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    notebook.notifyExternalChange();
    return summary;
}

} // namespace tend
