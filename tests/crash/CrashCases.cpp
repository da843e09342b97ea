#include "CrashCase.h"

#include "Notebook.h"
#include "db/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QVariant>

#include <memory>

using namespace Qt::StringLiterals;

namespace tend::crash {
namespace {

// The state of one command in a run: before the victim it must be there, after it absent.
enum class Expect { Present, Either, Absent };

Expect expectFor(int command, int victim)
{
    return command < victim ? Expect::Present : (command == victim ? Expect::Either : Expect::Absent);
}

qint64 count(const Database &db, const QString &statement, const QVariantList &values = {})
{
    auto value = sql::scalar(db.connection(), statement, values);
    return value ? *value : -1;
}

// Records a problem when the operation is in a state `expect` forbids, or half done.
void judge(CheckResult &result, const QString &what, Expect expect, bool whollyPresent, bool whollyAbsent)
{
    if (!whollyPresent && !whollyAbsent)
        result.problems.append(what + u" is half done"_s);
    else if (expect == Expect::Present && !whollyPresent)
        result.problems.append(what + u" finished before the kill but is missing"_s);
    else if (expect == Expect::Absent && !whollyAbsent)
        result.problems.append(what + u" never ran but is there"_s);
    if (expect == Expect::Either)
        result.victimApplied = whollyPresent;
}

// `tend demo` on an empty database: afterwards either nothing or the whole network.
CrashCase demoCase()
{
    constexpr int contacts = 1500;
    constexpr int interactions = 20000;
    CrashCase c;
    c.name = u"demo"_s;
    c.runs = 14;
    c.prepare = [](const QString &) {};
    c.commands = [](int run) {
        return QList<QStringList>{{u"demo"_s, u"--contacts"_s, QString::number(contacts), u"--interactions"_s,
                                   QString::number(interactions), u"--seed"_s, QString::number(run + 1)}};
    };
    c.check = [](const Database &db, int, int victim) {
        CheckResult result;
        const qint64 people = count(db, u"SELECT count(*) FROM contact"_s);
        const qint64 meetings = count(db, u"SELECT count(*) FROM interaction"_s);
        const qint64 orphans = count(db, u"SELECT count(*) FROM interaction i WHERE NOT EXISTS "
                                         "(SELECT 1 FROM interaction_participant p WHERE p.interaction_id = i.id)"_s);
        const qint64 reminders = count(db, u"SELECT count(*) FROM reminder"_s);
        const bool whole = people == contacts && meetings == interactions && orphans == 0 && reminders > 0;
        const bool none = people == 0 && meetings == 0 && reminders == 0;
        judge(result, u"demo (%1 contacts, %2 interactions, %3 reminders)"_s.arg(people).arg(meetings).arg(reminders),
              expectFor(0, victim), whole, none);
        return result;
    };
    return c;
}

// A burst of edits: add a contact, log with a follow-up, done, snooze, add, log.
CrashCase editBurstCase()
{
    CrashCase c;
    c.name = u"edit burst"_s;
    c.runs = 24;
    auto reminderIds = std::make_shared<QList<qint64>>();
    const int runs = c.runs;
    c.prepare = [reminderIds, runs](const QString &path) {
        auto nb = Notebook::open(path, {}, Clock::fixed(fixedToday));
        if (!nb)
            qFatal("cannot prepare the edit-burst database: %s", qPrintable(nb.error().message));
        Contact ada;
        ada.name = u"Ada Anchor"_s;
        ada.roles = {Role::Mentor};
        const qint64 adaId = *(*nb)->addContact(ada);
        for (int i = 0; i < 2 * runs; ++i)
            reminderIds->append(*(*nb)->addReminder(adaId, QDate(2026, 11, 20), u"seed %1"_s.arg(i)));
    };
    c.commands = [reminderIds](int run) {
        const QString tag = QString::number(run);
        return QList<QStringList>{
            {u"contact"_s, u"add"_s, u"Crash %1 Zoë «test»"_s.arg(tag), u"--role"_s, u"mentor"_s, u"--role"_s,
             u"peer"_s, u"--email"_s, u"crash%1@example.org"_s.arg(tag), u"--note"_s, u"مرحبا \"quoted\" 🎉"_s},
            {u"log"_s, u"coffee"_s, u"Crash %1 Zoë «test»"_s.arg(tag), u"Ada Anchor"_s, u"--summary"_s,
             u"crash-%1-coffee"_s.arg(tag), u"--follow-up"_s, u"14"_s, u"--keep-follow-ups"_s}, // done/snooze below act on them
            {u"done"_s, QString::number(reminderIds->at(2 * run))},
            {u"snooze"_s, QString::number(reminderIds->at(2 * run + 1)), u"5"_s},
            {u"contact"_s, u"add"_s, u"Crash %1 Second"_s.arg(tag), u"--role"_s, u"coach"_s},
            {u"log"_s, u"call"_s, u"Crash %1 Second"_s.arg(tag), u"--summary"_s, u"crash-%1-call"_s.arg(tag),
             u"--note"_s, u"long notes "_s.repeated(200), u"--no-follow-up"_s},
        };
    };
    c.check = [reminderIds](const Database &db, int run, int victim) {
        CheckResult result;
        const QString tag = QString::number(run);
        const auto contactState = [&](int command, const QString &name, int roles, int emails) {
            const qint64 found = count(db, u"SELECT count(*) FROM contact WHERE name = ?"_s, {name});
            const qint64 roleRows = count(db, u"SELECT count(*) FROM contact_role r JOIN contact c ON c.id = r.contact_id "
                                               "WHERE c.name = ?"_s, {name});
            const qint64 emailRows = count(db, u"SELECT count(*) FROM contact_email e JOIN contact c ON c.id = e.contact_id "
                                                "WHERE c.name = ?"_s, {name});
            judge(result, u"contact add %1"_s.arg(name), expectFor(command, victim),
                  found == 1 && roleRows == roles && emailRows == emails, found == 0 && roleRows == 0 && emailRows == 0);
        };
        const auto logState = [&](int command, const QString &summary, int reminders) {
            const qint64 found = count(db, u"SELECT count(*) FROM interaction WHERE summary = ?"_s, {summary});
            const qint64 people = count(db, u"SELECT count(*) FROM interaction_participant p JOIN interaction i "
                                             "ON i.id = p.interaction_id WHERE i.summary = ?"_s, {summary});
            const qint64 followUps = count(db, u"SELECT count(*) FROM reminder r JOIN interaction i ON i.id = r.interaction_id "
                                                "WHERE i.summary = ?"_s, {summary});
            const qint64 events = count(db, u"SELECT count(*) FROM reminder_event e JOIN reminder r ON r.id = e.reminder_id "
                                             "JOIN interaction i ON i.id = r.interaction_id WHERE i.summary = ?"_s, {summary});
            const int expectedPeople = reminders == 0 ? 1 : 2;
            judge(result, u"log %1"_s.arg(summary), expectFor(command, victim),
                  found == 1 && people == expectedPeople && followUps == reminders && events == reminders,
                  found == 0 && people == 0 && followUps == 0);
        };
        const auto reminderState = [&](int command, qint64 id, const QString &state, const QString &action,
                                       const QString &due) {
            const qint64 changed = count(db, u"SELECT count(*) FROM reminder WHERE id = ? AND state = ? AND due_on = ?"_s,
                                         {id, state, due});
            const qint64 untouched = count(db, u"SELECT count(*) FROM reminder WHERE id = ? AND state = 'open' "
                                                "AND due_on = '2026-11-20'"_s, {id});
            const qint64 logged = count(db, u"SELECT count(*) FROM reminder_event WHERE reminder_id = ? AND action = ?"_s,
                                        {id, action});
            judge(result, u"%1 of reminder %2"_s.arg(action).arg(id), expectFor(command, victim),
                  changed == 1 && logged == 1, untouched == 1 && logged == 0);
        };
        contactState(0, u"Crash %1 Zoë «test»"_s.arg(tag), 2, 1);
        logState(1, u"crash-%1-coffee"_s.arg(tag), 2);
        reminderState(2, reminderIds->at(2 * run), u"done"_s, u"done"_s, u"2026-11-20"_s);
        reminderState(3, reminderIds->at(2 * run + 1), u"open"_s, u"snoozed"_s, u"2026-11-28"_s);
        contactState(4, u"Crash %1 Second"_s.arg(tag), 1, 0);
        logState(5, u"crash-%1-call"_s.arg(tag), 0);
        return result;
    };
    return c;
}

// `tend restore`: afterwards the database is wholly the old one or wholly the backup.
CrashCase restoreCase()
{
    CrashCase c;
    c.name = u"restore"_s;
    c.runs = 10;
    auto source = std::make_shared<QString>();
    const auto fill = [](const QString &path, const QString &name, int interactions) {
        auto nb = Notebook::open(path, {}, Clock::fixed(fixedToday));
        if (!nb)
            qFatal("cannot prepare the restore case: %s", qPrintable(nb.error().message));
        Contact contact;
        contact.name = name;
        contact.notes = u"notes "_s.repeated(2000);
        const qint64 id = *(*nb)->addContact(contact);
        for (int i = 0; i < interactions; ++i) {
            Interaction chat;
            chat.date = QDate(2026, 1, 1).addDays(i % 300);
            chat.participants = {{id, {}}};
            chat.notes = u"interaction %1 "_s.arg(i).repeated(20);
            (void)(*nb)->logInteraction(chat, FollowUpChoice::none());
        }
    };
    c.prepare = [source, fill](const QString &path) {
        fill(path, u"Only in the current database"_s, 300);
        *source = QFileInfo(path).absoluteDir().filePath(u"restore-source.db"_s);
        fill(*source, u"Only in the backup"_s, 600);
    };
    c.commands = [source](int) { return QList<QStringList>{{u"restore"_s, *source}}; };
    c.check = [](const Database &db, int, int victim) {
        CheckResult result;
        const qint64 current = count(db, u"SELECT count(*) FROM contact WHERE name = 'Only in the current database'"_s);
        const qint64 restored = count(db, u"SELECT count(*) FROM contact WHERE name = 'Only in the backup'"_s);
        const qint64 interactions = count(db, u"SELECT count(*) FROM interaction"_s);
        judge(result, u"restore (%1 old, %2 restored contacts, %3 interactions)"_s.arg(current).arg(restored).arg(interactions),
              expectFor(0, victim), restored == 1 && current == 0 && interactions == 600,
              current == 1 && restored == 0 && interactions == 300);
        return result;
    };
    return c;
}

} // namespace

QList<CrashCase> crashCases()
{
    return {demoCase(), editBurstCase(), restoreCase()};
}

} // namespace tend::crash
