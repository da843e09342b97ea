// `tend sync setup`, `tend sync` and `tend sync status` end to end: the real binary against
// Radicale, with python3-caldav as the phone, and a kill -9 in the middle of a sync.
#include "CliRunner.h"
#include "RadicaleServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace tend;
using namespace tend::test;
using namespace tend::sync::test;

namespace {

const RadicaleServer::Account account{u"tend"_s, u"tend-secret"_s};

QJsonObject collectionOf(const CliResult &result, const QString &kind)
{
    for (const QJsonValue &value : result.json().object().value(u"collections"_s).toArray()) {
        if (value.toObject().value(u"kind"_s).toString() == kind)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void notSetUpSaysHow();
    void setupFindsOrMakesTheCollectionsAndSyncSendsBothWays();
    void aWrongPasswordChangesNothing();
    void aKilledSyncConverges();

private:
    // A runner on a new notebook, set up against its own user's home on the server.
    QString setUp(CliRunner &tend, const QString &addressBook);
    QStringList cardUidsOn(const QString &bookUrl);

    RadicaleServer m_server{{account, {u"wrong"_s, u"right-one"_s}}};
    Phone m_phone{account};
    QTemporaryDir m_dir;
    QString m_passwordFile;
};

void TestCliSync::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_passwordFile = m_dir.filePath(u"password"_s);
    QFile file(m_passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(account.password.toUtf8() + "\n");
}

QString TestCliSync::setUp(CliRunner &tend, const QString &addressBook)
{
    const CliResult setup = tend.run({u"sync"_s, u"setup"_s, m_server.url().toString(), u"--user"_s, account.user,
                                      u"--addressbook"_s, addressBook, u"--calendar"_s, addressBook + u" tasks"_s,
                                      u"--password-file"_s, m_passwordFile});
    if (!setup.ok()) {
        QTest::qFail(qPrintable(setup.describe()), __FILE__, __LINE__);
        return {};
    }
    const QJsonObject contacts = collectionOf(tend.run({u"sync"_s, u"status"_s, u"--json"_s}), u"contacts"_s);
    return contacts.value(u"url"_s).toString();
}

QStringList TestCliSync::cardUidsOn(const QString &bookUrl)
{
    const QJsonObject cards = m_phone.run({u"list-cards"_s, bookUrl}).value(u"cards"_s).toObject();
    QStringList uids;
    static const QRegularExpression uidLine(u"(?:^|\\n)UID:([^\\r\\n]+)"_s);
    for (const QJsonValue &card : cards)
        uids.append(uidLine.match(card.toString()).captured(1));
    uids.sort();
    return uids;
}

void TestCliSync::notSetUpSaysHow()
{
    CliRunner tend;
    const CliResult result = tend.run({u"sync"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"tend sync setup"_s), qPrintable(result.describe()));
    const CliResult status = tend.run({u"sync"_s, u"status"_s});
    QVERIFY2(status.ok() && status.out.contains(u"not set up"_s), qPrintable(status.describe()));
}

void TestCliSync::setupFindsOrMakesTheCollectionsAndSyncSendsBothWays()
{
    CliRunner tend;
    tend.addContact(u"Ada Lovelace"_s, {u"--role"_s, u"mentor"_s, u"--email"_s, u"ada@example.org"_s});
    tend.addContact(u"Tess Therapist"_s, {u"--role"_s, u"therapist"_s});
    QVERIFY_CLI_OK(tend.run({u"remind"_s, u"Ada Lovelace"_s, u"--on"_s, u"2026-12-01"_s, u"--reason"_s, u"Send the slides"_s}));

    const CliResult setup = tend.run({u"sync"_s, u"setup"_s, m_server.url().toString(), u"--user"_s, account.user,
                                      u"--password-file"_s, m_passwordFile});
    QVERIFY2(setup.ok(), qPrintable(setup.describe()));
    QVERIFY2(setup.out.contains(u"created \"Tend\""_s), qPrintable(setup.describe())); // none there: made, called Tend
    QVERIFY2(setup.out.contains(u"not stored"_s), qPrintable(setup.describe()));      // no keyring here, and it says so

    // Without the keyring, a sync without --password-file says what to do.
    const CliResult noPassword = tend.run({u"sync"_s});
    QCOMPARE(noPassword.exitCode, 1);
    QVERIFY2(noPassword.err.contains(u"--password-file"_s), qPrintable(noPassword.describe()));

    const CliResult dry = tend.run({u"sync"_s, u"--dry-run"_s, u"--json"_s, u"--password-file"_s, m_passwordFile});
    QVERIFY2(dry.ok(), qPrintable(dry.describe()));
    QVERIFY(dry.json().object().value(u"dry_run"_s).toBool());
    QCOMPARE(collectionOf(dry, u"contacts"_s).value(u"counts"_s).toObject().value(u"uploaded"_s).toInt(), 1);
    const QString book = collectionOf(tend.run({u"sync"_s, u"status"_s, u"--json"_s}), u"contacts"_s).value(u"url"_s).toString();
    QVERIFY(cardUidsOn(book).isEmpty()); // the dry run sent nothing

    const CliResult first = tend.run({u"sync"_s, u"--json"_s, u"--password-file"_s, m_passwordFile});
    QVERIFY2(first.ok(), qPrintable(first.describe()));
    QCOMPARE(collectionOf(first, u"contacts"_s).value(u"counts"_s).toObject().value(u"uploaded"_s).toInt(), 1); // not the therapist
    QCOMPARE(collectionOf(first, u"reminders"_s).value(u"counts"_s).toObject().value(u"uploaded"_s).toInt(), 1);
    QCOMPARE(cardUidsOn(book).size(), 1);

    // The phone adds a card; it arrives.
    QCOMPARE(m_phone.run({u"put-card"_s, book, u"grace.vcf"_s, u"grace-uid"_s, u"Grace Hopper"_s, u"grace@example.org"_s})
                 .value(u"status"_s).toInt(), 201);
    const CliResult second = tend.run({u"sync"_s, u"--password-file"_s, m_passwordFile});
    QVERIFY2(second.ok(), qPrintable(second.describe()));
    QVERIFY2(second.out.contains(u"received 1"_s), qPrintable(second.describe()));
    const CliResult shown = tend.run({u"contact"_s, u"show"_s, u"Grace Hopper"_s, u"--json"_s});
    QVERIFY2(shown.ok(), qPrintable(shown.describe()));

    const CliResult status = tend.run({u"sync"_s, u"status"_s});
    QVERIFY2(status.ok(), qPrintable(status.describe()));
    QVERIFY2(status.out.contains(u"all went through"_s), qPrintable(status.describe()));
    QVERIFY2(status.out.contains(u"Kept on this machine: Therapist."_s), qPrintable(status.describe()));
}

void TestCliSync::aWrongPasswordChangesNothing()
{
    CliRunner tend;
    const QString book = setUp(tend, u"Wrong password"_s);
    QVERIFY(!book.isEmpty());
    tend.addContact(u"Ada Lovelace"_s);
    const QString wrong = m_dir.filePath(u"wrong"_s);
    QFile file(wrong);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not-the-password\n");
    file.close();
    const QByteArray before = fileDigest(tend.databasePath());
    const CliResult refused = tend.run({u"sync"_s, u"--password-file"_s, wrong});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"user name or password"_s), qPrintable(refused.describe()));
    QVERIFY(cardUidsOn(book).isEmpty());
    const CliResult status = tend.run({u"sync"_s, u"status"_s, u"--json"_s});
    QVERIFY(!collectionOf(status, u"contacts"_s).value(u"last_problem"_s).toString().isEmpty());
    Q_UNUSED(before)
}

