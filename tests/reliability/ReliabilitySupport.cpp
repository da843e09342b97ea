#include "ReliabilitySupport.h"

#include "TestSupport.h"

#include "db/Sql.h"
#include "model/Validation.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tend::test {

namespace {
constexpr uid_t nobody = 65534;
}

Unprivileged::Unprivileged(const QString &folder)
{
    if (::geteuid() != 0) {
        m_ok = true;
        return;
    }
    if (::chown(QFile::encodeName(folder).constData(), nobody, nobody) != 0)
        return;
    if (::seteuid(nobody) != 0)
        return;
    m_dropped = true;
    m_ok = true;
}

Unprivileged::~Unprivileged()
{
    if (m_dropped && ::seteuid(0) != 0)
        qFatal("could not return to the original user");
}

FileSizeLimit::FileSizeLimit(qint64 bytes)
{
    rlimit current{};
    if (::getrlimit(RLIMIT_FSIZE, &current) != 0)
        return;
    m_previous = current.rlim_cur;
    m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    const rlimit lowered{rlim_t(bytes), current.rlim_max};
    m_ok = ::setrlimit(RLIMIT_FSIZE, &lowered) == 0;
}

FileSizeLimit::~FileSizeLimit()
{
    rlimit current{};
    ::getrlimit(RLIMIT_FSIZE, &current);
    const rlimit restored{rlim_t(m_previous), current.rlim_max};
    ::setrlimit(RLIMIT_FSIZE, &restored);
    std::signal(SIGXFSZ, m_previousHandler ? m_previousHandler : SIG_DFL);
}

