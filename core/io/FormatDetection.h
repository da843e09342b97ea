#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace tend::io {

enum class FileFormat {
    Auto,     // not known yet: detect from the content
    VCard,
    LinkedIn, // Connections.csv from LinkedIn's data export
    Google,   // Google Contacts CSV, either layout
    Outlook,  // Outlook CSV, English or German headers
    Csv,      // any other contacts CSV with a recognisable header (Thunderbird among them)
    Json,
};

// Stable names for the command line and JSON: auto, vcard, linkedin, google, outlook, csv, json.
QString toKey(FileFormat format);
std::optional<FileFormat> fileFormatFromKey(QStringView key);
QString displayName(FileFormat format); // "vCard", "LinkedIn connections (CSV)"... translated

bool isCsvFormat(FileFormat format);

struct DetectedFormat
{
    FileFormat format = FileFormat::Auto; // Auto when the content is none Tend reads
    QString encoding; // "UTF-8", "UTF-16LE", "windows-1252", "Shift_JIS"...
    QString producer; // when recognisable: "Thunderbird", "Outlook"...; may be empty
};

// From the content, never the file name: the first 64 KB are enough.
DetectedFormat detectFormat(QByteArrayView data);

} // namespace tend::io
