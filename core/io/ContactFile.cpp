#include "io/ContactFile.h"

#include "io/csv/CsvMapping.h"
#include "io/csv/CsvReader.h"
#include "io/text/TextDecoding.h"
#include "io/vcard/VCardMapping.h"
#include "io/vcard/VCardParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tend::io {
namespace {

struct IoText
{
    Q_DECLARE_TR_FUNCTIONS(tend::io)
};


Error fileError(const QString &fileName, const QString &message)
{
    return Error::invalid(fileName.isEmpty() ? message : fileName + u": "_s + message);
}

Error tooBig(const QString &fileName, qint64 size, qint64 limit)
{
    return fileError(fileName, IoText::tr("the file is %1, more than the %2 Tend imports; it was not read")
                                   .arg(limits::describeSize(size), limits::describeSize(limit)));
}

// The first line longer than `limit` bytes, before anything is decoded. LF, CRLF and a lone CR
// (old Macs) end lines.
std::optional<std::pair<int, qint64>> overlongLine(QByteArrayView data, qint64 limit)
{
    int line = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= data.size(); ++i) {
        const bool end = i == data.size() || data[i] == '\n'
            || (data[i] == '\r' && (i + 1 == data.size() || data[i + 1] != '\n'));
        if (!end)
            continue;
        const qsizetype length = i - start - (i > start && data[i - 1] == '\r' ? 1 : 0);
        if (length > limit)
            return std::pair{line, qint64(length)};
        ++line;
        start = i + 1;
    }
    return std::nullopt;
}

std::optional<CsvLayout::Kind> csvKind(FileFormat format)
{
    switch (format) {
    case FileFormat::LinkedIn: return CsvLayout::Kind::LinkedIn;
    case FileFormat::Google: return CsvLayout::Kind::Google;
    case FileFormat::Outlook: return CsvLayout::Kind::Outlook;
    default: return std::nullopt;
    }
}

FileFormat formatOf(CsvLayout::Kind kind)
{
    switch (kind) {
    case CsvLayout::Kind::LinkedIn: return FileFormat::LinkedIn;
    case CsvLayout::Kind::Google: return FileFormat::Google;
    case CsvLayout::Kind::Outlook: return FileFormat::Outlook;
    case CsvLayout::Kind::Thunderbird:
    case CsvLayout::Kind::Generic: break;
    }
    return FileFormat::Csv;
}

QString producerOf(CsvLayout::Kind kind)
{
    switch (kind) {
    case CsvLayout::Kind::LinkedIn: return u"LinkedIn"_s;
    case CsvLayout::Kind::Google: return u"Google Contacts"_s;
    case CsvLayout::Kind::Outlook: return u"Outlook"_s;
    case CsvLayout::Kind::Thunderbird: return u"Thunderbird"_s;
    case CsvLayout::Kind::Generic: break;
    }
    return {};
}

