// tenant-admin: the desktop console. This first cut opens the registry and
// shows an empty main window; the console itself is built on top of it.
#include "demo/demodata.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tenant-admin"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tenant Admin desktop console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after"), QStringLiteral("Close after MS milliseconds (smoke tests)."),
        QStringLiteral("MS"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QStringLiteral("Open the demo database, filling it on first use."));
    parser.addOptions({dbOption, demoOption, quitOption});
    parser.process(app);

    tenant::DatabaseUrl url = tenant::DatabaseUrl::defaultDemo();
    if (parser.isSet(dbOption)) {
        const auto parsed = tenant::DatabaseUrl::parse(parser.value(dbOption));
        if (!parsed) {
            QMessageBox::critical(nullptr, QStringLiteral("Tenant Admin"), parsed.error().message);
            return 2;
        }
        url = parsed.value();
    }
    tenant::Workspace workspace(url);
    if (const tenant::Status opened = workspace.open(); !opened) {
        QMessageBox::critical(nullptr, QStringLiteral("Tenant Admin"), opened.error().message);
        return 5;
    }

    const bool demo = parser.isSet(demoOption);
    if (demo) {
        const auto existing = workspace.tenants().list();
        if (existing && existing->isEmpty()) {
            if (const tenant::Status seeded = tenant::DemoData::seed(workspace); !seeded) {
                QMessageBox::critical(nullptr, QStringLiteral("Tenant Admin"),
                                      seeded.error().message);
                return 5;
            }
        }
    }

    QMainWindow window;
    window.setWindowTitle(demo ? QStringLiteral("Tenant Admin — DEMO")
                               : QStringLiteral("Tenant Admin"));
    auto *placeholder = new QLabel(QObject::tr("Tenant Admin"), &window);
    placeholder->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(placeholder);
    window.statusBar()->showMessage(url.backendName() + QStringLiteral(" · ") +
                                    url.toDisplayString());
    window.resize(1100, 700);
    window.show();
    if (parser.isSet(quitOption))
        QTimer::singleShot(parser.value(quitOption).toInt(), &app, &QApplication::quit);
    return app.exec();
}
