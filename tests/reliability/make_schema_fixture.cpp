// Writes a fixture database at an older schema version, full of representative data, for the
// upgrade tests (tst_upgrades). Usage, from the source folder:
//   cmake --build build --target tend_make_schema_fixture
//   build/tests/reliability/tend_make_schema_fixture 1 tests/data/schema-v1.db
// Only the migrations up to VERSION are applied; the data is added through the Notebook API as
// that version of Tend would have, then the file is switched out of WAL so it is self-contained.

#include "ReliabilitySupport.h"

#include "db/MigrationRunner.h"
#include "db/Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tend;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    bool numeric = false;
    const int version = args.size() == 3 ? args.at(1).toInt(&numeric) : 0;
    if (!numeric || version < 1 || version > MigrationRunner::latestVersion()) {
        err << "usage: tend_make_schema_fixture VERSION OUTPUT.db (VERSION 1.." << MigrationRunner::latestVersion() << ")\n";
        return 2;
    }
    const QString output = args.at(2);
    if (QFile::exists(output) && !QFile::remove(output)) {
        err << "cannot replace " << output << "\n";
        return 1;
    }

    QList<Migration> migrations;
    for (const Migration &migration : MigrationRunner::bundled()) {
        if (migration.version <= version)
            migrations.append(migration);
    }
    OpenOptions options;
    options.migrate = false;
    auto database = Database::open(output, options);
    if (!database) {
        err << database.error().message << "\n";
        return 1;
    }
    if (auto migrated = MigrationRunner(migrations).migrate(**database, false); !migrated) {
        err << migrated.error().message << "\n";
        return 1;
    }
    {
        Database *connection = database->get();
        Notebook notebook(std::move(database).value(), Clock::fixed(QDate(2026, 11, 23)));
        test::fillSampleData(notebook);
        if (auto mode = sql::exec(connection->connection(), u"PRAGMA journal_mode = DELETE"_s); !mode) {
            err << mode.error().message << "\n";
            return 1;
        }
    }
    QTextStream(stdout) << "wrote " << output << " at schema version " << version << "\n";
    return 0;
}
