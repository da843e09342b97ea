#include "files/ExchangeFiles.h"

#include "files/PhotoScaler.h"

#include "io/ReadLimits.h"
#include "io/ical/TaskExport.h"
#include "model/Validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace tend::files {
namespace {

struct ExchangeFilesText
{
    Q_DECLARE_TR_FUNCTIONS(tend::files::ExchangeFiles)
};

constexpr int photoSide = 512;
constexpr int photoQuality = 85;

Error fileError(const QString &path, const QString &what)
{
    return Error{Error::Code::Io, u"%1: %2"_s.arg(QFileInfo(path).fileName(), what)};
}

} // namespace

Result<io::FileFormat> fileKind(const QString &path, io::FileFormat forced)
{
    if (forced != io::FileFormat::Auto)
        return forced;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, file.errorString());
    const io::DetectedFormat detected = io::detectFormat(file.read(64 * 1024));
    return detected.format; // Auto: readContactsFile says why it cannot read it
}

Result<QByteArray> readBackupFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, file.errorString());
    if (file.size() > io::limits::maxFileBytes)
        return Error::invalid(ExchangeFilesText::tr("%1: the file is %2; Tend reads files of at most %3.")
                                  .arg(QFileInfo(path).fileName(), io::limits::describeSize(file.size()),
                                       io::limits::describeSize(io::limits::maxFileBytes)));
    return file.readAll();
}

Result<ImportSources> readImportFiles(const QStringList &paths, io::FileFormat format, const QString &encoding,
                                      bool strict)
{
    ImportSources sources;
    for (const QString &path : paths) {
        auto kind = fileKind(path, format);
        if (!kind)
            return kind.error();
        if (*kind == io::FileFormat::Json) {
            auto bytes = readBackupFile(path);
            if (!bytes)
                return bytes.error();
            sources.backups.append(*bytes);
            sources.backupNames.append(QFileInfo(path).fileName());
            continue;
        }
        io::ReadOptions read;
        read.format = format;
        read.encoding = encoding;
        read.strict = strict;
        auto parsed = io::readContactsFile(path, read);
        if (!parsed)
            return parsed.error();
        sources.files.append(*parsed);
    }
    return sources;
}

Result<ImportSummary> importSources(Notebook &notebook, const ImportSources &sources, const ImportOptions &options,
                                    const ProgressFunction &progress)
{
    ImportSummary total;
    total.dryRun = options.dryRun;
    ImportOptions each = options;
    for (qsizetype i = 0; i < sources.backups.size(); ++i) {
        auto restored = notebook.importBackup(sources.backups.at(i), each, progress);
        if (!restored)
            return Error{restored.error().code, sources.backupNames.value(i) + u": "_s + restored.error().message};
        addTo(total, *restored);
        total.interactionsAdded += restored->interactionsAdded;
        total.remindersAdded += restored->remindersAdded;
        each.backupFirst = each.backupFirst && total.backupPath.isEmpty(); // one safety copy is enough
    }
    if (!sources.files.isEmpty() || sources.backups.isEmpty()) {
        auto summary = notebook.importContacts(sources.files, each, progress);
        if (!summary)
            return summary.error();
        addTo(total, *summary);
    }
    return total;
}

Result<QByteArray> exportBytes(Notebook &notebook, ExportFormat format, const ExportFilter &filter,
                               io::VCardVersion version, int *count)
{
    if (format == ExportFormat::Json) {
        auto document = notebook.exportBackup();
        if (!document)
            return document.error();
        if (count)
            *count = document->contacts;
        return document->bytes;
    }
    auto contacts = notebook.exportContacts(filter);
    if (!contacts)
        return contacts.error();
    if (format == ExportFormat::Ics) {
        auto due = notebook.due(notebook.today(), limits::maxDays);
        if (!due)
            return due.error();
        QHash<qint64, QString> uids;
        for (const Contact &contact : std::as_const(*contacts))
            uids.insert(contact.id, contact.uid);
        QList<DueItem> chosen;
        for (const DueItem &item : std::as_const(*due)) {
            if (uids.contains(item.contactId))
                chosen.append(item);
        }
        // A meeting goes out when one of its people is in the export.
        auto planned = notebook.plannedInteractions();
        if (!planned)
            return planned.error();
        QList<Interaction> meetings;
        for (const Interaction &meeting : std::as_const(*planned)) {
            if (std::any_of(meeting.participants.cbegin(), meeting.participants.cend(),
                            [&uids](const ContactRef &person) { return uids.contains(person.id); }))
                meetings.append(meeting);
        }
        if (count)
            *count = int(chosen.size() + meetings.size());
        return ical::writeExportCalendar(chosen, meetings, uids, notebook.clock().now());
    }
    if (count)
        *count = int(contacts->size());
    auto dates = notebook.exportImportantDates();
    if (!dates)
        return dates.error();
    const DatesByContact byContact = datesByContact(*dates);
    return format == ExportFormat::VCard ? exportVCards(*contacts, version, byContact) : exportCsv(*contacts, byContact);
}

Result<int> writeExport(Notebook &notebook, const QString &path, ExportFormat format, const ExportFilter &filter,
                        io::VCardVersion version)
{
    int count = 0;
    auto bytes = exportBytes(notebook, format, filter, version, &count);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return fileError(path, file.errorString());
    return count;
}

PhotoPreparer photoPreparer(const PhotoScaler *linkedScaler)
{
    return [linkedScaler](const io::Photo &photo) -> std::optional<ContactPhoto> {
        const PhotoScaler *scaler = linkedScaler ? linkedScaler : pluginPhotoScaler();
        // Small files are kept as they came unless they are images too wide to show: an image
        // Qt cannot even size is not decoded (it would only complain on stderr).
        const QSize size = scaler ? scaler->imageSize(photo.data) : QSize();
        const bool wide = size.isValid() && (size.width() > photoSide || size.height() > photoSide);
        if (photo.data.size() <= limits::keptPhotoBytes && !wide)
            return ContactPhoto{photo.data, photo.mimeType.isEmpty() ? u"image/jpeg"_s : photo.mimeType};
        if (!scaler)
            return std::nullopt;
        const QByteArray jpeg = scaler->scaledJpeg(photo.data, photoSide, photoQuality);
        if (jpeg.isEmpty())
            return std::nullopt;
        return ContactPhoto{jpeg, u"image/jpeg"_s};
    };
}

void addTo(ImportSummary &into, const ImportSummary &more)
{
    into.created += more.created;
    into.updated += more.updated;
    into.unchanged += more.unchanged;
    into.merged += more.merged;
    into.skipped += more.skipped;
    into.rows += more.rows;
    into.issues += more.issues;
    into.createdIds += more.createdIds;
    into.updatedBefore += more.updatedBefore;
    if (into.backupPath.isEmpty())
        into.backupPath = more.backupPath;
}

} // namespace tend::files
