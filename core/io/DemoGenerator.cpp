#include "io/DemoGenerator.h"

#include "Notebook.h"
#include "io/DemoPhrases.h"
#include "schedule/SchedulingRules.h"

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
    Generator(BulkWriter &writer, const DemoOptions &options, QDate today, QHash<Role, int> roleCadences,
              QHash<InteractionKind, int> followUpDays)
        : m_writer(writer)
        , m_options(options)
        , m_dice(options.seed)
        , m_today(today)
        , m_start(m_today.addDays(-(historyDays - 1)))
        , m_roleCadences(std::move(roleCadences))
        , m_followUpDays(std::move(followUpDays))
    {
        for (int day = 0; day < historyDays + futureDays; ++day) {
            const QDate date = m_start.addDays(day);
            m_days.append(date);
            m_evenings.append(QDateTime(date, QTime(18, 30), Qt::UTC));
            m_mornings.append(QDateTime(date, QTime(9, 15), Qt::UTC));
        }
    }

    Result<DemoSummary> run()
    {
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

    // The cadence Tend will apply to them (the notebook's rule and role cadences), for planning
    // who is kept up with; people with none are planned as if every 90 days.
    int plannedCadence(const DemoContact &contact) const
    {
        const std::optional<int> own = contact.ownCadence > 0 ? std::optional<int>(contact.ownCadence) : std::nullopt;
        return rules::effectiveCadence(own, contact.roles, [this](Role role) {
                   return m_roleCadences.contains(role) ? std::optional<int>(m_roleCadences.value(role)) : std::nullopt;
               }).value_or(90);
    }

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
            DemoContact planned;
            planned.roles = contactRoles(i);
            planned.createdDay = std::min(m_dice.below(historyDays - 14), m_dice.below(historyDays - 14));
            planned.archived = i >= allRoles().size() && m_dice.chance(3);
            Contact contact;
            contact.name = contactName();
            contact.roles = planned.roles;
            const Role mainRole = planned.roles.constFirst();
            contact.organisation = mainRole == Role::Therapist ? u"Private practice"_s
                                   : mainRole == Role::Coach && m_dice.chance(50) ? u"Independent"_s
                                                                                  : m_dice.pick(demo::organisations());
            const MetVia metVia = metVias.at(m_dice.weighted({35, 15, 20, 10, 12, 8}));
            planned.ownCadence = m_dice.chance(20) ? ownCadences[m_dice.below(8)] : 0;
            contact.title = m_dice.pick(demo::titlesFor(mainRole));
            contact.metVia = metVia;
            contact.metViaDetail = m_dice.pick(demo::metViaDetails(metVia));
            if (m_dice.chance(40))
                contact.notes = m_dice.pick(demo::contactNotes());
            if (planned.ownCadence > 0)
                contact.cadenceDays = planned.ownCadence;
            contact.archived = planned.archived;
            contact.createdAt = m_mornings.at(planned.createdDay);
            contact.updatedAt = contact.createdAt;
            addContactDetails(contact, i + 1, domains);

            auto id = m_writer.addContact(contact);
            if (!id)
                return id.error();
            planned.id = *id;
            m_contacts.push_back(std::move(planned));
            if (auto going = m_writer.advance(); !going)
                return going;
        }
        m_summary.contacts = m_options.contacts;
        return {};
    }

    // E-mails, phones and links, with a number of the contact's own for what must be unique.
    void addContactDetails(Contact &contact, int number, const QStringList &domains)
    {
        QString handle = slug(contact.name.section(u' ', 0, 0)) + u'.' + slug(contact.name.section(u' ', -1));
        if (handle.size() < 4)
            handle = u"contact%1"_s.arg(number);
        if (m_dice.chance(75)) {
            contact.emails.append(handle + u'@' + m_dice.pick(domains));
            if (m_dice.chance(12))
                contact.emails.append(handle + u"@personal.example"_s);
        }
        if (m_dice.chance(35)) {
            contact.phones.append(m_dice.chance(50) ? u"+1 555-01%1"_s.arg(m_dice.below(100), 2, 10, QChar(u'0'))
                                                    : u"+44 7700 900%1"_s.arg(m_dice.below(1000), 3, 10, QChar(u'0')));
        }
        if (m_dice.chance(30)) {
            contact.links.append({u"LinkedIn"_s,
                                  u"https://www.linkedin.com/in/%1-%2"_s.arg(QString(handle).replace(u'.', u'-')).arg(number)});
        }
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
            const int earliest = std::max(contact.createdDay, todayIndex() - plannedCadence(contact) + 1);
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
            Interaction interaction;
            interaction.kind = weightedKind(m_dice);
            if (planned.other >= 0 && m_dice.chance(40))
                interaction.kind = InteractionKind::Intro;
            interaction.summary = m_dice.pick(demo::summariesFor(interaction.kind));
            const bool plannedTalk = interaction.kind == InteractionKind::Coffee || interaction.kind == InteractionKind::Call
                                     || interaction.kind == InteractionKind::Video
                                     || interaction.kind == InteractionKind::Meeting;
            if (plannedTalk && m_dice.chance(25))
                interaction.agenda = m_dice.pick(demo::agendas());
            if (m_dice.chance(45))
                interaction.notes = m_dice.pick(demo::interactionNotes());
            interaction.date = m_days.at(planned.day);
            interaction.direction = weightedDirection(m_dice, contact.roles, interaction.kind);
            interaction.createdAt = m_evenings.at(planned.day);
            interaction.updatedAt = interaction.createdAt;
            for (const int participant : {planned.contact, planned.other}) {
                if (participant >= 0)
                    interaction.participants.append(ContactRef{m_contacts[size_t(participant)].id, {}});
            }
            auto interactionId = m_writer.addInteraction(interaction);
            if (!interactionId)
                return interactionId.error();
            for (const ContactRef &participant : std::as_const(interaction.participants)) {
                if (auto done = addFollowUp(interaction, planned.day, *interactionId, participant.id); !done)
                    return done;
            }
            if (auto going = m_writer.advance(); !going)
                return going;
        }
        m_summary.interactions = m_options.interactions;
        return {};
    }

    // The follow-up Tend would have scheduled (the notebook's delay for the kind), in the state a
    // real user would have left it.
    Status addFollowUp(const Interaction &interaction, int day, qint64 interactionId, qint64 contactId)
    {
        if (!m_followUpDays.contains(interaction.kind))
            return {};
        const int delay = m_followUpDays.value(interaction.kind);
        const int due = day + delay;
        const int today = todayIndex();

        ReminderState state = ReminderState::Open;
        int completedDay = -1;
        int snoozedTo = -1;
        if (due < today - 21) {
            state = m_dice.chance(85) ? ReminderState::Done : ReminderState::Dismissed;
            completedDay = std::min(today, due + m_dice.below(6));
        } else if (m_dice.chance(30)) {
            state = ReminderState::Done;
            completedDay = std::min(today, day + 1 + m_dice.below(std::max(1, delay)));
        } else if (due < today && m_dice.chance(25)) {
            snoozedTo = due + 3 + m_dice.below(10);
        }
        const int storedDue = snoozedTo >= 0 ? snoozedTo : due;
        return insertReminder(contactId, interactionId, storedDue, followUpReason(interaction), state, day, due,
                              snoozedTo, completedDay);
    }

    Status insertReminder(qint64 contactId, std::optional<qint64> interactionId, int storedDue, const QString &reason,
                          ReminderState state, int createdDay, int originalDue, int snoozedTo, int completedDay)
    {
        Reminder reminder;
        reminder.contactId = contactId;
        reminder.interactionId = interactionId;
        reminder.due = m_days.at(std::min(storedDue, int(m_days.size()) - 1));
        reminder.reason = reason;
        reminder.state = state;
        reminder.createdAt = m_evenings.at(createdDay);
        if (completedDay >= 0)
            reminder.completedAt = m_evenings.at(completedDay);
        reminder.history.append(ReminderEvent{reminder.createdAt, ReminderEvent::Action::Created, {}, m_days.at(originalDue)});
        if (snoozedTo >= 0) {
            const int snoozedOn = std::min(todayIndex(), originalDue);
            reminder.history.append(ReminderEvent{m_mornings.at(snoozedOn), ReminderEvent::Action::Snoozed,
                                                  m_days.at(originalDue), m_days.at(snoozedTo)});
        }
        if (completedDay >= 0) {
            reminder.history.append(ReminderEvent{reminder.completedAt,
                                                  state == ReminderState::Done ? ReminderEvent::Action::Done
                                                                               : ReminderEvent::Action::Dismissed,
                                                  {}, {}});
        }
        auto added = m_writer.addReminder(reminder);
        if (!added)
            return added.error();
        ++m_summary.reminders;
        return {};
    }

    // Reminders of the user's own: one due today, a few overdue, a few next week.
    Status addManualReminders()
    {
        const int count = std::max(3, int(m_contacts.size()) / 30);
        for (int i = 0; i < count && !m_contacts.empty(); ++i) {
            const DemoContact &contact = m_contacts[size_t(m_dice.below(int(m_contacts.size())))];
            const int today = todayIndex();
            const int offset = i == 0 ? 0 : (i % 3 == 1 ? -1 - m_dice.below(10) : 1 + m_dice.below(8));
            const int due = today + offset;
            const int createdDay = std::max(contact.createdDay, std::min(today, due) - 7);
            if (auto done = insertReminder(contact.id, std::nullopt, due, m_dice.pick(demo::manualReminderReasons()),
                                           ReminderState::Open, createdDay, due, -1, -1);
                !done) {
                return done;
            }
        }
        return {};
    }

    BulkWriter &m_writer;
    const DemoOptions &m_options;
    Dice m_dice;
    QDate m_today;
    QDate m_start;
    QHash<Role, int> m_roleCadences;
    QHash<InteractionKind, int> m_followUpDays;
    QList<QDate> m_days; // each day since m_start
    QList<QDateTime> m_evenings; // an instant on each of those days
    QList<QDateTime> m_mornings;
    std::vector<DemoContact> m_contacts;
    DemoSummary m_summary;
};

} // namespace

