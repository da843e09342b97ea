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
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Notebook> notebook;

    Notebook *operator->() const { return notebook.get(); }
};

// The bytes of a file (and of its -wal), to prove "changed nothing".
QByteArray fileDigest(const QString &path);

// A contact with a name and roles, added through the core API; fails the test on error.
qint64 addContact(Notebook &notebook, const QString &name, QList<Role> roles = {},
                  std::optional<int> cadence = std::nullopt);

// The folder of fixture files checked into tests/data.
QString testDataPath(const QString &relative);

// Window settings go to `folder`, a throwaway one, never to the user's. Call before the first QSettings.
void keepSettingsIn(const QTemporaryDir &folder);

} // namespace tend::test
