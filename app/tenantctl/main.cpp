// tenantctl: the scripting front end over the same core as tenant-admin.
#include "appidentity.h"
#include "tenantctl.h"

#include <QCoreApplication>

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
    QCoreApplication app(argc, argv);
    tenant::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    tenant::TenantCtl ctl(out, err);
    return ctl.run(app.arguments().mid(1));
}
