#pragma once

#include "Notebook.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// Helpers shared by the test suites: real SQLite files in temporary folders.
namespace tend::test {

// A fresh notebook in its own temporary folder, with "today" fixed.
struct TempNotebook
{
    explicit TempNotebook(QDate today = QDate(2026, 11, 23));
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

} // namespace tend::test
