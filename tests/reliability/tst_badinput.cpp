#include "ReliabilitySupport.h"
#include "TestSupport.h"

#include "model/Validation.h"
#include "util/Parsing.h"

#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace tend;

namespace {

struct Seeded
{
    test::TempNotebook nb;
    qint64 ada = 0;
    qint64 reminder = 0;
    Seeded()
    {
        test::fillSampleData(*nb.notebook);
        ada = test::addContact(*nb.notebook, u"Ada"_s, {Role::Mentor});
        reminder = *nb->addReminder(ada, QDate(2026, 12, 1), u"Follow up"_s);
    }
};

using Attempt = std::function<Error(Seeded &)>;

template<typename T>
Error failureOf(const Result<T> &result)
{
    return result ? Error{Error::Code::Database, u"UNEXPECTEDLY ACCEPTED"_s} : result.error();
}

// The first `length` UTF-16 units of `text`, without splitting a surrogate pair.
QString leftWhole(const QString &text, int length)
{
    QString left = text.left(length);
    if (!left.isEmpty() && left.back().isHighSurrogate())
        left.chop(1);
    return left;
}

Contact named(const QString &name)
{
    Contact contact;
    contact.name = name;
    return contact;
}

Interaction chatWith(qint64 id)
{
    Interaction chat;
    chat.date = QDate(2026, 11, 20);
    chat.participants = {{id, {}}};
    return chat;
}

} // namespace

Q_DECLARE_METATYPE(Attempt)

// Bad input is refused with a message and changes nothing, byte for byte; awkward text is stored
// and read back exactly.
class TestBadInput : public QObject
{
    Q_OBJECT
private slots:
    void badInputChangesNothing_data()
    {
        QTest::addColumn<Attempt>("attempt");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("words");
        const auto add = [](const char *name, Error::Code code, const QString &words, Attempt attempt) {
            QTest::newRow(name) << attempt << code << words;
        };
        const Error::Code invalid = Error::Code::Invalid;
        add("empty name", invalid, u"Enter a name"_s, [](Seeded &s) { return failureOf(s.nb->addContact(named({}))); });
        add("blank name", invalid, u"Enter a name"_s, [](Seeded &s) { return failureOf(s.nb->addContact(named(u" \t\n "_s))); });
        add("name too long", invalid, u"too long"_s,
            [](Seeded &s) { return failureOf(s.nb->addContact(named(QString(limits::nameLength + 1, u'n')))); });
        add("notes over the limit", invalid, u"too long"_s, [](Seeded &s) {
            Contact contact = named(u"Big"_s);
            contact.notes = QString(limits::notesLength + 1, u'x');
            return failureOf(s.nb->addContact(contact));
        });
        add("NUL in notes", invalid, u"NUL"_s, [](Seeded &s) {
            Contact contact = named(u"Nul"_s);
            contact.notes = u"a"_s + QChar(u'\0') + u"b"_s;
            return failureOf(s.nb->addContact(contact));
        });
        add("bad e-mail", invalid, u"not an e-mail"_s, [](Seeded &s) {
            Contact contact = named(u"Mail"_s);
            contact.emails = {u"not an address"_s};
            return failureOf(s.nb->addContact(contact));
        });
        add("cadence zero", invalid, u"cadence"_s, [](Seeded &s) {
            Contact contact = named(u"Zero"_s);
            contact.cadenceDays = 0;
            return failureOf(s.nb->addContact(contact));
        });
        add("edit to an empty name", invalid, u"Enter a name"_s, [](Seeded &s) {
            Contact contact = *s.nb->contact(s.ada);
            contact.name.clear();
            return failureOf(s.nb->updateContact(contact));
        });
        add("interaction agenda over the limit", invalid, u"too long"_s, [](Seeded &s) {
            Interaction chat = chatWith(s.ada);
            chat.agenda = QString(limits::notesLength + 1, u'a');
            return failureOf(s.nb->logInteraction(chat));
        });
        add("interaction without people", invalid, u"at least one"_s,
            [](Seeded &s) {
                Interaction chat = chatWith(s.ada);
                chat.participants.clear();
                return failureOf(s.nb->logInteraction(chat));
            });
        add("interaction with an invalid date", invalid, u"valid date"_s, [](Seeded &s) {
            Interaction chat = chatWith(s.ada);
            chat.date = QDate();
            return failureOf(s.nb->logInteraction(chat));
        });
        add("interaction with an unknown person", Error::Code::NotFound, u"999999"_s,
            [](Seeded &s) { return failureOf(s.nb->logInteraction(chatWith(999999))); });
        add("follow-up of -1 days", invalid, u"between"_s,
            [](Seeded &s) { return failureOf(s.nb->logInteraction(chatWith(s.ada), FollowUpChoice::inDays(-1))); });
        add("snooze of 0 days", invalid, u"between"_s, [](Seeded &s) { return failureOf(s.nb->snoozeReminder(s.reminder, 0)); });
        add("snooze of 100000 days", invalid, u"between"_s,
            [](Seeded &s) { return failureOf(s.nb->snoozeReminder(s.reminder, 100000)); });
        add("done on an unknown reminder", Error::Code::NotFound, u"424242"_s,
            [](Seeded &s) { return failureOf(s.nb->completeReminder(424242)); });
        add("reminder with an invalid date", invalid, u"valid due date"_s,
            [](Seeded &s) { return failureOf(s.nb->addReminder(s.ada, QDate(), u"x"_s)); });
        add("unknown contact reference", Error::Code::NotFound, u"Nobody"_s,
            [](Seeded &s) { return failureOf(s.nb->resolveContact(u"Nobody Atall"_s)); });
    }