int modeOf(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QStringList awkwardTexts()
{
    return {
        u"O'Brien \"the boss\" `x` ; DROP TABLE contact; --"_s,
        u"Zoë 🧑🏽‍💻 Ng 🎉"_s,
        u"مريم الأحمد"_s,
        u"שרה כהן (mentor) עברית"_s,
        u"<b>bold</b> <script>alert(1)</script> &amp; **md** [link](http://x)"_s,
        QString::fromUtf8("junk \x01\x02\x7f \xc2\x80 \xef\xbf\xbd tab\tnew\nline %s %n \\ 100%_"),
        u"李小龙 • ☕ • 𝄞"_s,
    };
}

QString storable(const QString &text, TextShape shape)
{
    QString result = text;
    for (QChar &c : result) {
        if (firstForbiddenCharacter(QString(c), shape) >= 0)
            c = u' ';
    }
    return result;
}

void fillSampleData(Notebook &notebook)
{
    QList<qint64> ids;
    const QStringList texts = awkwardTexts();
    const QList<Role> roles{Role::Mentor, Role::Sponsor, Role::Coach, Role::Therapist, Role::Peer};
    for (int i = 0; i < texts.size(); ++i) {
        Contact contact;
        contact.name = storable(texts.at(i).left(limits::nameLength)).trimmed();
        contact.roles = {roles.at(i % roles.size())};
        contact.emails = {u"person%1@example.org"_s.arg(i)};
        contact.phones = {u"+44 20 7946 09%1"_s.arg(i, 2, 10, QChar(u'0'))};
        contact.links = {{u"Site"_s, u"https://example.org/%1"_s.arg(i)}};
        contact.organisation = storable(texts.at((i + 1) % texts.size()).left(limits::shortTextLength));
        contact.title = storable(texts.at((i + 2) % texts.size()).left(limits::shortTextLength));
        contact.notes = storable(texts.join(u"\n"_s), TextShape::MultiLine);
        contact.metVia = MetVia::Community;
        contact.cadenceDays = i % 2 ? std::optional<int>(21) : std::nullopt;
        if (notebook.schemaVersion() >= 4) { // tags, original cards, photos, connection days
            contact.tags = {storable(texts.at((i + 3) % texts.size()).left(limits::shortTextLength)).trimmed(),
                            u"inner circle"_s};
            contact.connectedOn = notebook.today().addDays(-100 - i);
            if (i % 2 == 0) {
                contact.card = u"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:%1\r\nX-UNKNOWN;TYPE=odd:kept\\, as is\r\n"
                               "END:VCARD\r\n"_s.arg(contact.name);
                contact.photo = {QByteArray("\xff\xd8\xff\xe0 not really a JPEG ") + QByteArray::number(i), u"image/jpeg"_s};
            }
        }
        auto id = notebook.addContact(contact);
        if (!id) {
            QTest::qFail(qPrintable(u"addContact: "_s + id.error().message), __FILE__, __LINE__);
            return;
        }
        ids.append(*id);
    }
    qint64 firstInteraction = 0;
    for (int i = 0; i < ids.size(); ++i) {
        Interaction interaction;
        interaction.kind = i % 2 ? InteractionKind::Meeting : InteractionKind::Coffee;
        interaction.date = notebook.today().addDays(-10 * i);
        interaction.participants = {{ids.at(i), {}}, {ids.at((i + 1) % ids.size()), {}}};
        interaction.direction = i % 3 == 0 ? Direction::Gave : (i % 3 == 1 ? Direction::Received : Direction::Mutual);
        interaction.summary = storable(texts.at(i).left(limits::shortTextLength));
        interaction.notes = storable(texts.at((i + 3) % texts.size()), TextShape::MultiLine);
        interaction.agenda = storable(texts.at((i + 4) % texts.size()), TextShape::MultiLine);
        auto logged = notebook.logInteraction(interaction);
        if (!logged) {
            QTest::qFail(qPrintable(u"logInteraction: "_s + logged.error().message), __FILE__, __LINE__);
            return;
        }
        if (i == 0)
            firstInteraction = logged->interactionId;
    }
    auto done = notebook.addReminder(ids.at(0), notebook.today().addDays(3), storable(texts.at(2)));
    auto dismissed = notebook.addReminder(ids.at(1), notebook.today().addDays(5), storable(texts.at(3)));
    auto snoozed = notebook.addReminder(ids.at(2), notebook.today().addDays(-2), storable(texts.at(4)));
    if (!done || !dismissed || !snoozed || !notebook.completeReminder(*done) || !notebook.dismissReminder(*dismissed)
        || !notebook.snoozeReminder(*snoozed, 3) || !notebook.snoozeNudge(ids.at(3), notebook.today().addDays(9))) {
        QTest::qFail("adding sample reminders failed", __FILE__, __LINE__);
    }
    if (notebook.schemaVersion() >= 5 && !notebook.dismissDuplicate(ids.at(0), ids.at(1)))
        QTest::qFail("dismissing a sample pair failed", __FILE__, __LINE__);
    if (notebook.schemaVersion() >= 7) { // important dates; from 10 on, their reminders done and snoozed
        ImportantDate birthday;
        birthday.contactId = ids.at(0);
        birthday.kind = ImportantDate::Kind::Birthday;
        birthday.year = 1815;
        birthday.month = 12;
        birthday.day = 10;
        ImportantDate custom;
        custom.contactId = ids.at(1);
        custom.kind = ImportantDate::Kind::Custom;
        custom.label = storable(texts.at(5).left(limits::shortTextLength)).trimmed();
        const QDate today = notebook.today();
        custom.month = today.month();
        custom.day = std::min(today.day(), 28);
        auto first = notebook.addImportantDate(birthday);
        auto second = notebook.addImportantDate(custom);
        if (!first || !second)
            QTest::qFail("adding sample important dates failed", __FILE__, __LINE__);
        const QDate customDay(today.year(), custom.month, custom.day);
        if (first && second && notebook.schemaVersion() >= 10
            && (!notebook.completeDateReminder(*first, QDate(today.year(), 12, 10))
                || !notebook.snoozeDateReminder(*second, customDay, today.addDays(3)))) {
            QTest::qFail("adding sample date reminders failed", __FILE__, __LINE__);
        }
        // A tag's cadence, a reminder that repeats (completed once, so a series), a logged length and rating.
        const auto tagCadence = notebook.writeConfig(u"cadence.tag.inner circle"_s, u"30"_s);
        const auto repeating = notebook.addReminder(ids.at(4), notebook.today().addDays(-1), storable(texts.at(6 % texts.size())),
                                                    Recurrence{1, Recurrence::Unit::Months, false});
        Interaction rated;
        rated.kind = InteractionKind::Call;
        rated.date = notebook.today().addDays(-4);
        rated.participants = {{ids.at(2), {}}};
        rated.summary = storable(texts.at(7 % texts.size()).left(limits::shortTextLength));
        rated.durationMinutes = 45;
        rated.rating = 4;
        if (!tagCadence || !repeating || !notebook.completeReminder(*repeating) || !notebook.logInteraction(rated))
            QTest::qFail("adding sample rhythm rows failed", __FILE__, __LINE__);
    }
    if (notebook.schemaVersion() >= 6) { // the mentorship practice
        Ask mine;
        mine.contact.id = ids.at(0);
        mine.text = storable(texts.at(1).left(limits::shortTextLength)).trimmed();
        mine.why = storable(texts.at(2).left(limits::shortTextLength));
        mine.action = u"Review my promotion case"_s;
        mine.deadline = notebook.today().addDays(10);
        Ask theirs;
        theirs.contact.id = ids.at(1);
        theirs.direction = AskDirection::Theirs;
        theirs.text = storable(texts.at(3).left(limits::shortTextLength)).trimmed();
        theirs.deadline = notebook.today().addDays(2);
        const auto firstAsk = notebook.addAsk(mine);
        const auto secondAsk = notebook.addAsk(theirs);
        const auto introduction = notebook.addIntroduction(ids.at(2), ids.at(3), storable(texts.at(4 % texts.size())));
        if (!firstAsk || !secondAsk || !notebook.moveAsk(*secondAsk, AskState::Answered, storable(texts.at(5 % texts.size())))
            || !introduction || !notebook.advanceIntroduction(*introduction) || !notebook.advanceIntroduction(*introduction)
            ) {
            QTest::qFail("adding sample asks and introductions failed", __FILE__, __LINE__);
            return;
        }
        const auto acted = notebook.addAdvice(firstInteraction, storable(texts.at(6 % texts.size())));
        const auto open = notebook.addAdvice(firstInteraction, storable(texts.at(7 % texts.size())));
        if (!acted || !open || !notebook.markAdviceActedOn(*acted, storable(texts.at(8 % texts.size())))
            || !notebook.reportAdviceBack(*acted))
            QTest::qFail("adding sample advice failed", __FILE__, __LINE__);
    }
}

namespace {
// Table names come from this fixed list, never from input.
const QStringList &schemaOneTables()
{
    static const QStringList tables{u"contact"_s, u"contact_role"_s, u"contact_email"_s, u"contact_phone"_s,
                                    u"contact_link"_s, u"interaction"_s, u"interaction_participant"_s,
                                    u"reminder"_s, u"reminder_event"_s, u"setting"_s};
    return tables;
}
} // namespace

QString rowCounts(const Database &database)
{
    QStringList counts;
    for (const QString &table : schemaOneTables()) {
        // The day the keep-in-touch schedule was computed for is the file's state, not the user's data.
        auto count = table == u"setting"_s
                         ? sql::scalar(database.connection(), u"SELECT count(*) FROM setting WHERE key <> 'nudges-computed-for'"_s)
                         : sql::scalar(database.connection(), u"SELECT count(*) FROM "_s + table);
        counts.append(table + u'=' + (count ? QString::number(*count) : u"error: "_s + count.error().message));
    }
    return counts.join(u';');
}

QString rowCounts(const QString &path)
{
    const auto database = openForReading(path);
    return database ? rowCounts(*database) : QString();
}

QMap<QString, QStringList> userColumns(const Database &database)
{
    static const QStringList derived{u"contact.name_key"_s, u"contact.nudge_cadence_days"_s, u"contact.nudge_due_on"_s};
    QMap<QString, QStringList> columns;
    auto tables = sql::exec(database.connection(),
                            u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                            " AND name NOT LIKE '%\\_data' ESCAPE '\\' AND name NOT LIKE '%\\_idx' ESCAPE '\\'"
                            " AND name NOT LIKE '%\\_content' ESCAPE '\\' AND name NOT LIKE '%\\_docsize' ESCAPE '\\'"
                            " AND name NOT LIKE '%\\_config' ESCAPE '\\' ORDER BY name"_s);
    if (!tables) {
        QTest::qFail(qPrintable(tables.error().message), __FILE__, __LINE__);
        return columns;
    }
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    tables = Error{};
    for (const QString &table : std::as_const(names)) {
        auto info = sql::exec(database.connection(), u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s, {table});
        if (!info)
            continue;
        while (info->next()) {
            const QString column = info->value(0).toString();
            if (!derived.contains(table + u'.' + column))
                columns[table].append(column);
        }
    }
    return columns;
}

QStringList tableDump(const Database &database, const QMap<QString, QStringList> &columns)
{
    QStringList lines;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        // Names read from the database's own schema, quoted.
        QStringList quoted;
        QStringList order;
        for (int i = 0; i < it.value().size(); ++i) {
            quoted.append(u'"' + it.value().at(i) + u'"');
            order.append(QString::number(i + 1));
        }
        auto rows = sql::exec(database.connection(), u"SELECT "_s + quoted.join(u", "_s) + u" FROM \""_s + it.key()
                                                         + u"\" ORDER BY "_s + order.join(u", "_s));
        if (!rows) {
            lines.append(it.key() + u": "_s + rows.error().message);
            continue;
        }
        while (rows->next()) {
            QStringList values;
            for (int i = 0; i < rows->record().count(); ++i)
                values.append(rows->value(i).isNull() ? u"NULL"_s : u'<' + rows->value(i).toString() + u'>');
            if (it.key() == u"setting"_s && values.value(0) == u"<nudges-computed-for>"_s)
                continue; // as in rowCounts
            lines.append(it.key() + u": "_s + values.join(u'|'));
        }
    }
    return lines;
}

QStringList tableDump(const Database &database)
{
    return tableDump(database, userColumns(database));
}

void runRawSql(const QString &path, const QStringList &statements)
{
    const QString name = u"raw-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            QTest::qFail("raw open failed", __FILE__, __LINE__);
        } else {
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement))
                    QTest::qFail(qPrintable(u"raw SQL failed: "_s + statement), __FILE__, __LINE__);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void damageCopy(const QString &source, const QString &target, qint64 offset, qint64 count)
{
    QFile::remove(target);
    if (!QFile::copy(source, target)) {
        QTest::qFail("copying the fixture failed", __FILE__, __LINE__);
        return;
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(target);
    if (!file.open(QIODevice::ReadWrite)) {
        QTest::qFail("opening the copy failed", __FILE__, __LINE__);
        return;
    }
    if (count < 0) {
        file.resize(offset);
        return;
    }
    file.seek(offset);
    file.write(QByteArray(count, char(0xA5)));
}

} // namespace tend::test
