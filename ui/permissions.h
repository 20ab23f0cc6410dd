#pragma once

#include "access.h"

class QAction;

namespace tenant::ui {

/// What the console shows for an action the signed-in person may not take:
/// "Needs the operator role for 'finance' (you hold: viewer)".
QString missingRoleText(const Identity &identity, Action action, const QString &tenantId = {});

/// Enables `action` when `otherwiseEnabled` and `identity` may take it;
/// when the role is missing it is disabled and its tooltip names the role.
/// (The database still refuses it if the check here were ever wrong.)
void applyPermission(QAction *action, const Identity &identity, Action need,
                     const QString &tenantId, bool otherwiseEnabled);

} // namespace tenant::ui
