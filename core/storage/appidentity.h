#pragma once

namespace tenant {

/// Names the application for QSettings, QStandardPaths and the keychain:
/// organisation "Tenant Admin", application "tenant-admin", the project's
/// version. Both front ends call it right after creating the application
/// object. Settings left by earlier versions under "Unknown Organization"
/// (before an organisation was named) are carried over once.
void setApplicationIdentity();

} // namespace tenant
