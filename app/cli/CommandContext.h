#pragma once

#include "Notebook.h"
#include "cli/ExitCode.h"
#include "cli/JsonRows.h"
#include "schedule/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

#include <iterator>
#include <memory>
#include <type_traits>

namespace tend::cli {

// What every command works with: the database (opened on first use, after the arguments were
// checked), the clock, and the two output streams.
class CommandContext final
{
    Q_DISABLE_COPY_MOVE(CommandContext)
public:
    CommandContext(QString databasePath, Clock clock);
    ~CommandContext();

    const QString &databasePath() const { return m_databasePath; }
    QDate today() const { return m_clock.today(); }
    const Clock &clock() const { return m_clock; }

    // Opens the database when first asked; the error names the file.
    Result<Notebook *> notebook();

    // After the command: closes the notebook and, when the day has no safety copy yet, starts
    // `tend backup --daily` in the background, so that no command waits for the copy. A failure
    // of that copy is said by the next command. Commands that take copies themselves opt out.
    void finish();
    void takeNoDailyBackup() { m_dailyBackupDue = false; }
    // Where the background copier reports: empty while it works, gone after a success, its error
    // after a failure (the next command says it).
    static QString dailyBackupReportPath(const QString &databasePath);

    static void print(const QString &text);          // stdout, a newline added
    static void printError(const QString &text);     // stderr, a newline added
    static void printJson(const QJsonDocument &document);
    static void printJson(const JsonRows &rows); // the same layout, written without QJsonDocument
    // Prints `items` as one JSON array, each turned by `toJson` into a QJsonValue or a JsonRows::Row.
    template<typename Items, typename ToJson>
    static void printJsonArray(const Items &items, ToJson toJson)
    {
        using Made = std::invoke_result_t<ToJson, decltype(*std::cbegin(items))>;
        if constexpr (std::is_same_v<Made, JsonRows::Row>) {
            JsonRows rows;
            for (const auto &item : items)
                rows.append(toJson(item));
            printJson(rows);
        } else {
            QJsonArray array;
            for (const auto &item : items)
                array.append(toJson(item));
            printJson(QJsonDocument(array));
        }
    }

    // Prints the error on stderr and returns the exit code that fits it.
    static int fail(const Error &error);
    // Prints a usage problem and a hint, returns ExitCode::Usage.
    static int usageError(const QString &message, const QString &usageHint = {});

private:
    static void writeJson(QByteArray json);

    QString m_databasePath;
    Clock m_clock;
    std::unique_ptr<Notebook> m_notebook;
    bool m_dailyBackupDue = false;
};

} // namespace tend::cli