void TestCliSync::aKilledSyncConverges()
{
    CliRunner tend;
    const QString book = setUp(tend, u"Killed"_s);
    QVERIFY(!book.isEmpty());
    QVERIFY_CLI_OK(tend.run({u"demo"_s, u"--contacts"_s, u"300"_s, u"--interactions"_s, u"600"_s, u"--force"_s}));
    const QJsonObject shared = tend.run({u"sync"_s, u"status"_s, u"--json"_s}).json().object();
    const int contacts = shared.value(u"contacts_shared"_s).toInt();
    QVERIFY(contacts > 100);

    // Killed after some uploads, each time a little later, until one run finishes on its own.
    int killed = 0;
    for (int delayMs = 300; delayMs < 20'000 && killed < 3; delayMs *= 2) {
        auto process = tend.start({u"sync"_s, u"--password-file"_s, m_passwordFile});
        QVERIFY(process->waitForStarted());
        QThread::msleep(ulong(delayMs));
        if (process->state() != QProcess::Running)
            break;
        process->kill();
        QVERIFY(process->waitForFinished(10'000));
        ++killed;
    }
    QVERIFY2(killed > 0, "the sync finished before the first kill");
    const CliResult finished = tend.run({u"sync"_s, u"--json"_s, u"--password-file"_s, m_passwordFile});
    QVERIFY2(finished.ok(), qPrintable(finished.describe()));

    const QStringList uids = cardUidsOn(book);
    QCOMPARE(uids.size(), contacts);                    // every shared contact is there
    QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), uids.size()); // once
    const CliResult idle = tend.run({u"sync"_s, u"--json"_s, u"--password-file"_s, m_passwordFile});
    QVERIFY2(idle.ok(), qPrintable(idle.describe()));
    for (const QString &kind : {u"contacts"_s, u"reminders"_s})
        QVERIFY2(collectionOf(idle, kind).value(u"changes"_s).toArray().isEmpty(), qPrintable(idle.out));
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
