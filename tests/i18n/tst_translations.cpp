#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// One <message> of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished" or "obsolete"
    QString translation;      // without numerus forms
    QStringList numerusForms; // with them

    bool current() const { return type != u"vanished"_s && type != u"obsolete"_s; }
    bool finished() const { return type.isEmpty(); }
    QStringList texts() const { return numerus ? numerusForms : QStringList{translation}; }
    QString describe() const
    {
        return u"  %1: \"%2\"%3"_s.arg(context, source, comment.isEmpty() ? QString() : u" (%1)"_s.arg(comment));
    }
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(u"cannot read "_s + path), __FILE__, __LINE__);
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            message = Message{context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s, {}, {}, {}};
        } else if (name == u"source"_s) {
            message.source = xml.readElementText();
        } else if (name == u"comment"_s) {
            message.comment = xml.readElementText();
        } else if (name == u"translation"_s) {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (!message.numerus) {
                message.translation = xml.readElementText();
                messages.append(message);
            } else {
                while (xml.readNextStartElement())
                    message.numerusForms.append(xml.readElementText());
                messages.append(message);
            }
        }
    }
    if (xml.hasError())
        QTest::qFail(qPrintable(u"%1: %2 (line %3)"_s.arg(path, xml.errorString()).arg(xml.lineNumber())), __FILE__,
                     __LINE__);
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression number(u"%L?(\\d+)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : number.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

// How many mnemonics ("&File") a text has; "&&" is a literal ampersand.
int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&')
            ++i;
        else if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QString list(const QStringList &lines)
{
    return lines.join(u'\n');
}

} // namespace

// Every message a user can see has a German translation, checked against the sources as they are
// now: lupdate reads them into copies of the checked-in .ts files (those are never written), so a
// message that was changed, or only has an obsolete translation, counts as missing.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lupdateUnderstandsEveryTranslatableText();
    void everyMessageHasAGermanTranslation();
    void everyPluralMessageHasItsForms_data();
    void everyPluralMessageHasItsForms();
    void translationsKeepPlaceholdersAndMnemonics_data();
    void translationsKeepPlaceholdersAndMnemonics();

private:
    // The checked-in file `name`, refreshed from the sources in a temporary copy. Adds what
    // lupdate printed to m_lupdateOutput.
    QList<Message> refreshed(const QString &name, const QStringList &options);

    QTemporaryDir m_dir;
    QString m_lupdateOutput;
    QList<Message> m_german;
    QList<Message> m_english;
};

QList<Message> TestTranslations::refreshed(const QString &name, const QStringList &options)
{
    const QString copy = m_dir.filePath(name);
    QFile::remove(copy);
    if (!QFile::copy(QString::fromUtf8(TEND_TRANSLATIONS_DIR) + u'/' + name, copy)) {
        QTest::qFail(qPrintable(u"cannot copy "_s + name), __FILE__, __LINE__);
        return {};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QString::fromUtf8(TEND_LUPDATE),
                  QStringList{u"-silent"_s, u"-no-obsolete"_s} + options
                      + QStringList{u"@"_s + QString::fromUtf8(TEND_TRANSLATABLE_SOURCES), u"-ts"_s, copy});
    if (!lupdate.waitForFinished(120'000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
        QTest::qFail(qPrintable(u"lupdate failed: "_s + lupdate.errorString() + u'\n'
                                + QString::fromUtf8(lupdate.readAll())),
                     __FILE__, __LINE__);
        return {};
    }
    m_lupdateOutput += QString::fromUtf8(lupdate.readAll());
    QList<Message> messages;
    for (const Message &message : readTs(copy))
        if (message.current())
            messages.append(message);
    return messages;
}

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_german = refreshed(u"tend_de.ts"_s, {});
    m_english = refreshed(u"tend_en.ts"_s, {u"-pluralonly"_s});
    QVERIFY2(m_german.size() > 100, "lupdate found almost nothing: is the list of sources right?");
}

// lupdate warns about a tr() it cannot give a context to (a free function calling a tr() of its
// own, a class without Q_OBJECT): at run time such a text would be looked up elsewhere and stay English.
void TestTranslations::lupdateUnderstandsEveryTranslatableText()
{
    QVERIFY2(m_lupdateOutput.trimmed().isEmpty(), qPrintable(u"lupdate warned:\n"_s + m_lupdateOutput));
}

void TestTranslations::everyMessageHasAGermanTranslation()
{
    QStringList missing;
    for (const Message &message : std::as_const(m_german)) {
        const QStringList texts = message.texts();
        const bool empty = std::any_of(texts.cbegin(), texts.cend(), [](const QString &text) { return text.isEmpty(); });
        if (!message.finished() || empty || texts.isEmpty())
            missing.append(message.describe());
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"%1 messages have no finished German translation in resources/translations/tend_de.ts; "
                        "run `cmake --build <build dir> --target update_translations` and translate them "
                        "(docs/translations.md):\n"_s.arg(missing.size())
                        + list(missing)));
}

void TestTranslations::everyPluralMessageHasItsForms_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("German") << u"tend_de.ts"_s;
    QTest::newRow("English") << u"tend_en.ts"_s;
}

// German and English both have a singular and a plural ("1 Tag" / "5 Tage", "1 day" / "5 days").
void TestTranslations::everyPluralMessageHasItsForms()
{
    QFETCH(QString, file);
    const QList<Message> &messages = file == u"tend_de.ts"_s ? m_german : m_english;
    int plurals = 0;
    QStringList incomplete;
    for (const Message &message : messages) {
        if (!message.numerus)
            continue;
        ++plurals;
        const bool complete = message.finished() && message.numerusForms.size() == 2
                              && !message.numerusForms.contains(QString());
        if (!complete)
            incomplete.append(message.describe());
    }
    QVERIFY2(plurals > 10, "lupdate found no %n messages");
    QVERIFY2(incomplete.isEmpty(),
             qPrintable(u"%1 %n messages lack their two plural forms in resources/translations/%2:\n"_s
                            .arg(incomplete.size())
                            .arg(file)
                        + list(incomplete)));
}

void TestTranslations::translationsKeepPlaceholdersAndMnemonics_data()
{
    everyPluralMessageHasItsForms_data();
}

// "%1", "%2"… come through in every form, and a text with a mnemonic ("&File") keeps exactly one.
void TestTranslations::translationsKeepPlaceholdersAndMnemonics()
{
    QFETCH(QString, file);
    const QList<Message> &messages = file == u"tend_de.ts"_s ? m_german : m_english;
    QStringList wrong;
    for (const Message &message : messages) {
        for (const QString &text : message.texts()) {
            if (text.isEmpty())
                continue;
            if (placeholders(text) != placeholders(message.source))
                wrong.append(message.describe() + u" -> \""_s + text + u"\": other placeholders"_s);
            if (mnemonics(text) != mnemonics(message.source))
                wrong.append(message.describe() + u" -> \""_s + text + u"\": other mnemonics"_s);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(list(wrong)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
