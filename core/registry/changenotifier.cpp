#include "changenotifier.h"

#include <QThread>

namespace tenant {

ChangeNotifier::ChangeNotifier(QObject *parent)
    : QObject(parent)
{}

void ChangeNotifier::deliver(std::function<void()> emitSignal)
{
    if (QThread::currentThread() == thread())
        emitSignal();
    else
        QMetaObject::invokeMethod(this, std::move(emitSignal), Qt::QueuedConnection);
}

void ChangeNotifier::announceTenantCreated(const QString &tenantId)
{
    emit tenantWritten(tenantId);
    deliver([this, tenantId] { emit tenantCreated(tenantId); });
}

void ChangeNotifier::announceTenantChanged(const QString &tenantId)
{
    emit tenantWritten(tenantId);
    deliver([this, tenantId] { emit tenantChanged(tenantId); });
}

void ChangeNotifier::announceTenantsImported(int count)
{
    emit tenantWritten(QString());
    deliver([this, count] { emit tenantsImported(count); });
}

void ChangeNotifier::announceStatusChanged(const QString &tenantId, TenantStatus from,
                                           TenantStatus to)
{
    deliver([this, tenantId, from, to] { emit statusChanged(tenantId, from, to); });
}

void ChangeNotifier::announceFlagsChanged()
{
    deliver([this] { emit flagsChanged(); });
}

void ChangeNotifier::announceHealthRecorded(const QString &tenantId)
{
    deliver([this, tenantId] { emit healthRecorded(tenantId); });
}

void ChangeNotifier::announceRequestChanged(const QString &requestId)
{
    deliver([this, requestId] { emit requestChanged(requestId); });
}

void ChangeNotifier::announceUsageChanged(const QStringList &months)
{
    deliver([this, months] { emit usageChanged(months); });
}

void ChangeNotifier::announceRemoteChange(const QString &tenantId, const QString &action,
                                          const QString &actor, qint64 auditSeq)
{
    deliver([this, tenantId, action, actor, auditSeq] {
        emit remoteChange(tenantId, action, actor, auditSeq);
    });
}

} // namespace tenant
