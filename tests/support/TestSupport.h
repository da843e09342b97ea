#pragma once

#include "Notebook.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// Helpers shared by the test suites: real SQLite files in temporary folders.
namespace tend::test {

// The day a test's notebook, and `tend` run by CliRunner, take for today unless the test names another.
inline const QDate defaultToday(2026, 11, 23);

// A fresh notebook in its own temporary folder, with "today" fixed.
struct TempNotebook
{
    explicit TempNotebook(QDate today = defaultToday);
    explicit TempNotebook(const Clock &clock);
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Notebook> notebook;
    Database *db = nullptr; // the notebook's own connection, for tests that look underneath it

    Notebook *operator->() const { return notebook.get(); }
    Database &database() const { return *db; }
};

// A second, read-only connection to a notebook file (WAL lets it read while the notebook writes),
// for tests that check what is stored. Fails the test when it does not open.
std::unique_ptr<Database> openForReading(const QString &path);

// The bytes of a file (and of its -wal), to prove "changed nothing".
QByteArray fileDigest(const QString &path);

// A contact with a name and roles, added through the core API; fails the test on error.
qint64 addContact(Notebook &notebook, const QString &name, QList<Role> roles = {},
                  std::optional<int> cadence = std::nullopt);

// The demo network of that size in `notebook` (io/DemoGenerator, seed 1); false, with the test
// failed, when it could not be made.
bool addDemo(Notebook &notebook, int contacts, int interactions);

// The folder of fixture files checked into tests/data.
QString testDataPath(const QString &relative);

// Window settings go to `folder`, a throwaway one, never to the user's. Call before the first QSettings.
void keepSettingsIn(const QTemporaryDir &folder);

} // namespace tend::test
