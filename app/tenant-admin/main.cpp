// tenant-admin: the desktop console. Parses arguments, opens the workspace
// and shows the main window; --screenshot renders a page to PNG and exits.
#include "appearance.h"
#include "appidentity.h"
#include "connectiondialog.h"
#include "connectionmonitor.h"
#include "consolepreferences.h"
#include "demodata.h"
#include "localization.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPointer>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

namespace {

/// A command-line mistake: said on stderr, no dialog (the console may run
/// headless for a screenshot).
int failWith(const QString &message, int code)
{
    QTextStream(stderr) << "tenant-admin: " << tenant::oneLine(message) << Qt::endl;
    return code;
}

/// What the console opens: a registry and the downstream systems behind it.
struct Target
{
    tenant::DatabaseUrl url = tenant::DatabaseUrl::defaultDemo();
    bool demo = false;
    tenant::DownstreamEndpoints downstream;
    tenant::DownstreamSecrets typedSecrets; ///< take precedence over the keychain's
};

/// What the connection dialog chose.
Target targetOf(const tenant::ui::ConnectionDialog &dialog)
{
    return {dialog.selectedUrl(), dialog.demoChosen(), dialog.selectedDownstream(),
            dialog.typedSecrets()};
}

/// The first contact with a registry, on a worker thread: open and migrate
/// it, and fill an empty demo database.
tenant::Status firstContact(tenant::Workspace &workspace, bool demo)
{
    if (const tenant::Status opened = workspace.open(); !opened)
        return opened;
    if (!demo)
        return tenant::success();
    bool empty = true;
    const tenant::Status read = workspace.tenants().summaries(1, [&empty](auto &&) {
        empty = false;
        return false; // one row answers the question
    });
    if (!read)
        return read;
    return empty ? tenant::DemoData::seed(workspace) : tenant::success();
}

/// The open registry and its window; File > Connect replaces both.
class Console final : public QObject
{
    // tr() in the context "Console" (this class needs no signals of its own).
    Q_DECLARE_TR_FUNCTIONS(Console)

public:
    ~Console() override { delete m_window; } // before the workspace it shows

    /// Shows a window for `target` at once; the registry is reached in
    /// the background, and the window says so while it is not.
    void open(const Target &target)
    {
        auto workspace = std::make_unique<tenant::Workspace>(target.url);
        const tenant::Status configured =
            workspace->configureDownstreamFromKeychain(target.downstream, target.typedSecrets);
        auto *monitor = new tenant::ConnectionMonitor(workspace->database(), workspace->pool());
        tenant::Workspace *ws = workspace.get();
        const bool demo = target.demo;
        monitor->setFirstContact([ws, demo] { return firstContact(*ws, demo); });
        auto *window = new tenant::ui::MainWindow(*workspace, target.demo, monitor);
        monitor->setParent(window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        connect(window, &tenant::ui::MainWindow::connectRequested, this,
                &Console::chooseConnection);
        // The old window goes first, then the workspace it was showing.
        if (m_window) {
            tenant::Workspace *old = m_workspace.release();
            connect(m_window, &QObject::destroyed, this, [old] { delete old; });
            m_window->setAttribute(Qt::WA_DeleteOnClose, false);
            m_window->deleteLater();
        }
        m_workspace = std::move(workspace);
        m_window = window;
        m_window->show();
        if (!configured)
            m_window->statusBar()->showMessage(
                tr("Downstream systems not configured: %1").arg(configured.error().message));
        monitor->start();
    }

    tenant::ui::MainWindow *window() const { return m_window; }

private:
    void chooseConnection()
    {
        tenant::ConnectionProfileStore store;
        tenant::ui::ConnectionDialog dialog(store, m_window);
        if (dialog.exec() == QDialog::Accepted)
            open(targetOf(dialog));
    }

    std::unique_ptr<tenant::Workspace> m_workspace;
    QPointer<tenant::ui::MainWindow> m_window; // may close (and delete) itself
};

/// The console's command line. Built twice when asked for --help or
/// --version: those are answered before any window system is needed.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("Database URL."),
                          QStringLiteral("URL")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QStringLiteral("Open the demo database, filling it on first use.")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QStringLiteral("Render the window to a PNG file and exit."),
                                  QStringLiteral("FILE")};
    QCommandLineOption page{
        QStringLiteral("page"),
        QStringLiteral("Page to show: %1 (chargeback/charts: its charts).")
            .arg(tenant::ui::MainWindow::pageNames().join(QStringLiteral(", "))),
        QStringLiteral("PAGE"), QStringLiteral("overview")};
    QCommandLineOption quitAfter{QStringLiteral("quit-after"),
                                 QStringLiteral("Close after MS milliseconds (smoke tests)."),
                                 QStringLiteral("MS")};
    QCommandLineOption theme{QStringLiteral("theme"),
                             QStringLiteral("Theme for this run: system, light or dark."),
                             QStringLiteral("THEME")};
    QCommandLineOption language{QStringLiteral("language"),
                                QStringLiteral("Language for this run: en, de or hi."),
                                QStringLiteral("CODE")};

