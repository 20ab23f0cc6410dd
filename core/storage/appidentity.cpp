#include "appidentity.h"

#include <QCoreApplication>
#include <QSettings>

namespace tenant {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tenant Admin"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tenant-admin.org"));
    QCoreApplication::setApplicationName(QStringLiteral("tenant-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TENANT_VERSION));

    QSettings settings;
    if (!settings.allKeys().isEmpty())
        return;
    // Qt's name for the organisation when none is set.
    QSettings legacy(QStringLiteral("Unknown Organization"), QStringLiteral("tenant-admin"));
    const QStringList keys = legacy.allKeys();
    for (const QString &key : keys)
        settings.setValue(key, legacy.value(key));
    if (!keys.isEmpty())
        settings.setValue(QStringLiteral("migratedFrom"), legacy.fileName());
}

} // namespace tenant
