#include "GuiMain.h"

#include "Appearance.h"
#include "FirstFrame.h"

#include "MainWindow.h"
#include "NotebookSession.h"
#include "RecoveryOffer.h"
#include "Notebook.h"
#include "ScreenshotTour.h"
#include "SingleInstance.h"
#include "Translations.h"
#include "db/DataLocation.h"
#include "dialogs/ErrorDialog.h"
#include "io/DemoGenerator.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace tend::gui {
namespace {

struct GuiMainText
{
    Q_DECLARE_TR_FUNCTIONS(tend::gui::GuiMain)
};

void explainOpenFailure(const QString &path, const Error &error)
{
    QMessageBox box(QMessageBox::Critical, GuiMainText::tr("Tend"), {}, QMessageBox::Close);
    box.setTextFormat(Qt::PlainText);
    box.setText(QString(GuiMainText::tr("Tend could not open the notebook") + u"\n"_s + QDir::toNativeSeparators(path) + u"\n\n"_s
                        + error.message + u"\n\n"_s + ErrorDialog::advice(error)));
    box.exec();
}

// Fills an empty demo notebook, showing progress that can be cancelled. False when cancelled or failed.
bool generateDemoNetwork(Notebook &notebook)
{
    QProgressDialog progress(GuiMainText::tr("Creating the demo network…"), GuiMainText::tr("Cancel"), 0, 100);
    progress.setWindowTitle(GuiMainText::tr("Tend"));
    progress.setMinimumDuration(300);
    progress.setWindowModality(Qt::ApplicationModal);
    DemoOptions options;
    options.today = notebook.today();
    auto generated = generateDemo(notebook, options, [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(total));
        progress.setValue(int(done));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (!generated) {
        if (!progress.wasCanceled())
            ErrorDialog::show(nullptr, GuiMainText::tr("Tend could not create the demo network."), generated.error());
        return false;
    }
    return true;
}

} // namespace

int run(int &argc, char **argv, const GuiOptions &options)
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    i18n::installTranslations();
    QApplication::setApplicationName(u"tend"_s);
    QApplication::setApplicationDisplayName(u"Tend"_s);
    QApplication::setApplicationVersion(QStringLiteral(TEND_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(TEND_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/icons/tend.svg"_s));
    appearance::follow(appearance::desktopColorScheme());

    QString path = options.databasePath;
    if (options.demo) {
        auto demoPath = defaultDemoDatabasePath();
        if (!demoPath) {
            explainOpenFailure(u"demo.db"_s, demoPath.error());
            return 1;
        }
        path = *demoPath;
    }
    if (path.isEmpty()) {
        auto defaultPath = defaultDatabasePath();
        if (!defaultPath) {
            explainOpenFailure(u"tend.db"_s, defaultPath.error());
            return 1;
        }
        path = *defaultPath;
    }

    SingleInstance instance(path);
    switch (instance.start(options.importFiles)) {
    case SingleInstance::Outcome::ActivatedOther:
        return 0;
    case SingleInstance::Outcome::Failed:
        explainOpenFailure(path, Error{Error::Code::Busy, instance.errorText()});
        return 1;
    case SingleInstance::Outcome::Primary:
        break;
    }

    // The day's read of every page runs on the worker after the window is up (see NotebookSession).
    OpenOptions openOptions;
    openOptions.check = IntegrityCheck::Deferred;
    auto opened = Notebook::open(path, openOptions, options.clock);
    QString damagedKeptAs;
    if (!opened) {
        if (!RecoveryOffer::restoreCanHelp(opened.error())) {
            explainOpenFailure(path, opened.error());
            return 1;
        }
        const RecoveryOffer offer = RecoveryOffer::forOpenFailure(path, opened.error(), options.clock);
        if (!offer.askToRestore(GuiMainText::tr("Quit")))
            return 1;
        opened = offer.restoreAndOpen(options.clock, damagedKeptAs);
        if (!opened) {
            explainOpenFailure(path, opened.error());
            return 1;
        }
    }
    NotebookSession session(std::move(*opened));
    // A restore replaces both the notebook and the window; these two references serve the start only.
    Notebook &notebook = session.notebook();

    if (options.demo) {
        ContactQuery everyone;
        everyone.includeArchived = true;
        auto count = notebook.contactCount(everyone);
        if (count && *count == 0 && !generateDemoNetwork(notebook))
            return 1;
    }

    MainWindow &window = *session.createWindow();
    session.startDailyMaintenance();
    auto setTitle = [&options](MainWindow &shown) {
        if (options.demo)
            shown.setWindowTitle(GuiMainText::tr("demo network")); // the platform appends " — Tend"
    };
    setTitle(window);
    QObject::connect(&session, &NotebookSession::windowReplaced, &session,
                     [&setTitle](MainWindow *replacement) { setTitle(*replacement); });
    QObject::connect(&session, &NotebookSession::notebookLost, &app, [] { QCoreApplication::exit(1); });
    QObject::connect(&instance, &SingleInstance::activationRequested, &session, [&session] {
        if (MainWindow *current = session.window())
            current->bringToFront();
    });
    if (options.exitAfterStartup)
        afterFirstFrame(window, [] { QCoreApplication::exit(0); });
    QObject::connect(&instance, &SingleInstance::filesRequested, &session, [&session](const QStringList &files) {
        if (MainWindow *current = session.window())
            current->openImportPreview(files);
    });
    window.show();
    if (!options.importFiles.isEmpty())
        window.openImportPreview(options.importFiles);
    if (!damagedKeptAs.isEmpty())
        window.showStatus(GuiMainText::tr("Restored from the backup; the damaged notebook was kept as %1")
                              .arg(QDir::toNativeSeparators(damagedKeptAs)));

    std::unique_ptr<ScreenshotTour> tour;
    const QString shots = qEnvironmentVariable("TEND_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        tour = std::make_unique<ScreenshotTour>(window, shots);
        tour->start();
    }
    return app.exec();
}

} // namespace tend::gui