Result<DemoSummary> generateDemo(Notebook &notebook, const DemoOptions &options, const ProgressFunction &progress)
{
    if (options.contacts < 1 || options.interactions < 0)
        return Error::invalid(DemoGeneratorText::tr("The demo needs at least one contact and no negative sizes."));
    QHash<Role, int> roleCadences;
    for (const Role role : allRoles()) {
        auto days = notebook.roleCadence(role);
        if (!days)
            return days.error();
        if (*days)
            roleCadences.insert(role, **days);
    }
    QHash<InteractionKind, int> followUpDays;
    for (const InteractionKind kind : allInteractionKinds()) {
        auto days = notebook.followUpDays(kind);
        if (!days)
            return days.error();
        if (*days)
            followUpDays.insert(kind, **days);
    }
    const QDate today = options.today.isValid() ? options.today : notebook.today();
    DemoSummary summary;
    auto written = notebook.writeInBulk(
        qint64(options.contacts) + options.interactions,
        [&](BulkWriter &writer) -> Status {
            Generator generator(writer, options, today, roleCadences, followUpDays);
            auto generated = generator.run();
            if (!generated)
                return generated.error();
            summary = *generated;
            return {};
        },
        progress);
    if (!written) {
        if (written.error().code == Error::Code::Cancelled)
            return Error::cancelled(DemoGeneratorText::tr("Cancelled: no demo data was added."));
        return written.error();
    }
    return summary;
}

} // namespace tend
