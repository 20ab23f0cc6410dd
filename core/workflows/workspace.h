#pragma once

#include "accesscontrol.h"
#include "auditlog.h"
#include "cascadecoordinator.h"
#include "chargeback.h"
#include "database.h"
#include "deliveryqueue.h"
#include "downstream.h"
#include "flagservice.h"
#include "healthservice.h"
#include "lifecycle.h"
#include "provisioningservice.h"
#include "provisioningworkflow.h"
#include "tenantrepository.h"
#include "usageservice.h"

#include <QThreadPool>

#include <memory>

namespace tenant {

/// Everything a front end needs for one open registry: the database and the
/// services over it, wired together. tenantctl and tenant-admin each build one.
class Workspace final
{
public:
    explicit Workspace(const DatabaseUrl &url);
    Q_DISABLE_COPY_MOVE(Workspace)

    /// Opens the database and applies migrations. On PostgreSQL it then
    /// learns who the session is: a governed login is its own actor.
    Status open();

    /// Points the cascade and provisioning at the real downstream systems in
    /// `endpoints`; the ones left empty keep their demo stand-ins.
    Status configureDownstream(const DownstreamEndpoints &endpoints,
                               const DownstreamSecrets &secrets);
    /// configureDownstream() with the secrets from the keychain, except the
    /// ones given in `typed` (blocking: the keychain is asked synchronously).
    Status configureDownstreamFromKeychain(const DownstreamEndpoints &endpoints,
                                           const DownstreamSecrets &typed = {});

    /// The downstream systems configured (empty URLs: demo stand-ins).
    const DownstreamEndpoints &downstreamEndpoints() const { return m_endpoints; }

    /// Where every committed change is announced, on the thread that
    /// built the workspace (the console's main thread).
    ChangeNotifier &notifier() { return m_notifier; }
    Database &database() { return m_db; }
    AuditLog &audit() { return m_audit; }
    TenantRepository &tenants() { return m_tenants; }
    LifecycleService &lifecycle() { return m_lifecycle; }
    FlagService &flags() { return m_flags; }
    HealthService &health() { return m_health; }
    ProvisioningService &provisioning() { return m_provisioning; }
    /// Onboards approved requests into the downstream systems.
    ProvisioningWorkflow &workflow() { return m_workflow; }
    /// Suspend/activate across the downstream systems; lifecycle uses it.
    CascadeCoordinator &cascade() { return m_cascade; }
    /// Tenants' monthly usage: imports and reads.
    UsageService &usage() { return m_usage; }
    /// Monthly chargeback, the cost trend, budget forecasts, the rates.
    ChargebackService &chargeback() { return m_chargeback; }
    /// Logins, roles and break-glass (PostgreSQL).
    AccessControl &access() { return m_access; }
    /// The lifecycle events the database writes with every change.
    EventLog &events() { return m_events; }
    /// Where events are sent, and the queue of their deliveries.
    WebhookSubscriptions &webhooks() { return m_webhooks; }
    DeliveryQueue &deliveries() { return m_deliveries; }
    /// Who the session was when the workspace opened.
    const Identity &identity() const { return m_identity; }

    /// Worker threads for database work off the GUI thread. Destroyed (and
    /// so drained) before the database.
    QThreadPool &pool() { return m_pool; }

    /// Who changes are attributed to in the audit log: on a PostgreSQL
    /// registry with access control, the login (the database refuses any
    /// other name); otherwise the operating-system account running the
    /// process. No front end lets a user choose it.
    QString actor() const { return m_actor; }
    /// For tests and tools that act for a named person in-process (the
    /// four-eyes tests); never wired to user input. Ignored for a governed
    /// login, whose actor is the login.
    void setActor(const QString &actor)
    {
        if (!m_identity.enforced)
            m_actor = actor;
    }

private:
    ChangeNotifier m_notifier; // first: the services announce through it
    Database m_db;
    AuditLog m_audit;
    TenantRepository m_tenants;
    LifecycleService m_lifecycle;
    FlagService m_flags;
    HealthService m_health;
    ProvisioningService m_provisioning;
    CascadeCoordinator m_cascade;
    ProvisioningWorkflow m_workflow;
    AccessControl m_access;
    UsageService m_usage;
    ChargebackService m_chargeback;
    EventLog m_events;
    WebhookSubscriptions m_webhooks;
    DeliveryQueue m_deliveries;
    DownstreamEndpoints m_endpoints;
    Identity m_identity;
    QString m_actor;
    QThreadPool m_pool; // last member: waits for its jobs before the rest is destroyed
};

} // namespace tenant