Result<ParsedFile> readVCard(const QByteArray &data, const ReadOptions &options, ParsedFile parsed)
{
    VCardParseOptions parseOptions;
    parseOptions.encoding = options.encoding;
    parseOptions.maxLineBytes = options.maxLineBytes;
    // Each card is mapped as it ends, so the file's cards are never all held at once.
    parsed.contacts.reserve(data.count("BEGIN:VCARD"));
    QList<ImportProblem> mappingProblems;
    const auto map = [&](VCard &&card) {
        ContactRecord record = recordFromVCard(card, &mappingProblems);
        if (record.nameSource == ContactRecord::NameSource::None) {
            mappingProblems.append(ImportProblem::skipped(
                card.firstLine, {}, IoText::tr("the card has no name, organisation, e-mail or phone; it is left out")));
            return;
        }
        parsed.contacts.append(std::move(record));
    };
    auto cards = parseVCards(data, parseOptions, map);
    if (!cards)
        return fileError(parsed.fileName, cards.error().message);
    if (cards->cardCount == 0)
        return fileError(parsed.fileName, IoText::tr("there is no BEGIN:VCARD … END:VCARD card in the file"));
    parsed.encoding = cards->encoding;
    parsed.recordCount = cards->cardCount;
    parsed.problems = std::move(cards->problems) + mappingProblems;
    std::stable_sort(parsed.problems.begin(), parsed.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    return parsed;
}

Result<ParsedFile> readCsv(const QByteArray &data, const ReadOptions &options, ParsedFile parsed)
{
    if (const auto overlong = overlongLine(data, options.maxLineBytes))
        return fileError(parsed.fileName, IoText::tr("line %1: a line of %2 is longer than the %3 Tend reads; the file was not imported")
                                              .arg(overlong->first)
                                              .arg(limits::describeSize(overlong->second), limits::describeSize(options.maxLineBytes)));
    QString text;
    const TextShape shape = sniffTextShape(data);
    if (!options.encoding.isEmpty()) {
        const QByteArrayView body = QByteArrayView(data).sliced(shape.bomLength);
        const auto decoded = decodeCharset(body, options.encoding);
        if (!decoded)
            return fileError(parsed.fileName, IoText::tr("'%1' is not an encoding Tend knows").arg(options.encoding));
        text = *decoded;
        parsed.encoding = canonicalCharsetName(options.encoding);
    } else if (shape.isWide()) {
        text = decodeWide(data, shape);
        parsed.encoding = shape.encodingName();
    } else {
        const QByteArrayView body = QByteArrayView(data).sliced(shape.bomLength);
        const bool utf8 = shape.kind == TextShape::Kind::Utf8Bom || isValidUtf8(body);
        text = utf8 ? QString::fromUtf8(body) : decodeWindows1252(body);
        parsed.encoding = utf8 ? u"UTF-8"_s : u"windows-1252"_s;
    }
    CsvParseResult rows = parseCsv(text, detectCsvSeparator(text));
    auto contacts = contactsFromCsv(rows.records, csvKind(parsed.format));
    if (!contacts)
        return fileError(parsed.fileName, contacts.error().message);
    if (parsed.format == FileFormat::Auto || parsed.format == FileFormat::Csv) {
        parsed.format = formatOf(contacts->layout.kind);
    }
    parsed.producer = producerOf(contacts->layout.kind);
    parsed.recordCount = contacts->rowCount + int(rows.problems.size());
    parsed.problems = rows.problems + contacts->problems;
    std::stable_sort(parsed.problems.begin(), parsed.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    parsed.contacts = std::move(contacts->records);
    return parsed;
}

} // namespace

Result<ParsedFile> readContactsData(const QByteArray &data, const ReadOptions &options, const QString &fileName)
{
    if (data.size() > options.maxFileBytes)
        return tooBig(fileName, data.size(), options.maxFileBytes);
    ParsedFile parsed;
    parsed.fileName = fileName;
    parsed.format = options.format;
    if (parsed.format == FileFormat::Auto) {
        const DetectedFormat detected = detectFormat(data);
        if (detected.format == FileFormat::Auto)
            return fileError(fileName, IoText::tr("this is not a file Tend can import: neither a vCard nor a CSV with a "
                                          "header row of contact columns"));
        parsed.format = detected.format;
    }
    if (parsed.format == FileFormat::Json)
        return fileError(fileName, IoText::tr("this is a JSON file; contacts are imported from vCard and CSV files, "
                                      "and a Tend JSON backup is restored instead"));
    Result<ParsedFile> result = parsed.format == FileFormat::VCard ? readVCard(data, options, parsed)
                                                                   : readCsv(data, options, parsed);
    if (result && options.strict) {
        const qsizetype damaged = countSkipped(result->problems);
        if (damaged > 0) {
            const auto first = std::find_if(result->problems.cbegin(), result->problems.cend(), [](const ImportProblem &p) {
                return p.severity == ImportProblem::Severity::Skipped;
            });
            return Error::invalid(IoText::tr("%1 (strict: the whole file is refused, since %n record(s) would be left out)",
                                             nullptr, int(damaged))
                                      .arg(first->describe(fileName)));
        }
    }
    return result;
}

Result<ParsedFile> readContactsFile(const QString &path, const ReadOptions &options)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, fileName + u": "_s + IoText::tr("cannot be read: %1").arg(file.errorString())};
    // Refuse before reading: the size on disk, or for a pipe, one byte past the limit.
    const qint64 size = file.size();
    if (size > options.maxFileBytes)
        return tooBig(fileName, size, options.maxFileBytes);
    QByteArray data;
    if (size > 0) {
        data = file.readAll();
    } else {
        while (!file.atEnd() && data.size() <= options.maxFileBytes) {
            const QByteArray chunk = file.read(1024 * 1024);
            if (chunk.isEmpty())
                break;
            data += chunk;
        }
    }
    if (data.size() > options.maxFileBytes)
        return tooBig(fileName, data.size(), options.maxFileBytes);
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Code::Io, fileName + u": "_s + IoText::tr("cannot be read: %1").arg(file.errorString())};
    return readContactsData(data, options, fileName);
}

} // namespace tend::io
