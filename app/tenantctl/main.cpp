// tenantctl: the scripting front end over the same core as tenant-admin.
#include "appidentity.h"
#include "commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    tenant::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    tenant::TenantCtl ctl(out, err);
    return ctl.run(app.arguments().mid(1));
}
