#include "io/FormatDetection.h"

#include "io/csv/CsvColumns.h"
#include "io/csv/CsvReader.h"
#include "io/text/TextDecoding.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tend::io {
namespace {

struct IoText
{
    Q_DECLARE_TR_FUNCTIONS(tend::io)
};

} // namespace

namespace {

constexpr qsizetype sniffBytes = 64 * 1024;

// The first `size` bytes, not cut inside a UTF-8 sequence (a cut one would not look valid).
QByteArrayView headOf(QByteArrayView data, qsizetype size)
{
    if (data.size() <= size)
        return data;
    qsizetype cut = size;
    while (cut > size - 4 && cut > 0 && (static_cast<unsigned char>(data[cut]) & 0xC0) == 0x80)
        --cut;
    return data.first(cut);
}

QString declaredCharset(QByteArrayView bytes)
{
    static const QRegularExpression charset(u"CHARSET=\"?([A-Za-z0-9_.-]+)"_s, QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(bytes);
    auto it = charset.globalMatch(text);
    while (it.hasNext()) {
        const QString name = canonicalCharsetName(it.next().captured(1));
        if (name != u"UTF-8" && name != u"US-ASCII")
            return name;
    }
    return {};
}

} // namespace

QString toKey(FileFormat format)
{
    switch (format) {
    case FileFormat::Auto: return u"auto"_s;
    case FileFormat::VCard: return u"vcard"_s;
    case FileFormat::LinkedIn: return u"linkedin"_s;
    case FileFormat::Google: return u"google"_s;
    case FileFormat::Outlook: return u"outlook"_s;
    case FileFormat::Csv: return u"csv"_s;
    case FileFormat::Json: return u"json"_s;
    }
    return {};
}

std::optional<FileFormat> fileFormatFromKey(QStringView key)
{
    for (const FileFormat format : {FileFormat::Auto, FileFormat::VCard, FileFormat::LinkedIn, FileFormat::Google,
                                    FileFormat::Outlook, FileFormat::Csv, FileFormat::Json}) {
        if (key.compare(toKey(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString displayName(FileFormat format)
{
    switch (format) {
    case FileFormat::Auto: return IoText::tr("Unknown");
    case FileFormat::VCard: return IoText::tr("vCard");
    case FileFormat::LinkedIn: return IoText::tr("LinkedIn connections (CSV)");
    case FileFormat::Google: return IoText::tr("Google Contacts (CSV)");
    case FileFormat::Outlook: return IoText::tr("Outlook contacts (CSV)");
    case FileFormat::Csv: return IoText::tr("Contacts (CSV)");
    case FileFormat::Json: return IoText::tr("JSON");
    }
    return {};
}

bool isCsvFormat(FileFormat format)
{
    return format == FileFormat::LinkedIn || format == FileFormat::Google || format == FileFormat::Outlook
        || format == FileFormat::Csv;
}

DetectedFormat detectFormat(QByteArrayView data)
{
    DetectedFormat detected;
    const TextShape shape = sniffTextShape(data);
    QString text;
    QByteArrayView head = headOf(data, sniffBytes);
    if (shape.isWide()) {
        text = decodeWide(data.first(std::min<qsizetype>(data.size(), sniffBytes * 2) & ~qsizetype(3)), shape);
        detected.encoding = shape.encodingName();
    } else {
        head = head.sliced(shape.bomLength);
        text = decodeGuessingCharset(head);
        detected.encoding = (shape.kind == TextShape::Kind::Utf8Bom || isValidUtf8(head)) ? u"UTF-8"_s : u"windows-1252"_s;
    }

    const QStringView start = QStringView(text).trimmed();
    if (start.startsWith(u"BEGIN:VCARD", Qt::CaseInsensitive)
        || text.contains(QRegularExpression(u"^[ \\t]*BEGIN:VCARD[ \\t]*\\r?$"_s,
                                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption))) {
        detected.format = FileFormat::VCard;
        if (!shape.isWide()) {
            const QString declared = declaredCharset(head);
            if (!declared.isEmpty() && (detected.encoding == u"windows-1252" || isAscii(head)))
                detected.encoding = declared;
        }
        return detected;
    }
    if (start.startsWith(u'{') || start.startsWith(u'[')) {
        detected.format = FileFormat::Json;
        return detected;
    }

    const QChar separator = detectCsvSeparator(text);
    const CsvParseResult rows = parseCsv(text, separator, 20);
    for (const CsvRecord &row : rows.records) {
        const auto layout = recogniseCsvHeader(row.fields);
        if (!layout)
            continue;
        switch (layout->kind) {
        case CsvLayout::Kind::LinkedIn: detected.format = FileFormat::LinkedIn; detected.producer = u"LinkedIn"_s; break;
        case CsvLayout::Kind::Google: detected.format = FileFormat::Google; detected.producer = u"Google Contacts"_s; break;
        case CsvLayout::Kind::Outlook: detected.format = FileFormat::Outlook; detected.producer = u"Outlook"_s; break;
        case CsvLayout::Kind::Thunderbird: detected.format = FileFormat::Csv; detected.producer = u"Thunderbird"_s; break;
        case CsvLayout::Kind::Generic: detected.format = FileFormat::Csv; break;
        }
        return detected;
    }
    return detected;
}

} // namespace tend::io
