// tongban: the counter clerk's window (Qt Widgets). All it shows is computed by tongban-core.
#include "i18n/translations.h"
#include "policy/parameterset.h"
#include "services/appcontext.h"
#include "services/effectiveparameters.h"
#include "services/shippeddata.h"
#include "settings/appsettings.h"
#include "storage/storeservice.h"
#include "ui/common/chinesefonts.h"
#include "ui/common/stallwatchdog.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>
#include <functional>
#include <future>
#include <optional>
#include <utility>
#include <vector>

namespace {

/// The peak resident memory of this process (VmHWM of /proc/self/status), in KiB; 0 where unknown.
qint64 peakResidentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

/// The database named on the command line (first argument or --db FILE), else tongban.db in
/// the application's data directory, which is created when missing.
QString databasePath(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    if (!parser.positionalArguments().isEmpty())
        return parser.positionalArguments().constFirst();
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(directory);
    return QDir(directory).filePath(QStringLiteral("tongban.db"));
}

/// Who works at this counter: --clerk NAME, else the name the settings keep; empty when neither
/// (the window then asks for it: every paper names its clerk, never a login name or "?").
QString clerkName(const QCommandLineParser &parser, const tongban::settings::AppSettings &settings)
{
    if (parser.isSet(QStringLiteral("clerk")))
        return parser.value(QStringLiteral("clerk")).trimmed();
    return settings.clerkName();
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt takes the first thread that uses it for the main thread. This one must be it: were the
    // reading ahead below first, QApplication would run here as "not created in the main()
    // thread", and the window's events would never come (one start in fifteen under Xvfb hung so).
    QThread::currentThread();
    // The shipped parameters are read on a second core from the first line, while the application
    // starts; the catalogs once the window's first frame is painted (below). Every way out waits
    // for them first: no thread may be reading while the application goes.
    std::future<void> preloaded = std::async(std::launch::async, &tongban::services::ShippedData::preloadParameters);
    std::future<void> catalogsPreloaded;
    QApplication app(argc, argv);
    const auto preloadEnded = qScopeGuard([&] { // before the application goes
        preloaded.wait();
        if (catalogsPreloaded.valid())
            catalogsPreloaded.wait();
    });
    QApplication::setApplicationName(QStringLiteral("tongban"));
    QApplication::setOrganizationName(QStringLiteral("tongban"));
    QApplication::setApplicationVersion(QStringLiteral(TONGBAN_VERSION));
    // The installed desktop entry and icon (packaging/): the desktop ties the window to them.
    QGuiApplication::setDesktopFileName(QStringLiteral(TONGBAN_APP_ID));
    // The person's and the machine's settings (~/.config/tongban/tongban.ini); TONGBAN_LANG wins
    // over the language chosen there.
    const std::unique_ptr<tongban::settings::AppSettings> settings = tongban::settings::AppSettings::forThisUser();
    tongban::i18n::installTranslators(
        app, qEnvironmentVariableIsSet("TONGBAN_LANG") ? tongban::i18n::defaultLocale() : tongban::i18n::localeFor(settings->language()));

    // Han characters in Simplified Chinese glyphs, whatever the system's locale.
    tongban::ui::ChineseFonts::useInApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Counter client for a social insurance service hall"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"), QApplication::translate("main", "The local database file."),
                                 QStringLiteral("[FILE]"));
    parser.addOption({QStringLiteral("db"), QApplication::translate("main", "The local database file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("clerk"),
                      QApplication::translate("main", "The clerk's name printed as 经办人 (else the one of the settings)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("server"),
                      QApplication::translate("main",
                                              "The central server of the clerks' accounts: a PostgreSQL (libpq) connection string "
                                              "without user and password (else the one of the settings)."),
                      QStringLiteral("CONNINFO")});
    parser.addOption({QStringLiteral("lookup"),
                      QApplication::translate("main", "Look up this ID number or name at start (e.g. from the queue system)."),
                      QStringLiteral("TEXT")});
    // For start-up tests (scripts/startup-soak), not for clerks: hidden, so not translated.
    QCommandLineOption quitWhenReady(QStringLiteral("quit-when-ready"),
                                     QStringLiteral("Quit once the database is open (with --lookup: once its outcome is shown); "
                                                    "exit status 0 when it opened, 3 when it did not."));
    quitWhenReady.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitWhenReady);
    // For the benchmarks (bench/benchgui.cpp, docs/performance.md), not for clerks: hidden.
    QCommandLineOption reportStalls(
        QStringLiteral("report-stalls"),
        QStringLiteral("Print READY when the window is usable and, at exit, the UI thread's longest stall and the peak "
                       "resident memory as JSON."));
    reportStalls.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(reportStalls);
    // process() exits for --help, --version and a wrong option, after printing: the reading
    // ahead is over by then.
    if (!parser.parse(QCoreApplication::arguments()) || parser.isSet(help) || parser.isSet(version)) {
        preloaded.wait();
        parser.process(app);
    }

    // The shipped figures with the parameter editions the file received from the central store.
    tongban::storage::StoreService::Options storeOptions;
    storeOptions.path = databasePath(parser);
    storeOptions.registryCheckAwaitsMaintenance = true; // the window starts it once built
    // The program starts again, when the window asked for it, once this one has let the file go:
    // declared before the context, this runs after it has gone (the store's threads stopped, its
    // writes done). On the same file, for the same clerk and server; a look-up asked for at this
    // start is not made again.
    bool restartAtExit = false;
    const auto restartOnceClosed = qScopeGuard([&] {
        if (!restartAtExit)
            return;
        QStringList arguments {QStringLiteral("--db"), storeOptions.path};
        for (const QString &option : {QStringLiteral("clerk"), QStringLiteral("server")}) {
            if (parser.isSet(option))
                arguments << u"--" + option << parser.value(option);
        }
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
            std::fprintf(stderr, "tongban: could not start again\n");
    });
    QString parameterWarning;
    const auto parameters = tongban::services::EffectiveParameters::load(storeOptions.path, &parameterWarning);
    if (!parameters) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Tongban"),
            QApplication::translate("main", "The policy parameters could not be loaded: %1").arg(parameters.error().message));
        return 1;
    }
    if (!parameterWarning.isEmpty())
        QMessageBox::warning(nullptr, QApplication::translate("main", "Tongban"), parameterWarning);

    // One context for the whole program: parameters, the local store (its threads stop, after the
    // writes still queued, when it goes), the clerk and the system clock.
    const tongban::Clock clock = tongban::Clock::system();
    tongban::services::AppContext context(*parameters, std::make_shared<tongban::storage::StoreService>(storeOptions, clock),
                                          clerkName(parser, *settings), clock);
    context.setAgency(settings->agency());
    context.setDefaultRegion(settings->defaultRegion());
    context.setQueueCategory(settings->queueCategory());
    tongban::ui::MainWindow window(context, settings.get());
    // Found in the icon theme on disk: not worth delaying the first frame for.
    QObject::connect(&window, &tongban::ui::MainWindow::pagesBuilt, &window,
                     [] { QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(TONGBAN_APP_ID))); });
    if (parser.isSet(QStringLiteral("server")))
        window.setCentralServer(parser.value(QStringLiteral("server")));
    if (parser.isSet(QStringLiteral("lookup"))) {
        const QString text = parser.value(QStringLiteral("lookup"));
        QObject::connect(&window, &tongban::ui::MainWindow::databaseReady, &window, [&window, text](bool ok) {
            if (ok)
                window.lookUp(text);
        });
    }
    // Started: the window's first frame is on the screen and the database open, or refused.
    // That is the moment --quit-when-ready and the benchmark's READY wait for (an empty window's
    // timing waits for its first frame too).
    std::optional<bool> databaseOpened;
    std::vector<std::function<void(bool ok)>> whenStarted;
    const auto startedYet = [&] {
        if (!databaseOpened || !window.isFirstFramePainted() || whenStarted.empty())
            return;
        const auto waiting = std::exchange(whenStarted, {});
        for (const auto &then : waiting)
            then(*databaseOpened);
    };
    QObject::connect(&window, &tongban::ui::MainWindow::databaseReady, &window, [&](bool ok) {
        if (!databaseOpened)
            databaseOpened = ok;
        startedYet();
    });
    QObject::connect(&window, &tongban::ui::MainWindow::firstFramePainted, &window, startedYet);
    QObject::connect(&window, &tongban::ui::MainWindow::firstFramePainted, &window, [&catalogsPreloaded] {
        catalogsPreloaded = std::async(std::launch::async, &tongban::services::ShippedData::preloadCatalogs);
    });
    if (parser.isSet(quitWhenReady)) {
        // Queued, so that every receiver of the signal has run first; then main returns the usual
        // way: the window goes, then the context with the store (its threads stop), then the
        // application. With --lookup the look-up is the work that has to be shown first.
        const bool awaitLookup = parser.isSet(QStringLiteral("lookup"));
        whenStarted.push_back([awaitLookup](bool ok) {
            if (!ok || !awaitLookup)
                QMetaObject::invokeMethod(
                    qApp, [ok] { QCoreApplication::exit(ok ? 0 : 3); }, Qt::QueuedConnection);
        });
        if (awaitLookup) {
            QObject::connect(&window, &tongban::ui::MainWindow::lookupFinished, &window, [] {
                QMetaObject::invokeMethod(
                    qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
            });
        }
    }
    tongban::ui::StallWatchdog watchdog;
    if (parser.isSet(reportStalls)) {
        watchdog.start();
        // The moment the window is usable, for the benchmark that times the start-up.
        whenStarted.push_back([](bool) {
            std::printf("READY\n");
            std::fflush(stdout);
        });
    }
    window.show();
    // A restart asked for in the window (new policy parameters): the window closes as at the end
    // of the day and the application ends (restartOnceClosed then starts the program again).
    QObject::connect(&window, &tongban::ui::MainWindow::restartRequested, &window, [&window, &restartAtExit] {
        if (window.close()) {
            restartAtExit = true;
            QCoreApplication::quit(); // a visitor screen or a rating window may still be open
        }
    });
    const int status = QApplication::exec();
    if (parser.isSet(reportStalls))
        std::printf("{\"longest_stall_ms\": %.1f, \"peak_resident_mb\": %.1f}\n", double(watchdog.longestStallNanoseconds()) / 1.0e6,
                    double(peakResidentKilobytes()) / 1024.0);
    return status;
}