    void badInputChangesNothing()
    {
        QFETCH(Attempt, attempt);
        QFETCH(Error::Code, code);
        QFETCH(QString, words);
        Seeded seeded;
        const QByteArray digest = test::fileDigest(seeded.nb.path);
        const Error error = attempt(seeded);
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.contains(words, Qt::CaseInsensitive), qPrintable(error.message));
        QCOMPARE(test::fileDigest(seeded.nb.path), digest);
    }

    void badTypedValuesAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "2026-02-29", "2026-13-01", "2026-00-10", "2026-1-5", "26-01-05", "tomorrow",
                                "2026-01-05T10:00", " 2026-01-05x", "２０２６-01-05", "9999999-01-01"})
            QTest::newRow(bad[0] ? bad : "empty") << QString::fromUtf8(bad);
    }

    void badTypedValuesAreRefused()
    {
        QFETCH(QString, text);
        auto day = parse::day(text, u"--date"_s);
        QVERIFY2(!day.ok(), qPrintable(text));
        QVERIFY(day.error().message.contains(u"--date"_s));
        auto days = parse::days(text, u"--within"_s);
        QVERIFY(!days.ok());
        QVERIFY(!roleFromKey(text));
        QVERIFY(!interactionKindFromKey(text));
    }

    void unknownNamesAreRefused()
    {
        for (const QString &bad : {u"boss"_s, u"mentors"_s, u""_s, u"men tor"_s, u"ment\u00f6r"_s})
            QVERIFY2(!roleFromKey(bad), qPrintable(bad));
        QVERIFY(roleFromKey(u"Therapist"_s));
        QVERIFY(!interactionKindFromKey(u"lunch"_s));
        QVERIFY(!directionFromKey(u"took"_s));
    }

    void awkwardTextIsStoredVerbatim_data()
    {
        QTest::addColumn<QString>("given");
        const QStringList texts = test::awkwardTexts();
        for (int i = 0; i < texts.size(); ++i)
            QTest::addRow("awkward %d", i) << texts.at(i);
        QString bytes; // every byte value but NUL, read as Latin-1
        for (int b = 1; b < 256; ++b)
            bytes.append(QChar(b));
        QTest::newRow("every non-NUL byte") << bytes;
        QRandomGenerator random(20261123);
        QString junk;
        while (junk.size() < 280) {
            const char32_t code = random.bounded(1u, 0x2FFFFu);
            if ((code >= 0xD800 && code <= 0xDFFF) || (code & 0xFFFE) == 0xFFFE || (code >= 0xFDD0 && code <= 0xFDEF))
                continue; // surrogates and noncharacters are not text (see noncharactersAreNotKept)
            junk.append(QString::fromUcs4(&code, 1));
        }
        QTest::newRow("random code points") << junk;
        QTest::newRow("notes at the limit") << QString(limits::notesLength, u'\u05D0');
    }

    void awkwardTextIsStoredVerbatim()
    {
        QFETCH(QString, given);
        // Control characters are refused (tests/core/tst_refusals); everything else is kept.
        const QString text = test::storable(given, TextShape::MultiLine);
        const QString line = test::storable(given);
        test::TempNotebook nb;
        Contact contact;
        contact.name = u"Name "_s + leftWhole(line, limits::nameLength - 10).trimmed();
        if (contact.name.trimmed() != contact.name)
            contact.name = contact.name.trimmed();
        contact.organisation = leftWhole(line, limits::shortTextLength).trimmed();
        contact.title = contact.organisation;
        contact.notes = text;
        auto id = nb->addContact(contact);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        Interaction chat = chatWith(*id);
        chat.summary = leftWhole(line, limits::shortTextLength).trimmed();
        chat.notes = text;
        chat.agenda = text;
        auto logged = nb->logInteraction(chat, FollowUpChoice::inDays(3));
        QVERIFY2(logged.ok(), logged.ok() ? "" : qPrintable(logged.error().message));
        auto reminder = nb->addReminder(*id, QDate(2026, 12, 24), leftWhole(line, limits::shortTextLength).trimmed());

        nb.notebook.reset(); // read back from the file, not from any cache
        auto reopened = Notebook::open(nb.path);
        QVERIFY(reopened.ok());
        auto stored = (*reopened)->contact(*id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->name, contact.name);
        QCOMPARE(stored->organisation, contact.organisation);
        QCOMPARE(stored->title, contact.title);
        QCOMPARE(stored->notes, text);
        auto storedChat = (*reopened)->interaction(logged->interactionId);
        QVERIFY(storedChat.ok());
        QCOMPARE(storedChat->summary, chat.summary);
        QCOMPARE(storedChat->notes, text);
        QCOMPARE(storedChat->agenda, text);
        if (reminder.ok() && !leftWhole(line, limits::shortTextLength).trimmed().isEmpty())
            QCOMPARE((*reopened)->reminder(*reminder)->reason, leftWhole(line, limits::shortTextLength).trimmed());
        auto byName = (*reopened)->resolveContact(contact.name);
        QVERIFY(byName.ok());
        QCOMPARE(byName->id, *id);
    }

    // SQLite's UTF-8 to UTF-16 conversion turns the noncharacters U+FFFE and U+FFFF into U+FFFD.
    // They are not text any keyboard or file produces; this records the one known exception.
    void noncharactersAreNotKept()
    {
        test::TempNotebook nb;
        Contact contact = named(u"Noncharacter"_s);
        contact.notes = u"a\uFFFFb"_s;
        auto id = nb->addContact(contact);
        QVERIFY(id.ok());
        QCOMPARE(nb->contact(*id)->notes, u"a\uFFFDb"_s);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
