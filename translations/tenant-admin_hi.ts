<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Tenant Admin %1&lt;/h3&gt;&lt;p&gt;The single source of truth, console and control plane for the tenants of a shared platform.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Qt %3 (built with %4)&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Icons from KDE&apos;s Breeze theme, LGPL 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tenant Admin %1&lt;/h3&gt;&lt;p&gt;साझा प्लेटफ़ॉर्म के टेनेंट के लिए सत्य का एकमात्र स्रोत, कंसोल और नियंत्रण।&lt;/p&gt;&lt;p&gt;डेटाबेस: %2&lt;br&gt;Qt %3 (%4 के साथ बनाया गया)&lt;/p&gt;&lt;p&gt;GNU जनरल पब्लिक लाइसेंस, संस्करण 3 या बाद के अंतर्गत लाइसेंस प्राप्त। आइकन KDE की Breeze थीम से, LGPL 3।&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Downstream systems not configured: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Needs the %1 role (you hold: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the %1 role for &apos;%2&apos; (you hold: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>₹ lakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation type="unfinished">चार्जबैक</translation>
    </message>
    <message>
        <source>Chargeback over 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota use (%) — flagged from 90 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak queries per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over by &gt; 10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) in %1 cost centre(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Chargeback %1 against a budget of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation type="unfinished">लागत केंद्र</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished">टेनेंट</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget versus chargeback: the largest cost centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantEditor</name>
    <message>
        <source>Tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished">टियर</translation>
    </message>
    <message>
        <source>Max users</source>
        <translation type="unfinished">अधिकतम उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Max documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max queries/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation type="unfinished">लागत केंद्र</translation>
    </message>
    <message>
        <source>Monthly budget (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">क्षेत्र</translation>
    </message>
    <message>
        <source>Allowed regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::AuditTableModel</name>
    <message>
        <source>hash %1
correlation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">कार्रवाई</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished">टेनेंट</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::CascadeProgressModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms + %2 ms rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished">सिस्टम</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ChargebackTenantModel</name>
    <message>
        <source>%1 of a budget of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished">टेनेंट</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation type="unfinished">लागत केंद्र</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished">टियर</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">क्षेत्र</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation type="unfinished">चार्जबैक</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <source>Near a quota</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::CostCentreModel</name>
    <message>
        <source>Cost centre</source>
        <translation type="unfinished">लागत केंद्र</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished">टेनेंट</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation type="unfinished">चार्जबैक</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
</context>
<context>
    <name>tenant::DriftModel</name>
    <message>
        <source>Tenant</source>
        <translation type="unfinished">टेनेंट</translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished">सिस्टम</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::FlagMatrixModel</name>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tenant override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 tier default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the global default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in default (nothing set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: %3, decided by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (rollout %1 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::FlagTreeModel</name>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: older than the flag policy allows; clean it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag / level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::HealthSampleModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::MembershipModel</name>
    <message>
        <source>every tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished">टेनेंट</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ProvisioningRequestModel</name>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>all %n given</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 — waits for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished">टेनेंट</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished">टियर</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">क्षेत्र</translation>
    </message>
    <message>
        <source>Estimate / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage / outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ProvisioningStepModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (warns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::TenantTableModel</name>
    <message>
        <source>n/a</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>%1 (%2), last sample %3</source>
        <translation>%1 (%2), अंतिम नमूना %3</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>टेनेंट</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>टियर</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>स्वास्थ्य</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>लागत केंद्र</translation>
    </message>
    <message>
        <source>Budget (₹/month)</source>
        <translation>बजट (₹/माह)</translation>
    </message>
    <message>
        <source>Max users</source>
        <translation>अधिकतम उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अद्यतन</translation>
    </message>
</context>
<context>
    <name>tenant::TierPlanModel</name>
    <message>
        <source>included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dedicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished">टियर</translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queries/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::AuditPage</name>
    <message>
        <source>Tenant</source>
        <translation type="unfinished">टेनेंट</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for every tenant: the chain runs through all their entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;#%1 %2&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; at %2%3&lt;br/&gt;Reason: %4&lt;br/&gt;&lt;small&gt;correlation %5&lt;br/&gt;hash %6&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, tenant &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;none given&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No attribute changed.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n entries (no problem found so far).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It still holds entry %1 as verified on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First verification of this registry here: later ones check that the log still holds these entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Could not remember this head: the settings are not writable.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::BudgetPage</name>
    <message>
        <source>Budget and approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chargeback formula&apos;s monthly estimate for this plan and region. The budget must cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 a month&lt;/b&gt; for a %2 tenant in %3&lt;br&gt;%4 API calls × ₹%5 + %6 GB × ₹%7 + %8 compute hours × ₹%9 = %10&lt;br&gt;× %11 (region) × %12 (tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved automatically: a budget of %1 a month needs no approver. Provisioning starts as soon as you submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs approval by %1: each given in Requests by a different person (not you) before anything is provisioned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::BusinessUnitPage</name>
    <message>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is being onboarded. The tenant id names its schema, bucket and collection; it is suggested from the name and cannot change later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Corporation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acme-corporation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cto@acme.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC-ACME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR keeps the tenant in EU regions, DPDP in India.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::CascadeProgressDialog</name>
    <message>
        <source>Suspending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutting %1 off in every downstream system, in order. If one fails, the others are put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 in every downstream system, in order. If one fails, the others are put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2 (%3 ms in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n applied step(s) rolled back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::ChargebackPage</name>
    <message>
        <source>Month: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import usage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a usage CSV file (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull from &amp;Prometheus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter tenants and cost centres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">लोड हो रहा है…</translation>
    </message>
    <message>
        <source>&lt;b&gt;By cost centre&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;By tenant&lt;/b&gt; — tinted rows are over budget; the last column flags quotas within 10 % of their limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the chargeback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull usage from Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus URL for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chargeback as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chargeback report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage is recorded for %1. Import a usage CSV file or pull it from Prometheus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: chargeback &lt;b&gt;%2&lt;/b&gt; against a budget of %3 (%4 %, %5) · &lt;span style=&apos;color:#c62828&apos;&gt;%6 over budget&lt;/span&gt; · %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near a quota</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Budget versus chargeback (the largest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported; budget alerts not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported usage from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pulled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulled; budget alerts not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled the usage for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::ConnectionDialog</name>
    <message>
        <source>Connect to a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA of the server&apos;s certificate (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downstream &amp;systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password stored for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password read from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused a downstream secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved; password stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved, but the keychain refused the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved (no password stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 and its stored password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::DecisionDialog</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 request %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;): %3 in %4, estimated %5 a month against a budget of %6. Requested by %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is rolled back (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept with the decision and in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::DownstreamForm</name>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend, activate and provisioning drive these systems. A system left empty uses its demo stand-in, labelled &quot;(demo)&quot;; row-level security is always the registry&apos;s own PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector DB (Qdrant) URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qdrant API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 access key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning webhook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook signing secret:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::DriftPage</name>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every downstream system back and compare it with the registry (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tenant or system…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading every downstream system back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No drift: every system holds what the registry says (%n tenant(s), %1 reads, %2 ms).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) out of step with the registry.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n tenant(s) in %1 ms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not repair %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drift check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bring the downstream systems of %n tenant(s) back to what the registry says? This changes the real systems; each step is audited.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::FlagsPage</name>
    <message>
        <source>Feature flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Effective values&lt;/b&gt; (tenants × flags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower_case_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On by default (global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added flag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set flag value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier or tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 and every value set for it? Tenants fall back to the built-in default (off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed flag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::HealthPage</name>
    <message>
        <source>Record sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query success (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage used (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 lowest scores of %2 tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current score by tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a sample for %1: score %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::InterruptedRunsDialog</name>
    <message>
        <source>Interrupted provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These provisioning runs stopped before they finished. Their tenants are half made until each is resumed (every step is safe to repeat) or rolled back (everything created is removed and checked gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run interrupted; rolled back when the console started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They stay listed under Requests, and are offered again next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::MainWindow</name>
    <message>
        <source>Tenant Admin — DEMO</source>
        <translation>Tenant Admin — डेमो</translation>
    </message>
    <message>
        <source>Tenant Admin</source>
        <translation>Tenant Admin</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 से जुड़ रहे हैं…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>जुड़ रहे हैं…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>जुड़ा हुआ</translation>
    </message>
    <message>
        <source>Loading… %L1 tenants</source>
        <translation>लोड हो रहा है… %L1 टेनेंट</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Could not load the tenants: %1</source>
        <translation>टेनेंट लोड नहीं हो सके: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from other clients</source>
        <translation>
            <numerusform>अन्य क्लाइंट से %n बदलाव</numerusform>
            <numerusform>अन्य क्लाइंट से %n बदलाव</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 — %2</source>
        <translation>%1 के रूप में साइन इन — %2</translation>
    </message>
    <message>
        <source>A SQLite registry is one local user: anyone who can open the file can change everything.</source>
        <translation>SQLite रजिस्ट्री एक ही स्थानीय उपयोगकर्ता की है: जो भी फ़ाइल खोल सकता है, वह सब कुछ बदल सकता है।</translation>
    </message>
    <message>
        <source>Roles this PostgreSQL login holds; the database enforces them for every client.</source>
        <translation>इस PostgreSQL लॉगिन की भूमिकाएँ; डेटाबेस इन्हें हर क्लाइंट पर लागू करता है।</translation>
    </message>
    <message>
        <source>BREAK-GLASS: %1 holds platform-admin until %2 — %3. Every action is audited.</source>
        <translation>ब्रेक-ग्लास: %1 के पास %2 तक platform-admin है — %3। हर कार्रवाई का ऑडिट होता है।</translation>
    </message>
    <message>
        <source>Break-glass has ended; reopen the registry to see your own roles again.</source>
        <translation>ब्रेक-ग्लास समाप्त हो गया; अपनी भूमिकाएँ फिर से देखने के लिए रजिस्ट्री दोबारा खोलें।</translation>
    </message>
    <message>
        <source>The registry is back; reloading.</source>
        <translation>रजिस्ट्री वापस आ गई है; फिर से लोड हो रहा है।</translation>
    </message>
    <message>
        <source>%1: nothing to show yet. The registry %2 does not answer: %3

Tenant Admin keeps trying; this page fills in once it answers.</source>
        <translation>%1: अभी दिखाने को कुछ नहीं। रजिस्ट्री %2 उत्तर नहीं दे रही: %3

Tenant Admin कोशिश करता रहेगा; उत्तर मिलते ही यह पेज भर जाएगा।</translation>
    </message>
    <message>
        <source>Offline since %1: the registry does not answer (%2). The pages show what was loaded before; changes are refused until it is back.</source>
        <translation>%1 से ऑफ़लाइन: रजिस्ट्री उत्तर नहीं दे रही (%2)। पेज पहले लोड किया गया डेटा दिखाते हैं; वापस आने तक बदलाव अस्वीकार किए जाते हैं।</translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>ऑफ़लाइन — %n सेकंड में फिर कोशिश</numerusform>
            <numerusform>ऑफ़लाइन — %n सेकंड में फिर कोशिश</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — retrying…</source>
        <translation>ऑफ़लाइन — फिर कोशिश…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>कनेक्ट करें… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>प्राथमिकताएँ… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>जाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Tenant Admin</source>
        <translation>Tenant Admin के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>About Tenant Admin</source>
        <translation>Tenant Admin के बारे में</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>टेनेंट (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>खोजें… (&amp;F)</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source> DEMO </source>
        <translation> डेमो </translation>
    </message>
    <message>
        <source>Demo data in a local SQLite file; nothing here touches a real platform.</source>
        <translation>स्थानीय SQLite फ़ाइल में डेमो डेटा; यहाँ कुछ भी असली प्लेटफ़ॉर्म को नहीं छूता।</translation>
    </message>
    <message>
        <source>Could not look for interrupted provisioning runs: %1</source>
        <translation>बाधित प्रोविज़निंग रन नहीं खोजे जा सके: %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>टेनेंट</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Feature Flags</source>
        <translation>फ़ीचर फ़्लैग</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>स्वास्थ्य</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>चार्जबैक</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>विचलन</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>ऑडिट</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>उपयोगकर्ता और भूमिकाएँ</translation>
    </message>
</context>
<context>
    <name>tenant::ui::OverviewPage</name>
    <message>
        <source>Tenants</source>
        <translation type="unfinished">टेनेंट</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tenants in the warning or critical band&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Budget forecasts this month&lt;/b&gt; — %n tenant(s) on course to exceed the budget</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 so far, forecast %4 against a budget of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants by tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants by status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::PlanPage</name>
    <message>
        <source>Plan and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tier in the plan table, and where the tenant&apos;s data lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the plans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2, cost ×%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2, not allowed by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compliance tags: every region is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>प्राथमिकताएँ</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>सिस्टम भाषा</translation>
    </message>
    <message>
        <source>System</source>
        <translation>सिस्टम</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्का</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरा</translation>
    </message>
    <message>
        <source>Off (live updates only)</source>
        <translation>बंद (केवल लाइव अपडेट)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> सेकंड</translation>
    </message>
    <message>
        <source>The connection used last</source>
        <translation>पिछली बार इस्तेमाल किया गया कनेक्शन</translation>
    </message>
    <message>
        <source>The demo registry</source>
        <translation>डेमो रजिस्ट्री</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>नई भाषा अगली बार शुरू करने पर लागू होगी।</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>थीम (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>हर इतने समय में रीफ़्रेश (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>शुरू होने पर खोलें (&amp;O):</translation>
    </message>
</context>
<context>
    <name>tenant::ui::ProgressPage</name>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the tenant in every system, then running the 8 checks. The first five must pass; if one fails, everything is removed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel provisioning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::ProvisioningRunDialog</name>
    <message>
        <source>&amp;Cancel provisioning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::ProvisioningRunView</name>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: removing what was created…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is running. Closing now would leave it half done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back removes everything created so far. Pause stops after the current step; resume or roll back later from Requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop request %1 and remove everything created for it so far?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active: %2 (%3 ms in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: %1. Nothing of %2 remains (%3 ms in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at &quot;%1&quot;. Resume or roll it back from Requests, now or after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::ProvisioningWizard</name>
    <message>
        <source>Onboard a business unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::RecordSampleDialog</name>
    <message>
        <source>Record health sample for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p95:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query success:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::RequestsPage</name>
    <message>
        <source>Open (needs action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onboard business unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected %1: nothing is provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::ResultPage</name>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Request &lt;tt&gt;%1&lt;/tt&gt; for &lt;b&gt;%2&lt;/b&gt; is stored.&lt;/p&gt;&lt;p&gt;It waits in &lt;b&gt;Requests&lt;/b&gt; for approval by %3, each given by a different person. Nothing is provisioned until then, and a rejected request provisions nothing.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The request is listed in &lt;b&gt;Requests&lt;/b&gt;, where it can be resumed or rolled back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It never ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; is provisioned and active: %2, in %3 ms.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;These checks warned (they do not block):&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Checks passed:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The webhook could not be delivered; see the progress page.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Webhook: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Removed, in reverse order, and checked gone:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Request &lt;tt&gt;%1&lt;/tt&gt; stopped at &quot;%2&quot;.&lt;/p&gt;&lt;p&gt;Resume it or roll it back from &lt;b&gt;Requests&lt;/b&gt;; the next start also offers both.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting stores the request. Below the threshold it is provisioned at once; otherwise it waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation type="unfinished">लागत केंद्र</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 queries/min, %4 documents/month, %5 max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">क्षेत्र</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Go back to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>शॉर्टकट</translation>
    </message>
    <message>
        <source>Filter shortcuts…</source>
        <translation>शॉर्टकट फ़िल्टर करें…</translation>
    </message>
</context>
<context>
    <name>tenant::ui::TenantEditorDialog</name>
    <message>
        <source>New tenant</source>
        <translation type="unfinished">नया टेनेंट</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits, hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 field needs attention; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fields need attention; nothing was saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by %1 at %2 (%3) while open here. Saving checks your edit against it; nothing of theirs is overwritten unseen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stored &quot;%2&quot;, yours &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you edited it (you started from version %2; it is now version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::TenantsPage</name>
    <message>
        <source>Tenant actions</source>
        <translation>टेनेंट कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>&amp;New tenant…</source>
        <translation>नया टेनेंट… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें… (&amp;E)</translation>
    </message>
    <message>
        <source>Filter by id or name (Ctrl+F)</source>
        <translation>आईडी या नाम से फ़िल्टर करें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>कोई भी टियर</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>कोई भी स्वास्थ्य</translation>
    </message>
    <message>
        <source>%L1 of %L2 tenants</source>
        <translation>%L2 में से %L1 टेनेंट</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>नया टेनेंट</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 बनाया गया</translation>
    </message>
    <message>
        <source>Edit tenant</source>
        <translation>टेनेंट संपादित करें</translation>
    </message>
    <message>
        <source>Saved %1 (version %2)</source>
        <translation>%1 सहेजा गया (संस्करण %2)</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 अब %2 है</translation>
    </message>
</context>
<context>
    <name>tenant::ui::TransitionDialog</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; (%2) from &lt;b&gt;%3&lt;/b&gt; to &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? Recorded in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting is permanent. Type &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant id:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::UsersPage</name>
    <message>
        <source>User actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can act on tenant… (id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite registry is one local user with no access control: users and roles need a PostgreSQL registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see your own roles. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished">उपयोगकर्ता और भूमिकाएँ</translation>
    </message>
    <message>
        <source>Login %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: every tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenant::ui::ValidatingPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">नाम</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation type="unfinished">लागत केंद्र</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished">क्षेत्र</translation>
    </message>
</context>
</TS>
