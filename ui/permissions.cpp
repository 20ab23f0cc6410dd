#include "permissions.h"

#include <QAction>
#include <QCoreApplication>

namespace tenant::ui {

namespace {
/// The tooltip an action had before a permission changed it.
constexpr const char *ownToolTip = "tenantAdminOwnToolTip";
} // namespace

QString missingRoleText(const Identity &identity, Action action, const QString &tenantId)
{
    const QString role = requiredRole(action);
    const QString holds = identity.roleSummaries().join(QStringLiteral(", "));
    return tenantId.isEmpty()
               ? QCoreApplication::translate("Permissions", "Needs the %1 role (you hold: %2)")
                     .arg(role, holds)
               : QCoreApplication::translate("Permissions",
                                             "Needs the %1 role for '%2' (you hold: %3)")
                     .arg(role, tenantId, holds);
}

void applyPermission(QAction *action, const Identity &identity, Action need,
                     const QString &tenantId, bool otherwiseEnabled)
{
    if (!action->property(ownToolTip).isValid())
        action->setProperty(ownToolTip, action->toolTip());
    const bool permitted = identity.may(need, tenantId);
    action->setEnabled(otherwiseEnabled && permitted);
    action->setToolTip(permitted ? action->property(ownToolTip).toString()
                                 : missingRoleText(identity, need, tenantId));
}

} // namespace tenant::ui
