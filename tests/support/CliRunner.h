#pragma once

#include "TestSupport.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

// Runs the real `tend` binary as a user would from a terminal, except that its environment has no
// display server, no session bus (so no desktop keyring), no TEND_DB and a UTF-8 locale, and its
// standard input is empty.
namespace tend::test {

struct CliResult
{
    int exitCode = -1; // -1 when tend crashed, hung or did not start
    bool crashed = false;
    bool timedOut = false;
    QString out;
    QString err;

    bool ok() const { return exitCode == 0; }
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    // Everything, for failure messages.
    QString describe() const;
};

class CliRunner
{
public:
    // On a database of its own, in a temporary folder that lives as long as the runner.
    explicit CliRunner(QDate today = defaultToday);
    // On the database at `databasePath`, which the caller looks after.
    explicit CliRunner(const QString &databasePath, QDate today = defaultToday);

    QString databasePath() const { return m_databasePath; }
    void setToday(QDate today) { m_today = today; }
    // Runs tend as a session in `locale` would ("de_DE.UTF-8"): LANG set, LC_ALL, LC_MESSAGES and
    // LANGUAGE unset. The default is LC_ALL=C.UTF-8, English.
    void setLocale(const QString &locale) { m_locale = locale; }

    // tend --db <database> --today <today> ARGS…, waited for. `inChild` runs in the child just
    // before tend starts: for dropping privileges or limiting file sizes.
    CliResult run(const QStringList &arguments, const std::function<void()> &inChild = {}) const;
    // The same, with no --db / --today added; `locale` as for setLocale.
    static CliResult runRaw(const QStringList &arguments, const QString &locale = {});
    // The same in an environment `adjust` changes (after the runner's own changes above).
    static CliResult runInEnvironment(const QStringList &arguments,
                                      const std::function<void(QProcessEnvironment &)> &adjust);
    // The tend binary under test, for a shell that must pass it bytes QProcess cannot.
    static QString binary();
    // tend --db <database> --today <today> ARGS…, not waited for: for killing it midway.
    std::unique_ptr<QProcess> start(const QStringList &arguments) const;

    // Adds a contact and returns its id; fails the test when the command fails.
    qint64 addContact(const QString &name, const QStringList &extra = {}) const;

private:
    QStringList withGlobals(const QStringList &arguments) const;

    std::optional<QTemporaryDir> m_dir;
    QString m_databasePath;
    QDate m_today;
    QString m_locale;
};

} // namespace tend::test

// QVERIFY for a CliResult: runs the command once and shows its output when it failed.
#define QVERIFY_CLI_OK(command)                                                   \
    do {                                                                          \
        const tend::test::CliResult cliResult_ = (command);                       \
        QVERIFY2(cliResult_.ok(), qPrintable(cliResult_.describe()));             \
    } while (false)
