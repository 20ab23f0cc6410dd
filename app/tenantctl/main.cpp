// tenantctl: the scripting front end over the same core as tenant-admin.
#include "appidentity.h"
#include "tenantctl.h"

#include <QApplication>

#include <memory>

namespace {
/// Qt's own warnings (a driver freeing a statement of an aborted
/// transaction, say) would add lines to an error that must be one line;
/// they are shown only when TENANTCTL_DEBUG is set.
void quietQtWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool debug = qEnvironmentVariableIsSet("TENANTCTL_DEBUG");
    if (!debug && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg))
        return;
    fprintf(stderr, "tenantctl: %s\n", qPrintable(qFormatLogMessage(type, context, message)));
}
} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietQtWarnings);
    // A PDF report draws its charts with Qt Charts, which needs a
    // QApplication; everything else runs without a display.
    bool drawsPdf = false;
    for (int i = 1; i < argc; ++i)
        drawsPdf =
            drawsPdf || qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0;
    if (drawsPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app(drawsPdf ? new QApplication(argc, argv)
                                                         : new QCoreApplication(argc, argv));
    tenant::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    tenant::TenantCtl ctl(out, err);
    return ctl.run(QCoreApplication::arguments().mid(1));
}
