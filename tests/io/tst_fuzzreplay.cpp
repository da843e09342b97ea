// A short, bounded fuzz run inside the test suite: the libFuzzer targets of fuzz/ (compiled in
// here under other names) replay every fixture, the real-world files when present, and a few
// thousand mutations of them from a fixed seed. A broken invariant aborts the suite. The long,
// coverage-guided run is scripts/fuzz.sh (clang + libFuzzer).
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

extern "C" int tendFuzzVCard(const uint8_t *data, size_t size);
extern "C" int tendFuzzCsv(const uint8_t *data, size_t size);

using namespace Qt::StringLiterals;

namespace {

QList<QByteArray> seeds(const QString &kind)
{
    QList<QByteArray> found;
    QStringList folders = {tend::test::testDataPath(u"import/"_s + kind)};
    const QString realWorld = QString::fromUtf8(TEND_REAL_WORLD_DATA);
    if (!realWorld.isEmpty())
        folders.append(realWorld + u'/' + kind);
    for (const QString &folder : std::as_const(folders)) {
        QDirIterator it(folder, QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                found.append(file.read(64 * 1024));
        }
    }
    return found;
}

const QList<QByteArray> &tokens()
{
    static const QList<QByteArray> list = {
        "=", "=\r\n", "\r", "\n", "\r\r\n", " ", "\t", ":", ";", "\"", ",", "\\", "^", "BEGIN:VCARD\r\n",
        "END:VCARD\r\n", "\r\n\r\n", QByteArray("\0", 1), "\xFF\xFE", "\xEF\xBB\xBF", "\xC3", "\xE4", "item1.",
        ";ENCODING=b:", ";ENCODING=QUOTED-PRINTABLE:", ";CHARSET=SHIFT_JIS:", ";CHARSET=nope:", " ::: ", "* ",
        "VERSION:2.1\r\n", "VERSION:4.0\r\n", "data:image/png;base64,", "=G1", "'=", "\"\"", "First Name,Email\n",
    };
    return list;
}

QByteArray mutate(const QList<QByteArray> &pool, QRandomGenerator &random)
{
    QByteArray data = pool.at(random.bounded(int(pool.size())));
    const int steps = 1 + random.bounded(4);
    for (int step = 0; step < steps; ++step) {
        const qsizetype at = data.isEmpty() ? 0 : random.bounded(int(data.size()));
        switch (random.bounded(6)) {
        case 0: data.truncate(at); break;
        case 1:
            if (!data.isEmpty())
                data[at] = char(random.bounded(256));
            break;
        case 2: data.insert(at, tokens().at(random.bounded(int(tokens().size())))); break;
        case 3: data.remove(at, random.bounded(64)); break;
        case 4: data.insert(at, data.mid(random.bounded(int(data.size()) + 1), random.bounded(128))); break;
        case 5: data += pool.at(random.bounded(int(pool.size()))).left(random.bounded(512)); break;
        }
    }
    return data;
}

// With TEND_FUZZ_INPUT=path set, each input is written there first, so the one that breaks an
// invariant is left behind to debug (and to add to the fixtures).
void run(int (*target)(const uint8_t *, size_t), const QByteArray &input)
{
    static const QString keep = qEnvironmentVariable("TEND_FUZZ_INPUT");
    if (!keep.isEmpty()) {
        QFile file(keep);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(input);
    }
    target(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

void replay(int (*target)(const uint8_t *, size_t), const QList<QByteArray> &pool, int mutations)
{
    QVERIFY(!pool.isEmpty());
    for (const QByteArray &seed : pool)
        run(target, seed);
    QRandomGenerator random(20261123);
    for (int i = 0; i < mutations; ++i)
        run(target, mutate(pool, random));
}

} // namespace

class TestFuzzReplay : public QObject
{
    Q_OBJECT
private slots:
    void vcard() { replay(tendFuzzVCard, seeds(u"vcard"_s), 2000); }
    void csv() { replay(tendFuzzCsv, seeds(u"csv"_s), 2000); }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
