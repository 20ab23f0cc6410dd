<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n tenant(s) in %1</source>
        <extracomment>%1 is &quot;N cost centre(s)&quot;</extracomment>
        <translation>
            <numerusform>%n tenant in %1</numerusform>
            <numerusform>%n tenants in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cost centre(s)</source>
        <translation>
            <numerusform>%n cost centre</numerusform>
            <numerusform>%n cost centres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ProvisioningRequestModel</name>
    <message numerus="yes">
        <source>all %n given</source>
        <translation>
            <numerusform>%n given</numerusform>
            <numerusform>all %n given</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::AuditPage</name>
    <message numerus="yes">
        <source>Verification cancelled after %n entries (no problem found so far).</source>
        <translation>
            <numerusform>Verification cancelled after %n entry (no problem found so far).</numerusform>
            <numerusform>Verification cancelled after %n entries (no problem found so far).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries verified.</source>
        <translation>
            <numerusform>Chain intact: %n entry verified.</numerusform>
            <numerusform>Chain intact: %n entries verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::CascadeProgressDialog</name>
    <message numerus="yes">
        <source>%n applied step(s) rolled back.</source>
        <translation>
            <numerusform>%n applied step rolled back.</numerusform>
            <numerusform>%n applied steps rolled back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::ChargebackPage</name>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n tenant</numerusform>
            <numerusform>%n tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near a quota</source>
        <translation>
            <numerusform>%n near a quota</numerusform>
            <numerusform>%n near a quota</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::DriftPage</name>
    <message numerus="yes">
        <source>No drift: every system holds what the registry says (%n tenant(s), %1 reads, %2 ms).</source>
        <translation>
            <numerusform>No drift: every system holds what the registry says (%n tenant, %1 reads, %2 ms).</numerusform>
            <numerusform>No drift: every system holds what the registry says (%n tenants, %1 reads, %2 ms).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) out of step with the registry.</source>
        <translation>
            <numerusform>%n system out of step with the registry.</numerusform>
            <numerusform>%n systems out of step with the registry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n tenant(s) in %1 ms.</source>
        <translation>
            <numerusform>Checked %n tenant in %1 ms.</numerusform>
            <numerusform>Checked %n tenants in %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bring the downstream systems of %n tenant(s) back to what the registry says? This changes the real systems; each step is audited.</source>
        <translation>
            <numerusform>Bring the downstream systems of %n tenant back to what the registry says? This changes the real systems; each step is audited.</numerusform>
            <numerusform>Bring the downstream systems of %n tenants back to what the registry says? This changes the real systems; each step is audited.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::HealthPage</name>
    <message numerus="yes">
        <source>The %1 lowest scores of %Ln tenant(s)</source>
        <translation>
            <numerusform>The %1 lowest scores of %Ln tenant</numerusform>
            <numerusform>The %1 lowest scores of %Ln tenants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n change(s) from other clients</source>
        <translation>
            <numerusform>%n change from other clients</numerusform>
            <numerusform>%n changes from other clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>Offline — retrying in %n s</numerusform>
            <numerusform>Offline — retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln tenant(s)</source>
        <translation>
            <numerusform>Loading… %Ln tenant</numerusform>
            <numerusform>Loading… %Ln tenants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::OverviewPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;Budget forecasts this month&lt;/b&gt; — %n tenant(s) on course to exceed the budget</source>
        <translation>
            <numerusform>&lt;b&gt;Budget forecasts this month&lt;/b&gt; — %n tenant on course to exceed the budget</numerusform>
            <numerusform>&lt;b&gt;Budget forecasts this month&lt;/b&gt; — %n tenants on course to exceed the budget</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::RequestsPage</name>
    <message numerus="yes">
        <source>%L1 of %Ln request(s)</source>
        <translation>
            <numerusform>%L1 of %Ln request</numerusform>
            <numerusform>%L1 of %Ln requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::TenantEditorDialog</name>
    <message numerus="yes">
        <source>%n fields need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n field needs attention; nothing was saved.</numerusform>
            <numerusform>%n fields need attention; nothing was saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::TenantsPage</name>
    <message numerus="yes">
        <source>%L1 of %Ln tenant(s)</source>
        <translation>
            <numerusform>%L1 of %Ln tenant</numerusform>
            <numerusform>%L1 of %Ln tenants</numerusform>
        </translation>
    </message>
</context>
</TS>
