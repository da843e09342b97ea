#include "TestSupport.h"

#include "io/DemoGenerator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace tend::test {

TempNotebook::TempNotebook(QDate today) : TempNotebook(Clock::fixed(today)) {}

TempNotebook::TempNotebook(const Clock &clock)
{
    path = dir.filePath(u"tend.db"_s);
    OpenOptions options;
    options.clock = clock;
    auto opened = Database::open(path, options);
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.error().message));
    db = opened->get();
    notebook = std::make_unique<Notebook>(std::move(opened).value(), clock);
}

std::unique_ptr<Database> openForReading(const QString &path)
{
    OpenOptions options;
    options.create = false;
    options.migrate = false;
    options.readOnly = true;
    options.check = IntegrityCheck::Never;
    auto opened = Database::open(path, options);
    if (!opened) {
        QTest::qFail(qPrintable(u"cannot open "_s + path + u": "_s + opened.error().message), __FILE__, __LINE__);
        return {};
    }
    return std::move(opened).value();
}

QByteArray fileDigest(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : QStringList{path, path + u"-wal"_s}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
        hash.addData(QByteArrayView("|"));
    }
    return hash.result().toHex();
}

bool addDemo(Notebook &notebook, int contacts, int interactions)
{
    DemoOptions options;
    options.contacts = contacts;
    options.interactions = interactions;
    const auto made = generateDemo(notebook, options);
    if (!made)
        QTest::qFail(qPrintable(u"generateDemo failed: "_s + made.error().message), __FILE__, __LINE__);
    return made.ok();
}

qint64 addContact(Notebook &notebook, const QString &name, QList<Role> roles, std::optional<int> cadence)
{
    Contact contact;
    contact.name = name;
    contact.roles = std::move(roles);
    contact.cadenceDays = cadence;
    auto id = notebook.addContact(contact);
    if (!id) {
        QTest::qFail(qPrintable(u"addContact failed: "_s + id.error().message), __FILE__, __LINE__);
        return 0;
    }
    return *id;
}

QString testDataPath(const QString &relative)
{
    return QString::fromUtf8(TEND_SOURCE_DIR) + u"/tests/data/"_s + relative;
}

void keepSettingsIn(const QTemporaryDir &folder)
{
    qputenv("XDG_CONFIG_HOME", folder.path().toUtf8());
    QCoreApplication::setApplicationName(u"tend-ui-tests"_s);
}

} // namespace tend::test
