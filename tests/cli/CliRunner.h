#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Runs the real `tend` binary on a database of its own, with no display in its environment.
namespace tend::test {

struct CliResult
{
    int exitCode = -1;
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
    explicit CliRunner(QDate today = QDate(2026, 11, 23));

    QString databasePath() const { return m_databasePath; }
    void setToday(QDate today) { m_today = today; }

    // tend --db <temp> --today <today> ARGS…
    CliResult run(const QStringList &arguments) const;
    // The same, with no --db / --today added.
    static CliResult runRaw(const QStringList &arguments);

    // Adds a contact and returns its id; fails the test when the command fails.
    qint64 addContact(const QString &name, const QStringList &extra = {}) const;

private:
    QTemporaryDir m_dir;
    QString m_databasePath;
    QDate m_today;
};

} // namespace tend::test

// QVERIFY for a CliResult: runs the command once and shows its output when it failed.
#define QVERIFY_CLI_OK(command)                                                   \
    do {                                                                          \
        const tend::test::CliResult cliResult_ = (command);                       \
        QVERIFY2(cliResult_.ok(), qPrintable(cliResult_.describe()));             \
    } while (false)