    CommandLine()
    {
        parser.setApplicationDescription(QStringLiteral("Tenant Admin desktop console"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({db, demo, screenshot, page, quitAfter, theme, language});
    }
};

/// True when argv asks only for help or the version.
bool wantsHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" ||
            arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsHelpOrVersion(argc, argv)) {
        // No display needed: QCoreApplication, and the parser exits after printing.
        QCoreApplication core(argc, argv);
        tenant::setApplicationIdentity();
        CommandLine commandLine;
        commandLine.parser.process(core);
        return 0;
    }
    QApplication app(argc, argv);
    tenant::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Tenant Admin"));

    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    parser.process(app);
    const QCommandLineOption &dbOption = commandLine.db;
    const QCommandLineOption &demoOption = commandLine.demo;
    const QCommandLineOption &screenshotOption = commandLine.screenshot;
    const QCommandLineOption &pageOption = commandLine.page;
    const QCommandLineOption &quitOption = commandLine.quitAfter;

    Target target;
    target.demo = parser.isSet(demoOption);
    if (parser.isSet(dbOption)) {
        const auto parsed = tenant::DatabaseUrl::parse(parser.value(dbOption));
        if (!parsed)
            return failWith(parsed.error().message, 2);
        target.url = parsed.value();
    }
    // Preferences, unless the command line names a theme or language for this run.
    tenant::ConsolePreferences preferences = tenant::ConsolePreferences::load();
    if (parser.isSet(commandLine.theme)) {
        const QString theme = parser.value(commandLine.theme);
        if (!tenant::ConsolePreferences::themes().contains(theme))
            return failWith(
                QStringLiteral("unknown theme %1: %2")
                    .arg(tenant::quoted(theme),
                         tenant::ConsolePreferences::themes().join(QStringLiteral(", "))),
                2);
        preferences.theme = theme;
    }
    if (parser.isSet(commandLine.language)) {
        const QString language = parser.value(commandLine.language);
        if (!tenant::ConsolePreferences::languages().contains(language))
            return failWith(
                QStringLiteral("unknown language %1: %2")
                    .arg(tenant::quoted(language),
                         tenant::ConsolePreferences::languages().join(QStringLiteral(", "))),
                2);
        preferences.language = language;
    }
    tenant::ui::localization::apply(preferences.language);
    tenant::ui::appearance::installIcons();
    tenant::ui::appearance::applyTheme(tenant::ui::themeFromName(preferences.theme));

    if (!tenant::ui::MainWindow::pageNames().contains(
            parser.value(pageOption).section(QLatin1Char('/'), 0, 0)))
        return failWith(
            QStringLiteral("unknown page %1").arg(tenant::quoted(parser.value(pageOption))), 2);

    // Without --db or --demo: the profile Preferences name, else the one
    // used last time.
    if (!parser.isSet(dbOption) && !parser.isSet(demoOption)) {
        const tenant::ConnectionProfileStore store;
        const QString chosen = preferences.startupProfile;
        if (chosen == tenant::ConsolePreferences::demoProfile()) {
            target.demo = true;
        } else if (const auto profile =
                       store.profile(chosen.isEmpty() ? store.lastProfile() : chosen)) {
            target.url = profile->url();
            target.downstream = profile->downstream;
        }
    }

    Console console;
    console.open(target);
    tenant::ui::MainWindow &window = *console.window();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        const QString page = parser.value(pageOption);
        auto shoot = [&window, file, page] {
            window.showPage(page);
            // Let the page lay out and the charts paint before grabbing.
            QTimer::singleShot(300, &window, [&window, file] {
                const bool saved = window.grab().save(file, "PNG");
                QCoreApplication::exit(saved ? 0 : 5);
            });
        };
        // Loaded, or shown offline: either way there is something to see.
        QObject::connect(&window, &tenant::ui::MainWindow::loaded, &window, shoot,
                         Qt::SingleShotConnection);
        QObject::connect(&window, &tenant::ui::MainWindow::firstContactFailed, &window, shoot,
                         Qt::SingleShotConnection);
    }
    if (parser.isSet(quitOption))
        QTimer::singleShot(parser.value(quitOption).toInt(), &app, &QApplication::quit);
    return app.exec();
}
