#pragma once

#include "tenant.h"

#include <QObject>

namespace tenant {

/// The one place committed changes are announced. A service calls
/// announce*() after its transaction commits, from whichever thread ran
/// it; the signals reach connected objects on the notifier's own thread
/// (the main thread: the workspace creates it there), queued when the
/// change was made elsewhere. Models listen here, never to a service.
///
/// tenantWritten() is the exception: emitted at once on the writing thread,
/// for caches that must not serve a stale value even briefly (flag
/// evaluation after a tier change).
class ChangeNotifier final : public QObject
{
    Q_OBJECT
public:
    explicit ChangeNotifier(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

    void announceTenantCreated(const QString &tenantId);
    void announceTenantChanged(const QString &tenantId);
    void announceTenantsImported(int count);
    void announceStatusChanged(const QString &tenantId, TenantStatus from, TenantStatus to);
    void announceFlagsChanged();
    void announceHealthRecorded(const QString &tenantId);
    void announceRequestChanged(const QString &requestId);
    /// Usage stored for these months, or the chargeback rates changed (all months).
    void announceUsageChanged(const QStringList &months);
    /// Another client committed a change (`action` by `actor`, audit entry
    /// `auditSeq`), after the announcement of what it changed: for views
    /// that say who ("changed by NAME").
    void announceRemoteChange(const QString &tenantId, const QString &action, const QString &actor,
                              qint64 auditSeq);

signals:
    /// Synchronous, on the writer's thread, for in-core caches.
    void tenantWritten(const QString &tenantId);

    void tenantCreated(const QString &tenantId);
    void tenantChanged(const QString &tenantId);
    void tenantsImported(int count);
    void statusChanged(const QString &tenantId, tenant::TenantStatus from, tenant::TenantStatus to);
    void flagsChanged();
    void healthRecorded(const QString &tenantId);
    void requestChanged(const QString &requestId);
    void usageChanged(const QStringList &months);
    void remoteChange(const QString &tenantId, const QString &action, const QString &actor,
                      qint64 auditSeq);

private:
    /// Runs `emitSignal` on the notifier's thread: now, or queued.
    void deliver(std::function<void()> emitSignal);
};

} // namespace tenant
