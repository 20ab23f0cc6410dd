<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Tenant Admin %1&lt;/h3&gt;&lt;p&gt;The single source of truth, console and control plane for the tenants of a shared platform.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Qt %3 (built with %4)&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Icons from KDE&apos;s Breeze theme, LGPL 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tenant Admin %1&lt;/h3&gt;&lt;p&gt;Die maßgebliche Quelle, Konsole und Steuerung für die Mandanten einer gemeinsamen Plattform.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;br&gt;Qt %3 (erstellt mit %4)&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später. Symbole aus KDEs Breeze-Design, LGPL 3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Downstream systems not configured: %1</source>
        <translation>Nicht konfigurierte nachgelagerte Systeme: %1</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Needs the %1 role (you hold: %2)</source>
        <translation>Erfordert die Rolle %1 (Ihre Rollen: %2)</translation>
    </message>
    <message>
        <source>Needs the %1 role for &apos;%2&apos; (you hold: %3)</source>
        <translation>Erfordert die Rolle %1 für „%2“ (Ihre Rollen: %3)</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Inkrementieren</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Dekrementieren</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Schließen ohne zu Speichern</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Details einblenden...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Details ausblenden...</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>₹ lakh</source>
        <translation>₹ Lakh</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>Kostenverrechnung</translation>
    </message>
    <message>
        <source>Chargeback over 12 months</source>
        <translation>Kostenverrechnung über 12 Monate</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>Quota use (%) — flagged from 90 %</source>
        <translation>Kontingentnutzung (%) — markiert ab 90 %</translation>
    </message>
    <message>
        <source>Peak queries per day</source>
        <translation>Spitzenwert Abfragen pro Tag</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Benutzer</translation>
    </message>
    <message>
        <source>under budget</source>
        <translation>unter Budget</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>über Budget</translation>
    </message>
    <message>
        <source>over by &gt; 10 %</source>
        <translation>mehr als 10 % darüber</translation>
    </message>
    <message>
        <source>Chargeback report %1</source>
        <translation>Kostenverrechnungsbericht %1</translation>
    </message>
    <message>
        <source>Chargeback — %1</source>
        <translation>Kostenverrechnung — %1</translation>
    </message>
    <message>
        <source>Chargeback %1 against a budget of %2</source>
        <translation>Kostenverrechnung %1 bei einem Budget von %2</translation>
    </message>
    <message>
        <source>Variance %1 (%2): %3</source>
        <translation>Differenz %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Budget versus chargeback: the largest cost centres</source>
        <translation>Budget und Kostenverrechnung: die größten Kostenstellen</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Start migration</source>
        <translation>Migration starten</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <source>global default</source>
        <translation>globaler Standard</translation>
    </message>
    <message>
        <source>tier: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <source>tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) in %1</source>
        <extracomment>%1 is &quot;N cost centre(s)&quot;</extracomment>
        <translation>
            <numerusform>%n Mandant in %1</numerusform>
            <numerusform>%n Mandanten in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cost centre(s)</source>
        <translation>
            <numerusform>%n Kostenstelle</numerusform>
            <numerusform>%n Kostenstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write the PDF %1: %2</source>
        <translation>das PDF %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write the PDF %1</source>
        <translation>das PDF %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot finish the PDF %1: %2</source>
        <translation>das PDF %1 kann nicht abgeschlossen werden: %2</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Hierher scrollen</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Linker Rand</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Rechter Rand</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Eine Seite nach links</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Eine Seite nach oben</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Eine Seite nach rechts</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Eine Seite nach unten</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Nach links scrollen</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Nach oben scrollen</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Nach rechts scrollen</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Nach unten scrollen</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>TenantEditor</name>
    <message>
        <source>Tenant id</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Technischer Kontakt</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>Abrechnungskontakt</translation>
    </message>
    <message>
        <source>Incident contact</source>
        <translation>Kontakt bei Störungen</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM-ID</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>Abrechnungskonto</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Max users</source>
        <translation>Max. Benutzer</translation>
    </message>
    <message>
        <source>Max documents</source>
        <translation>Max. Dokumente</translation>
    </message>
    <message>
        <source>Max queries/day</source>
        <translation>Max. Abfragen/Tag</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>SLA-Ziel</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>Support-Level</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Monthly budget (₹)</source>
        <translation>Monatsbudget (₹)</translation>
    </message>
    <message>
        <source>Billing e-mail</source>
        <translation>Rechnungs-E-Mail</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Allowed regions</source>
        <translation>Zulässige Regionen</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>Compliance tags</source>
        <translation>Compliance-Tags</translation>
    </message>
    <message>
        <source>Retention (days)</source>
        <translation>Aufbewahrung (Tage)</translation>
    </message>
    <message>
        <source>Metadata (JSON)</source>
        <translation>Metadaten (JSON)</translation>
    </message>
    <message>
        <source>Tier and limits</source>
        <translation>Stufe und Limits</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Standort</translation>
    </message>
</context>
<context>
    <name>tenant::Access</name>
    <message>
        <source>reading a tenant</source>
        <translation>Lesen eines Mandanten</translation>
    </message>
    <message>
        <source>reading tenant %1</source>
        <translation>Lesen des Mandanten %1</translation>
    </message>
    <message>
        <source>creating a tenant</source>
        <translation>Anlegen eines Mandanten</translation>
    </message>
    <message>
        <source>creating tenant %1</source>
        <translation>Anlegen des Mandanten %1</translation>
    </message>
    <message>
        <source>changing a tenant</source>
        <translation>Ändern eines Mandanten</translation>
    </message>
    <message>
        <source>changing tenant %1</source>
        <translation>Ändern des Mandanten %1</translation>
    </message>
    <message>
        <source>changing a global or tier flag</source>
        <translation>Ändern eines globalen oder stufenbezogenen Flags</translation>
    </message>
    <message>
        <source>submitting an onboarding request</source>
        <translation>Einreichen eines Onboarding-Antrags</translation>
    </message>
    <message>
        <source>deciding an onboarding request</source>
        <translation>Entscheiden über einen Onboarding-Antrag</translation>
    </message>
    <message>
        <source>managing users and roles</source>
        <translation>Verwalten von Benutzern und Rollen</translation>
    </message>
    <message>
        <source>changing a policy</source>
        <translation>Ändern einer Richtlinie</translation>
    </message>
    <message>
        <source>verifying the whole audit log</source>
        <translation>Verifizieren des gesamten Prüfprotokolls</translation>
    </message>
    <message>
        <source>recording usage (for every tenant)</source>
        <translation>Erfassen der Nutzung (für alle Mandanten)</translation>
    </message>
    <message>
        <source>managing webhooks and event deliveries</source>
        <translation>Verwalten von Webhooks und Ereigniszustellungen</translation>
    </message>
    <message>
        <source>%1 is not a login name (1-63 lower-case letters, digits, _ . -)</source>
        <translation>%1 ist kein Login-Name (1-63 Kleinbuchstaben, Ziffern, _ . -)</translation>
    </message>
    <message>
        <source>%1 is not a role (expected one of %2)</source>
        <translation>%1 ist keine Rolle (erwartet: eine von %2)</translation>
    </message>
    <message>
        <source>%1 is not a tenant id</source>
        <translation>%1 ist keine Mandanten-ID</translation>
    </message>
    <message>
        <source>an approver holds an authority (one of %1), not %2</source>
        <translation>die Rolle approver verlangt eine Befugnis (eine von %1), nicht %2</translation>
    </message>
    <message>
        <source>only an approver holds an authority</source>
        <translation>nur die Rolle approver hat eine Befugnis</translation>
    </message>
    <message>
        <source>local — no access control</source>
        <translation>lokal — keine Zugriffskontrolle</translation>
    </message>
    <message>
        <source>owner — no access control</source>
        <translation>Eigentümer — keine Zugriffskontrolle</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
</context>
<context>
    <name>tenant::AccessControl</name>
    <message>
        <source>a SQLite registry is one local user with no access control: users and roles need a PostgreSQL registry</source>
        <translation>ein SQLite-Register kennt nur einen lokalen Benutzer ohne Zugriffskontrolle: Benutzer und Rollen erfordern ein PostgreSQL-Register</translation>
    </message>
    <message>
        <source>read the session&apos;s login: no row</source>
        <translation>Login der Sitzung lesen: keine Zeile</translation>
    </message>
    <message>
        <source>unknown roles</source>
        <translation>unbekannte Rollen</translation>
    </message>
    <message>
        <source>%1 needs the %2 role; %3 holds: %4</source>
        <translation>%1 erfordert die Rolle %2; %3 hat: %4</translation>
    </message>
    <message>
        <source>this login</source>
        <translation>dieses Login</translation>
    </message>
    <message>
        <source>a password has at least 12 characters</source>
        <translation>ein Passwort hat mindestens 12 Zeichen</translation>
    </message>
    <message>
        <source>a password is at most 1024 printable characters (no control character, no lone surrogate)</source>
        <translation>ein Passwort hat höchstens 1024 druckbare Zeichen (kein Steuerzeichen, kein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>break-glass: the elevation was not recorded</source>
        <translation>Notfallzugriff: Die Rechteerhöhung wurde nicht erfasst</translation>
    </message>
</context>
<context>
    <name>tenant::ApprovalPolicy</name>
    <message>
        <source>approval policy: %1 %2</source>
        <translation>Genehmigungsrichtlinie: %1 %2</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>ist keine Liste</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>enthält %1</translation>
    </message>
    <message>
        <source>is not a list of bands</source>
        <translation>ist keine Liste von Bereichen</translation>
    </message>
    <message>
        <source>has a band without from</source>
        <translation>hat einen Bereich ohne from</translation>
    </message>
</context>
<context>
    <name>tenant::AuditTableModel</name>
    <message>
        <source>hash %1
correlation %2</source>
        <translation>Hash %1
Korrelation %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>tenant::CascadeProgressModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <source>Rollback failed</source>
        <translation>Zurücksetzen fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 ms + %2 ms rollback</source>
        <translation>%1 ms + %2 ms Zurücksetzen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>tenant::Chargeback</name>
    <message>
        <source>under budget</source>
        <translation>unter Budget</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>über Budget</translation>
    </message>
    <message>
        <source>over budget by more than 10 %</source>
        <translation>mehr als 10 % über Budget</translation>
    </message>
    <message>
        <source>tenant %1 has an unknown tier</source>
        <translation>Mandant %1 hat eine unbekannte Stufe</translation>
    </message>
    <message>
        <source>tenant %1: %2</source>
        <translation>Mandant %1: %2</translation>
    </message>
    <message>
        <source>must be an object of multipliers</source>
        <translation>muss ein Objekt mit Multiplikatoren sein</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 gehört nicht zu %2</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most 100</source>
        <translation>muss eine Zahl größer als 0 und höchstens 100 sein</translation>
    </message>
    <message>
        <source>must be a number of rupees from 0 to 1000000</source>
        <translation>muss ein Rupienbetrag von 0 bis 1000000 sein</translation>
    </message>
    <message>
        <source>is not part of the chargeback policy (%1, region_multipliers, tier_multipliers)</source>
        <translation>gehört nicht zur Kostenverrechnungsrichtlinie (%1, region_multipliers, tier_multipliers)</translation>
    </message>
    <message>
        <source>the %1 multiplier was not changed: changing the chargeback policy needs the platform-admin role</source>
        <translation>der Multiplikator %1 wurde nicht geändert: Das Ändern der Kostenverrechnungsrichtlinie erfordert die Rolle platform-admin</translation>
    </message>
</context>
<context>
    <name>tenant::ChargebackTenantModel</name>
    <message>
        <source>%1 of a budget of %2</source>
        <translation>%1 eines Budgets von %2</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>Storage (GB)</source>
        <translation>Speicher (GB)</translation>
    </message>
    <message>
        <source>Compute (h)</source>
        <translation>Rechenzeit (h)</translation>
    </message>
    <message>
        <source>Usage cost</source>
        <translation>Nutzungskosten</translation>
    </message>
    <message>
        <source>Region ×</source>
        <translation>Region ×</translation>
    </message>
    <message>
        <source>Tier ×</source>
        <translation>Stufe ×</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>Kostenverrechnung</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>Differenz %</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Near a quota</source>
        <translation>Nahe am Kontingent</translation>
    </message>
</context>
<context>
    <name>tenant::ConnectionProfile</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be 1-65535</source>
        <translation>muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>unknown TLS mode %1</source>
        <translation>unbekannter TLS-Modus %1</translation>
    </message>
    <message>
        <source>a client certificate needs its key, and a key its certificate</source>
        <translation>ein Client-Zertifikat braucht seinen Schlüssel und ein Schlüssel sein Zertifikat</translation>
    </message>
    <message>
        <source>&apos;%1&apos; stands for the demo registry; choose another name</source>
        <translation>&apos;%1&apos; steht für das Demo-Register; wählen Sie einen anderen Namen</translation>
    </message>
</context>
<context>
    <name>tenant::CostCentreModel</name>
    <message>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>Kostenverrechnung</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>Differenz %</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tenant::Csv</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>holds a NUL byte</source>
        <translation>enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>has a quote inside an unquoted field</source>
        <translation>hat ein Anführungszeichen innerhalb eines Felds ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>has text after a closing quote</source>
        <translation>hat Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>has a quote that is never closed</source>
        <translation>hat ein Anführungszeichen, das nie geschlossen wird</translation>
    </message>
</context>
<context>
    <name>tenant::DatabaseUrl</name>
    <message>
        <source>sqlite URL needs a file path</source>
        <translation>eine sqlite-URL braucht einen Dateipfad</translation>
    </message>
    <message>
        <source>expected sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME, got %1</source>
        <translation>erwartet sqlite:PATH oder postgresql://USER@HOST:PORT/DBNAME, angegeben: %1</translation>
    </message>
    <message>
        <source>unknown sslmode %1 (expected %2)</source>
        <translation>unbekannter sslmode %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>unknown URL parameter %1 (expected %2)</source>
        <translation>unbekannter URL-Parameter %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>%1 %2 holds a space, quote, backslash, &apos;;&apos; or &apos;=&apos;: use a path without them</source>
        <translation>%1 %2 enthält ein Leerzeichen, Anführungszeichen, einen Backslash, &apos;;&apos; oder &apos;=&apos;: Verwenden Sie einen Pfad ohne diese Zeichen</translation>
    </message>
</context>
<context>
    <name>tenant::Downstream</name>
    <message>
        <source>must be a %1://HOST:PORT URL</source>
        <translation>muss eine URL der Form %1://HOST:PORT sein</translation>
    </message>
    <message>
        <source>must not carry a user name or password: put the secret in its own field, which goes to the keychain</source>
        <translation>darf keinen Benutzernamen und kein Passwort enthalten: Tragen Sie das Geheimnis in sein eigenes Feld ein, das im Schlüsselbund gespeichert wird</translation>
    </message>
    <message>
        <source>is required with an S3 endpoint</source>
        <translation>ist bei einem S3-Endpunkt erforderlich</translation>
    </message>
    <message>
        <source>must not carry a query: a token goes to the keychain, not the settings file</source>
        <translation>darf keinen Query-Teil enthalten: Ein Token gehört in den Schlüsselbund, nicht in die Einstellungsdatei</translation>
    </message>
    <message>
        <source>Redis users other than the default are not supported; give only the password</source>
        <translation>andere Redis-Benutzer als der Standardbenutzer (default) werden nicht unterstützt; geben Sie nur das Passwort an</translation>
    </message>
    <message>
        <source>must not carry a password or token: put the secret in its own field, which goes to the keychain</source>
        <translation>darf kein Passwort und kein Token enthalten: Tragen Sie das Geheimnis in sein eigenes Feld ein, das im Schlüsselbund gespeichert wird</translation>
    </message>
</context>
<context>
    <name>tenant::Drift</name>
    <message>
        <source>tenant %1 has no downstream state to reconcile (only active, suspended and archived tenants have one)</source>
        <translation>Mandant %1 hat keinen Zustand in nachgelagerten Systemen, der abgeglichen werden könnte (nur aktive, gesperrte und archivierte Mandanten haben einen)</translation>
    </message>
</context>
<context>
    <name>tenant::DriftModel</name>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>tenant::FlagMatrixModel</name>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>a tenant override</source>
        <translation>eine Mandanten-Überschreibung</translation>
    </message>
    <message>
        <source>the %1 tier default</source>
        <translation>den Standard der Stufe %1</translation>
    </message>
    <message>
        <source>the global default</source>
        <translation>den globalen Standard</translation>
    </message>
    <message>
        <source>the built-in default (nothing set)</source>
        <translation>den integrierten Standard (nichts gesetzt)</translation>
    </message>
    <message>
        <source>%1 for %2: %3, decided by %4</source>
        <translation>%1 für %2: %3, bestimmt durch %4</translation>
    </message>
    <message>
        <source> (rollout %1 %)</source>
        <translation> (Rollout %1 %)</translation>
    </message>
</context>
<context>
    <name>tenant::FlagService</name>
    <message>
        <source>no flag %1</source>
        <translation>kein Flag %1</translation>
    </message>
    <message>
        <source>%1 is not a flag name (a-z, 0-9, _ . -)</source>
        <translation>%1 ist kein Flag-Name (a-z, 0-9, _ . -)</translation>
    </message>
    <message>
        <source>must be between 0 and 100, got %1</source>
        <translation>muss zwischen 0 und 100 liegen, angegeben: %1</translation>
    </message>
    <message>
        <source>global scope takes no id</source>
        <translation>der globale Geltungsbereich erlaubt keine ID</translation>
    </message>
    <message>
        <source>unknown tier %1 (expected %2)</source>
        <translation>unbekannte Stufe %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>no tenant %1</source>
        <translation>kein Mandant %1</translation>
    </message>
    <message>
        <source>flag %1 has no %2 value %3</source>
        <translation>Flag %1 hat keinen Wert für %2 %3</translation>
    </message>
</context>
<context>
    <name>tenant::FlagTreeModel</name>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>Created %1: older than the flag policy allows; clean it up.</source>
        <translation>Angelegt am %1: älter, als die Flag-Richtlinie erlaubt; bitte aufräumen.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Flag / level</source>
        <translation>Flag / Ebene</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tenant::HealthPolicy</name>
    <message>
        <source>must be between 0 and %L1 milliseconds, got %2</source>
        <translation>muss zwischen 0 und %L1 Millisekunden liegen, angegeben: %2</translation>
    </message>
    <message>
        <source>must be a fraction between 0 and 1 (0.005 = 0.5 %), got %1</source>
        <translation>muss ein Anteil zwischen 0 und 1 sein (0.005 = 0.5 %), angegeben: %1</translation>
    </message>
    <message>
        <source>has no rules</source>
        <translation>hat keine Regeln</translation>
    </message>
    <message>
        <source>unknown signal %1</source>
        <translation>unbekanntes Signal %1</translation>
    </message>
    <message>
        <source>rule %1 has a negative number</source>
        <translation>Regel %1 enthält eine negative Zahl</translation>
    </message>
    <message>
        <source>the warning band must start below the healthy band</source>
        <translation>der Warnbereich muss unterhalb des gesunden Bereichs beginnen</translation>
    </message>
</context>
<context>
    <name>tenant::HealthSampleModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Query success</source>
        <translation>Abfrageerfolg</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>tenant::Lifecycle</name>
    <message>
        <source>cannot move %1 from %2 to %3; valid targets: %4</source>
        <translation>%1 kann nicht von %2 nach %3 wechseln; gültige Ziele: %4</translation>
    </message>
    <message>
        <source>cannot delete %1: its retention period of %2 days runs until %3</source>
        <translation>%1 kann nicht gelöscht werden: Die Aufbewahrungsfrist von %2 Tagen läuft bis %3</translation>
    </message>
    <message>
        <source>deleting %1 is permanent; confirm it explicitly (--confirm)</source>
        <translation>das Löschen von %1 ist endgültig; bestätigen Sie es ausdrücklich (--confirm)</translation>
    </message>
</context>
<context>
    <name>tenant::MembershipModel</name>
    <message>
        <source>every tenant</source>
        <translation>alle Mandanten</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Befugnis</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Erteilt von</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
</context>
<context>
    <name>tenant::PlanCatalog</name>
    <message>
        <source>tier_plans names unknown tier %1</source>
        <translation>tier_plans nennt die unbekannte Stufe %1</translation>
    </message>
    <message>
        <source>%1 is not a region we place tenants in (%2)</source>
        <translation>%1 ist keine Region, in der wir Mandanten unterbringen (%2)</translation>
    </message>
    <message>
        <source>%1 is in %2, but %3 keeps data in %4: choose %5</source>
        <translation>%1 liegt in %2, aber %3 hält die Daten in %4: Wählen Sie %5</translation>
    </message>
    <message>
        <source>%1 is not a known region</source>
        <translation>%1 ist keine bekannte Region</translation>
    </message>
    <message>
        <source>%1 a month does not cover the estimated %2 of a %3 tenant in %4</source>
        <translation>ein Budget von %1 pro Monat deckt die geschätzten %2 eines Mandanten der Stufe %3 in %4 nicht</translation>
    </message>
    <message>
        <source>no plan for tier %1</source>
        <translation>kein Tarif für Stufe %1</translation>
    </message>
</context>
<context>
    <name>tenant::ProvisioningRequest</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>unknown request field (expected %1)</source>
        <translation>unbekanntes Antragsfeld (erwartet: %1)</translation>
    </message>
    <message>
        <source>unknown tier %1 (expected %2)</source>
        <translation>unbekannte Stufe %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>%1 is not a region name like eu-west-1</source>
        <translation>%1 ist kein Regionsname wie eu-west-1</translation>
    </message>
    <message>
        <source>must be a whole number of rupees</source>
        <translation>muss ein ganzzahliger Rupienbetrag sein</translation>
    </message>
    <message>
        <source>must be a list of tags, like [&quot;GDPR&quot;]</source>
        <translation>muss eine Liste von Tags sein, etwa [&quot;GDPR&quot;]</translation>
    </message>
    <message>
        <source>is required (lower-case letters, digits, hyphens)</source>
        <translation>ist erforderlich (Kleinbuchstaben, Ziffern, Bindestriche)</translation>
    </message>
    <message>
        <source>%1 is not a slug (lower-case letters, digits, hyphens)</source>
        <translation>%1 ist keine gültige Kennung (Kleinbuchstaben, Ziffern, Bindestriche)</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation>%1 ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>is required: chargeback and the bucket&apos;s CostCenter tag use it</source>
        <translation>ist erforderlich: Die Kostenverrechnung und das CostCenter-Tag des Buckets verwenden sie</translation>
    </message>
    <message>
        <source>unknown tag %1 (expected %2)</source>
        <translation>unbekanntes Tag %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>lists %1 twice</source>
        <translation>führt %1 zweimal auf</translation>
    </message>
</context>
<context>
    <name>tenant::ProvisioningRequestModel</name>
    <message>
        <source>Pending approval</source>
        <translation>Genehmigung ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Wird bereitgestellt</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Wird zurückgesetzt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>keine nötig</translation>
    </message>
    <message>
        <source>refused by %1 (%2)</source>
        <translation>abgelehnt von %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>all %n given</source>
        <translation>
            <numerusform>%n erteilt</numerusform>
            <numerusform>alle %n erteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 — waits for %3</source>
        <translation>%1 von %2 — wartet auf %3</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Estimate / month</source>
        <translation>Schätzung / Monat</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Stage / outcome</source>
        <translation>Phase / Ergebnis</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>%1: still needed</source>
        <translation>%1: noch ausstehend</translation>
    </message>
    <message>
        <source>%1: given by %2 — %3</source>
        <translation>%1: erteilt von %2 — %3</translation>
    </message>
    <message>
        <source>%1: refused by %2 — %3</source>
        <translation>%1: verweigert von %2 — %3</translation>
    </message>
</context>
<context>
    <name>tenant::ProvisioningService</name>
    <message>
        <source>corrupt provisioning request %1: %2</source>
        <translation>beschädigter Bereitstellungsantrag %1: %2</translation>
    </message>
    <message>
        <source>provisioning request %1 has unknown status %2</source>
        <translation>Bereitstellungsantrag %1 hat den unbekannten Status %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already requested by %2</source>
        <translation>&apos;%1&apos; wurde bereits mit Antrag %2 beantragt</translation>
    </message>
    <message>
        <source>request %1 was decided by someone else</source>
        <translation>Antrag %1 wurde von jemand anderem entschieden</translation>
    </message>
    <message>
        <source>a decision needs a comment</source>
        <translation>eine Entscheidung erfordert einen Kommentar</translation>
    </message>
    <message>
        <source>%1 is not an authority (expected one of %2)</source>
        <translation>%1 ist keine Befugnis (erwartet: eine von %2)</translation>
    </message>
    <message>
        <source>request %1 is already %2</source>
        <translation>Antrag %1 hat bereits den Status %2</translation>
    </message>
    <message>
        <source>%1 requested %2 and so cannot decide it; another approver must</source>
        <translation>%1 hat %2 beantragt und kann daher nicht darüber entscheiden; das muss eine andere genehmigende Person tun</translation>
    </message>
    <message>
        <source>%1 already approved %2 as %3: each authority is given by a different person</source>
        <translation>%1 hat %2 bereits als %3 genehmigt: Jede Befugnis wird von einer anderen Person erteilt</translation>
    </message>
    <message>
        <source>request %1 waits for %2; %3 holds none of these authorities</source>
        <translation>Antrag %1 wartet auf %2; %3 hat keine dieser Befugnisse</translation>
    </message>
    <message>
        <source>request %1 needs %2, not %3</source>
        <translation>Antrag %1 erfordert %2, nicht %3</translation>
    </message>
    <message>
        <source>%1 has already been given on request %2</source>
        <translation>%1 wurde für Antrag %2 bereits erteilt</translation>
    </message>
    <message>
        <source>%1 does not hold the %2 authority for %3</source>
        <translation>%1 hat nicht die Befugnis %2 für %3</translation>
    </message>
    <message>
        <source>no provisioning request %1</source>
        <translation>kein Bereitstellungsantrag %1</translation>
    </message>
</context>
<context>
    <name>tenant::ProvisioningStepModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>%1 (warns)</source>
        <translation>%1 (warnt)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>tenant::Tenant</name>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be an ISO-8601 timestamp</source>
        <translation>muss ein ISO-8601-Zeitstempel sein</translation>
    </message>
    <message>
        <source>unknown tier %1 (expected %2)</source>
        <translation>unbekannte Stufe %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>unknown status %1 (expected %2)</source>
        <translation>unbekannter Status %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unknown attribute</source>
        <translation>unbekanntes Attribut</translation>
    </message>
    <message>
        <source>is managed by the system and cannot be set here</source>
        <translation>wird vom System verwaltet und kann hier nicht gesetzt werden</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>lists %1 twice</source>
        <translation>führt %1 zweimal auf</translation>
    </message>
    <message>
        <source>%1 is not a slug (2-63 characters: lower-case letters, digits and hyphens, starting with a letter)</source>
        <translation>%1 ist keine gültige Kennung (2-63 Zeichen: Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben)</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation>%1 ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>must be in (0, 1], got %1</source>
        <translation>muss in (0, 1] liegen, angegeben: %1</translation>
    </message>
    <message>
        <source>unknown level %1 (expected %2)</source>
        <translation>unbekanntes Level %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>%1 is not a region name like eu-west-1</source>
        <translation>%1 ist kein Regionsname wie eu-west-1</translation>
    </message>
    <message>
        <source>lists at most %1 regions, got %2</source>
        <translation>darf höchstens %1 Regionen nennen, angegeben: %2</translation>
    </message>
    <message>
        <source>%1 is not among the allowed regions (%2)</source>
        <translation>%1 gehört nicht zu den zulässigen Regionen (%2)</translation>
    </message>
    <message>
        <source>unknown mode %1 (expected %2)</source>
        <translation>unbekannter Modus %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>unknown tag %1 (expected %2)</source>
        <translation>unbekanntes Tag %1 (erwartet: %2)</translation>
    </message>
</context>
<context>
    <name>tenant::TenantImport</name>
    <message>
        <source>tenant %1 (%2): %3</source>
        <translation>Mandant %1 (%2): %3</translation>
    </message>
    <message>
        <source>a new tenant starts as draft or active</source>
        <translation>ein neuer Mandant beginnt mit dem Status draft oder active</translation>
    </message>
    <message>
        <source>appears twice in the import</source>
        <translation>kommt im Import zweimal vor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists</source>
        <translation>&apos;%1&apos; existiert bereits</translation>
    </message>
</context>
<context>
    <name>tenant::TenantRepository</name>
    <message>
        <source>tenant &apos;%1&apos; was changed by someone else (you edited version %2, stored version is %3); reload and apply your change again</source>
        <translation>Mandant &apos;%1&apos; wurde von jemand anderem geändert (Sie haben Version %2 bearbeitet, gespeichert ist Version %3); laden Sie neu und wenden Sie Ihre Änderung erneut an</translation>
    </message>
    <message>
        <source>a new tenant starts as draft or active</source>
        <translation>ein neuer Mandant beginnt mit dem Status draft oder active</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>no tenant %1</source>
        <translation>kein Mandant %1</translation>
    </message>
    <message>
        <source>tenant %1 changed from another state than the one read</source>
        <translation>Mandant %1: Die Änderung geht von einem anderen Stand aus als dem gelesenen</translation>
    </message>
    <message>
        <source>tenant &apos;%1&apos; is %2; only a draft can be removed</source>
        <translation>Mandant &apos;%1&apos; hat den Status %2; nur ein Entwurf kann entfernt werden</translation>
    </message>
    <message>
        <source>changes only through a lifecycle transition</source>
        <translation>ändert sich nur durch einen Lebenszyklus-Übergang</translation>
    </message>
    <message>
        <source>corrupt tenant row: %1</source>
        <translation>beschädigte Mandantenzeile: %1</translation>
    </message>
    <message>
        <source>no defaults for tier %1</source>
        <translation>keine Standardwerte für Stufe %1</translation>
    </message>
</context>
<context>
    <name>tenant::TenantTableModel</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 (%2), last sample %3</source>
        <translation>%1 (%2), letzte Messung %3</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Max users</source>
        <translation>Max. Benutzer</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>migrating</source>
        <translation>in Migration</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
</context>
<context>
    <name>tenant::TextRules</name>
    <message>
        <source>is not valid Unicode (a lone surrogate)</source>
        <translation>ist kein gültiges Unicode (ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>is not valid Unicode (%1 where text was expected)</source>
        <translation>ist kein gültiges Unicode (%1, wo Text erwartet wurde)</translation>
    </message>
    <message>
        <source>must be one line (no line breaks or tabs)</source>
        <translation>muss einzeilig sein (keine Zeilenumbrüche oder Tabulatoren)</translation>
    </message>
    <message>
        <source>must not contain control characters (%1)</source>
        <translation>darf keine Steuerzeichen enthalten (%1)</translation>
    </message>
    <message>
        <source>must use plain line breaks (not %1)</source>
        <translation>muss einfache Zeilenumbrüche verwenden (nicht %1)</translation>
    </message>
    <message>
        <source>must not contain bidirectional overrides (%1)</source>
        <translation>darf keine Zeichen zur Umkehrung der Schreibrichtung enthalten (%1)</translation>
    </message>
    <message>
        <source>must be at most %1 characters, got %2</source>
        <translation>darf höchstens %1 Zeichen lang sein, angegeben: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must contain a visible character</source>
        <translation>muss ein sichtbares Zeichen enthalten</translation>
    </message>
    <message>
        <source>holds %1; numbers in it must be 0 or between 0.000001 and 10^15 in size</source>
        <translation>enthält %1; Zahlen darin müssen 0 sein oder betragsmäßig zwischen 0.000001 und 10^15 liegen</translation>
    </message>
    <message>
        <source>must be at most %1 bytes of JSON, got %2</source>
        <translation>darf höchstens %1 Byte JSON umfassen, angegeben: %2</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>muss zwischen %1 und %2 liegen, angegeben: %3</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, got %2</source>
        <translation>--%1 erwartet eine ganze Zahl, angegeben: %2</translation>
    </message>
    <message>
        <source>--%1 needs a number, got %2</source>
        <translation>--%1 erwartet eine Zahl, angegeben: %2</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>fehlerhaftes JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>must be one JSON object</source>
        <translation>muss genau ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>is given twice in one object</source>
        <translation>ist in einem Objekt zweimal angegeben</translation>
    </message>
    <message>
        <source>%1 is given twice in one object</source>
        <translation>%1 ist in einem Objekt zweimal angegeben</translation>
    </message>
</context>
<context>
    <name>tenant::TierPlanModel</name>
    <message>
        <source>included</source>
        <translation>enthalten</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>nicht enthalten</translation>
    </message>
    <message>
        <source>dedicated</source>
        <translation>dediziert</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Queries/min</source>
        <translation>Abfragen/Min.</translation>
    </message>
    <message>
        <source>Documents/month</source>
        <translation>Dokumente/Monat</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>p95 SLA</source>
        <translation>p95-SLA</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
</context>
<context>
    <name>tenant::Usage</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 ist negativ</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is larger than %2</source>
        <translation>%1 ist größer als %2</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>line 1: the file is empty; it needs a header row</source>
        <translation>Zeile 1: Die Datei ist leer; sie braucht eine Kopfzeile</translation>
    </message>
    <message>
        <source>is not a usage column (%1)</source>
        <translation>ist keine Nutzungsspalte (%1)</translation>
    </message>
    <message>
        <source>is named twice</source>
        <translation>ist zweimal vorhanden</translation>
    </message>
    <message>
        <source>is missing from the header</source>
        <translation>fehlt in der Kopfzeile</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>%1 is not a month from 2000-01 to %2 (YYYY-MM)</source>
        <translation>%1 ist kein Monat von 2000-01 bis %2 (YYYY-MM)</translation>
    </message>
    <message>
        <source>%1 %2 is given twice (first on line %3)</source>
        <translation>%1 %2 ist doppelt angegeben (zuerst in Zeile %3)</translation>
    </message>
</context>
<context>
    <name>tenant::UsageService</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>is given twice for this tenant</source>
        <translation>ist für diesen Mandanten doppelt angegeben</translation>
    </message>
    <message>
        <source>there is nothing to import</source>
        <translation>es gibt nichts zu importieren</translation>
    </message>
    <message>
        <source>no tenant %1 in the registry</source>
        <translation>kein Mandant %1 im Register</translation>
    </message>
    <message>
        <source>is not a usage column (%1)</source>
        <translation>ist keine Nutzungsspalte (%1)</translation>
    </message>
    <message>
        <source>must be a PromQL query (text)</source>
        <translation>muss eine PromQL-Abfrage (Text) sein</translation>
    </message>
    <message>
        <source>needs a query: it is billed</source>
        <translation>erfordert eine Abfrage, da sie abgerechnet wird</translation>
    </message>
</context>
<context>
    <name>tenant::WebhookSubscriptions</name>
    <message>
        <source>%1 is not an http(s) URL with a host</source>
        <translation>%1 ist keine http(s)-URL mit Host</translation>
    </message>
    <message>
        <source>%1 is no event type; the types are %2 (or * for all)</source>
        <translation>%1 ist kein Ereignistyp; die Typen sind %2 (oder * für alle)</translation>
    </message>
    <message>
        <source>name at least one event type</source>
        <translation>nennen Sie mindestens einen Ereignistyp</translation>
    </message>
    <message>
        <source>adding a webhook subscription needs the platform-admin role</source>
        <translation>das Hinzufügen eines Webhook-Abonnements erfordert die Rolle platform-admin</translation>
    </message>
    <message>
        <source>webhook subscription %1 is already removed</source>
        <translation>Webhook-Abonnement %1 ist bereits entfernt</translation>
    </message>
    <message>
        <source>removing a webhook subscription needs the platform-admin role</source>
        <translation>das Entfernen eines Webhook-Abonnements erfordert die Rolle platform-admin</translation>
    </message>
    <message>
        <source>no webhook subscription %1</source>
        <translation>kein Webhook-Abonnement %1</translation>
    </message>
</context>
<context>
    <name>tenant::ui::AuditPage</name>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>%1 for every tenant: the chain runs through all their entries</source>
        <translation>%1 für alle Mandanten: Die Kette läuft durch alle ihre Einträge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag aus, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;#%1 %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;#%1 %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; at %2%3&lt;br/&gt;Reason: %4&lt;br/&gt;&lt;small&gt;correlation %5&lt;br/&gt;hash %6&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; am %2%3&lt;br/&gt;Grund: %4&lt;br/&gt;&lt;small&gt;Korrelation %5&lt;br/&gt;Hash %6&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, tenant &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>, Mandant &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;none given&lt;/i&gt;</source>
        <translation>&lt;i&gt;keiner angegeben&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No attribute changed.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Kein Attribut geändert.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n entries (no problem found so far).</source>
        <translation>
            <numerusform>Prüfung nach %n Eintrag abgebrochen (bisher kein Problem gefunden).</numerusform>
            <numerusform>Prüfung nach %n Einträgen abgebrochen (bisher kein Problem gefunden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries verified.</source>
        <translation>
            <numerusform>Kette intakt: %n Eintrag geprüft.</numerusform>
            <numerusform>Kette intakt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>It still holds entry %1 as verified on %2.</source>
        <translation>Das Protokoll enthält weiterhin Eintrag %1, wie am %2 geprüft.</translation>
    </message>
    <message>
        <source>First verification of this registry here: later ones check that the log still holds these entries.</source>
        <translation>Erste Prüfung dieses Registers hier: Spätere Prüfungen stellen sicher, dass das Protokoll diese Einträge weiterhin enthält.</translation>
    </message>
    <message>
        <source>(Could not remember this head: the settings are not writable.)</source>
        <translation>(Dieser Kettenkopf konnte nicht gespeichert werden: Die Einstellungen sind nicht beschreibbar.)</translation>
    </message>
    <message>
        <source>Chain broken: %1</source>
        <translation>Kette unterbrochen: %1</translation>
    </message>
</context>
<context>
    <name>tenant::ui::BudgetPage</name>
    <message>
        <source>Budget and approval</source>
        <translation>Budget und Genehmigung</translation>
    </message>
    <message>
        <source>The chargeback formula&apos;s monthly estimate for this plan and region. The budget must cover it.</source>
        <translation>Die monatliche Schätzung der Kostenverrechnungsformel für diesen Tarif und diese Region. Das Budget muss sie abdecken.</translation>
    </message>
    <message>
        <source> / month</source>
        <translation> / Monat</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>Schätzung:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>Genehmigung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 a month&lt;/b&gt; for a %2 tenant in %3&lt;br&gt;%4 API calls × ₹%5 + %6 GB × ₹%7 + %8 compute hours × ₹%9 = %10&lt;br&gt;× %11 (region) × %12 (tier)</source>
        <translation>&lt;b&gt;%1 pro Monat&lt;/b&gt; für einen Mandanten der Stufe %2 in %3&lt;br&gt;%4 API-Aufrufe × ₹%5 + %6 GB × ₹%7 + %8 Rechenstunden × ₹%9 = %10&lt;br&gt;× %11 (Region) × %12 (Stufe)</translation>
    </message>
    <message>
        <source>Approved automatically: a budget of %1 a month needs no approver. Provisioning starts as soon as you submit.</source>
        <translation>Automatisch genehmigt: Ein Budget von %1 pro Monat braucht keine Genehmigung. Die Bereitstellung beginnt, sobald Sie den Antrag absenden.</translation>
    </message>
    <message>
        <source>Needs approval by %1: each given in Requests by a different person (not you) before anything is provisioned.</source>
        <translation>Genehmigung durch %1 erforderlich: jeweils unter „Anträge“ von einer anderen Person (nicht Ihnen) erteilt, bevor etwas bereitgestellt wird.</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 im Monat</translation>
    </message>
</context>
<context>
    <name>tenant::ui::BusinessUnitPage</name>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Who is being onboarded. The tenant id names its schema, bucket and collection; it is suggested from the name and cannot change later.</source>
        <translation>Wer aufgenommen wird. Die Mandanten-ID benennt Schema, Bucket und Collection; sie wird aus dem Namen vorgeschlagen und kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>Acme Corporation</source>
        <translation>Acme GmbH</translation>
    </message>
    <message>
        <source>acme-corporation</source>
        <translation>acme-gmbh</translation>
    </message>
    <message>
        <source>cto@acme.example</source>
        <translation>cto@acme.example</translation>
    </message>
    <message>
        <source>CC-ACME</source>
        <translation>KST-ACME</translation>
    </message>
    <message>
        <source>GDPR keeps the tenant in EU regions, DPDP in India.</source>
        <translation>GDPR (DSGVO) hält den Mandanten in EU-Regionen, DPDP in Indien.</translation>
    </message>
    <message>
        <source>Tenant &amp;id:</source>
        <translation>Mandanten-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Owner e-mail:</source>
        <translation>&amp;E-Mail des Eigentümers:</translation>
    </message>
    <message>
        <source>&amp;Cost centre:</source>
        <translation>&amp;Kostenstelle:</translation>
    </message>
    <message>
        <source>Compliance:</source>
        <translation>Compliance:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>tenant::ui::CascadeProgressDialog</name>
    <message>
        <source>Suspending %1</source>
        <translation>%1 wird gesperrt</translation>
    </message>
    <message>
        <source>Activating %1</source>
        <translation>%1 wird aktiviert</translation>
    </message>
    <message>
        <source>Cutting %1 off in every downstream system, in order. If one fails, the others are put back.</source>
        <translation>%1 wird in allen nachgelagerten Systemen der Reihe nach abgeschaltet. Schlägt eines fehl, werden die anderen zurückgesetzt.</translation>
    </message>
    <message>
        <source>Restoring %1 in every downstream system, in order. If one fails, the others are put back.</source>
        <translation>%1 wird in allen nachgelagerten Systemen der Reihe nach wiederhergestellt. Schlägt eines fehl, werden die anderen zurückgesetzt.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>%1 is now %2 (%3 ms in all).</source>
        <translation>%1 ist jetzt %2 (insgesamt %3 ms).</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>Nichts geändert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n applied step(s) rolled back.</source>
        <translation>
            <numerusform>%n ausgeführter Schritt zurückgesetzt.</numerusform>
            <numerusform>%n ausgeführte Schritte zurückgesetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::ChargebackPage</name>
    <message>
        <source>Month: </source>
        <translation>Monat: </translation>
    </message>
    <message>
        <source>&amp;Import usage…</source>
        <translation>Nutzung &amp;importieren…</translation>
    </message>
    <message>
        <source>Pull from &amp;Prometheus…</source>
        <translation>Aus &amp;Prometheus abrufen…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export P&amp;DF report…</source>
        <translation>P&amp;DF-Bericht exportieren…</translation>
    </message>
    <message>
        <source>Filter tenants and cost centres…</source>
        <translation>Mandanten und Kostenstellen filtern…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;By cost centre&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nach Kostenstelle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;By tenant&lt;/b&gt; — tinted rows are over budget; the last column flags quotas within 10 % of their limit</source>
        <translation>&lt;b&gt;Nach Mandant&lt;/b&gt; — getönte Zeilen liegen über dem Budget; die letzte Spalte markiert Kontingente, die zu mehr als 90 % ausgeschöpft sind</translation>
    </message>
    <message>
        <source>Cannot read the chargeback: %1</source>
        <translation>Die Kostenverrechnung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Import usage</source>
        <translation>Nutzung importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pull usage from Prometheus</source>
        <translation>Nutzung aus Prometheus abrufen</translation>
    </message>
    <message>
        <source>Prometheus URL for %1:</source>
        <translation>Prometheus-URL für %1:</translation>
    </message>
    <message>
        <source>Export chargeback as CSV</source>
        <translation>Kostenverrechnung als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export the chargeback report</source>
        <translation>Kostenverrechnungsbericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>No usage is recorded for %1. Import a usage CSV file or pull it from Prometheus.</source>
        <translation>Für %1 ist keine Nutzung erfasst. Importieren Sie eine Nutzungs-CSV-Datei oder rufen Sie die Nutzung aus Prometheus ab.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: chargeback &lt;b&gt;%2&lt;/b&gt; against a budget of %3 (%4 %, %5) · &lt;span style=&apos;color:%8&apos;&gt;%6 over budget&lt;/span&gt; · %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Kostenverrechnung &lt;b&gt;%2&lt;/b&gt; bei einem Budget von %3 (%4 %, %5) · &lt;span style=&apos;color:%8&apos;&gt;%6 über Budget&lt;/span&gt; · %7</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n Mandant</numerusform>
            <numerusform>%n Mandanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near a quota</source>
        <translation>
            <numerusform>%n nahe am Kontingent</numerusform>
            <numerusform>%n nahe am Kontingent</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget versus chargeback (the largest)</source>
        <translation>Budget und Kostenverrechnung (die größten)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>imported; budget alerts not sent: %1</source>
        <translation>importiert; Budgetwarnungen nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Imported usage from %1</source>
        <translation>Nutzung aus %1 importiert</translation>
    </message>
    <message>
        <source>%1 is not an http(s) URL</source>
        <translation>%1 ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>Pulling %1 from %2…</source>
        <translation>%1 wird von %2 abgerufen…</translation>
    </message>
    <message>
        <source>Nothing was pulled: %1</source>
        <translation>Nichts abgerufen: %1</translation>
    </message>
    <message>
        <source>pulled; budget alerts not sent: %1</source>
        <translation>abgerufen; Budgetwarnungen nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Pulled the usage for %1</source>
        <translation>Nutzung für %1 abgerufen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Import a usage CSV file (%1)</source>
        <translation>Eine Nutzungs-CSV-Datei importieren (%1)</translation>
    </message>
    <message>
        <source>Ta&amp;bles</source>
        <translation>&amp;Tabellen</translation>
    </message>
    <message>
        <source>Ch&amp;arts</source>
        <translation>Diagr&amp;amme</translation>
    </message>
</context>
<context>
    <name>tenant::ui::ConnectionDialog</name>
    <message>
        <source>Connect to a registry</source>
        <translation>Mit einem Register verbinden</translation>
    </message>
    <message>
        <source>client certificate file (optional)</source>
        <translation>Client-Zertifikatsdatei (optional)</translation>
    </message>
    <message>
        <source>its private key file</source>
        <translation>zugehörige private Schlüsseldatei</translation>
    </message>
    <message>
        <source>CA of the server&apos;s certificate (optional)</source>
        <translation>CA des Serverzertifikats (optional)</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Systemschlüsselbund speichern</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>TLS mode:</source>
        <translation>TLS-Modus:</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Certificate key:</source>
        <translation>Zertifikatsschlüssel:</translation>
    </message>
    <message>
        <source>Server CA:</source>
        <translation>Server-CA:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>Downstream &amp;systems</source>
        <translation>Nachgelagerte &amp;Systeme</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation>Schlüsselbund nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No password stored for this profile.</source>
        <translation>Für dieses Profil ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>Password read from the system keychain.</source>
        <translation>Passwort aus dem Systemschlüsselbund gelesen.</translation>
    </message>
    <message>
        <source>The keychain refused a downstream secret: %1</source>
        <translation>Der Schlüsselbund hat ein Geheimnis eines nachgelagerten Systems abgelehnt: %1</translation>
    </message>
    <message>
        <source>Profile saved; password stored in the system keychain.</source>
        <translation>Profil gespeichert; Passwort im Systemschlüsselbund abgelegt.</translation>
    </message>
    <message>
        <source>Profile saved, but the keychain refused the password: %1</source>
        <translation>Profil gespeichert, aber der Schlüsselbund hat das Passwort abgelehnt: %1</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Passwort wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>Passwort wird im Schlüsselbund abgelegt…</translation>
    </message>
    <message>
        <source>Profile saved (no password stored).</source>
        <translation>Profil gespeichert (kein Passwort abgelegt).</translation>
    </message>
    <message>
        <source>Deleted %1 and its stored password.</source>
        <translation>%1 und das gespeicherte Passwort gelöscht.</translation>
    </message>
</context>
<context>
    <name>tenant::ui::DecisionDialog</name>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>%1 request %2</source>
        <translation>%1: Antrag %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;): %3 in %4, estimated %5 a month against a budget of %6. Requested by %7.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;): %3 in %4, geschätzt %5 pro Monat bei einem Budget von %6. Beantragt von %7.</translation>
    </message>
    <message>
        <source>Why it is rolled back (kept in the audit log)</source>
        <translation>Warum zurückgesetzt wird (wird im Prüfprotokoll festgehalten)</translation>
    </message>
    <message>
        <source>Why (kept with the decision and in the audit log)</source>
        <translation>Begründung (wird mit der Entscheidung und im Prüfprotokoll festgehalten)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
</context>
<context>
    <name>tenant::ui::DownstreamForm</name>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Suspend, activate and provisioning drive these systems. A system left empty uses its demo stand-in, labelled &quot;(demo)&quot;; row-level security is always the registry&apos;s own PostgreSQL.</source>
        <translation>Sperren, Aktivieren und Bereitstellung steuern diese Systeme. Ein leer gelassenes System verwendet seinen Demo-Ersatz, gekennzeichnet mit „(demo)“; die Row-Level Security liegt immer im eigenen PostgreSQL des Registers.</translation>
    </message>
    <message>
        <source>Vector DB (Qdrant) URL:</source>
        <translation>Vektor-DB-URL (Qdrant):</translation>
    </message>
    <message>
        <source>Qdrant API key:</source>
        <translation>Qdrant-API-Schlüssel:</translation>
    </message>
    <message>
        <source>S3 endpoint:</source>
        <translation>S3-Endpunkt:</translation>
    </message>
    <message>
        <source>S3 region:</source>
        <translation>S3-Region:</translation>
    </message>
    <message>
        <source>S3 access key ID:</source>
        <translation>S3-Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>S3 secret key:</source>
        <translation>S3-Geheimschlüssel:</translation>
    </message>
    <message>
        <source>Redis URL:</source>
        <translation>Redis-URL:</translation>
    </message>
    <message>
        <source>Redis password:</source>
        <translation>Redis-Passwort:</translation>
    </message>
    <message>
        <source>Alertmanager URL:</source>
        <translation>Alertmanager-URL:</translation>
    </message>
    <message>
        <source>Provisioning webhook:</source>
        <translation>Bereitstellungs-Webhook:</translation>
    </message>
    <message>
        <source>Webhook signing secret:</source>
        <translation>Webhook-Signaturgeheimnis:</translation>
    </message>
</context>
<context>
    <name>tenant::ui::DriftPage</name>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Read every downstream system back and compare it with the registry (F5)</source>
        <translation>Alle nachgelagerten Systeme zurücklesen und mit dem Register vergleichen (F5)</translation>
    </message>
    <message>
        <source>Reconcile selected</source>
        <translation>Auswahl abgleichen</translation>
    </message>
    <message>
        <source>Reconcile all…</source>
        <translation>Alle abgleichen…</translation>
    </message>
    <message>
        <source>Filter by tenant or system…</source>
        <translation>Nach Mandant oder System filtern…</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Reading every downstream system back…</source>
        <translation>Alle nachgelagerten Systeme werden zurückgelesen…</translation>
    </message>
    <message numerus="yes">
        <source>No drift: every system holds what the registry says (%n tenant(s), %1 reads, %2 ms).</source>
        <translation>
            <numerusform>Keine Abweichung: Jedes System entspricht dem Register (%n Mandant, %1 Lesevorgänge, %2 ms).</numerusform>
            <numerusform>Keine Abweichung: Jedes System entspricht dem Register (%n Mandanten, %1 Lesevorgänge, %2 ms).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) out of step with the registry.</source>
        <translation>
            <numerusform>%n System weicht vom Register ab.</numerusform>
            <numerusform>%n Systeme weichen vom Register ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n tenant(s) in %1 ms.</source>
        <translation>
            <numerusform>%n Mandant in %1 ms geprüft.</numerusform>
            <numerusform>%n Mandanten in %1 ms geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed repair.</source>
        <translation>Nichts musste repariert werden.</translation>
    </message>
    <message>
        <source>Repaired %1.</source>
        <translation>%1 repariert.</translation>
    </message>
    <message>
        <source>Could not repair %1.</source>
        <translation>%1 konnte nicht repariert werden.</translation>
    </message>
    <message>
        <source>The drift check failed: %1</source>
        <translation>Die Abweichungsprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reconcile all</source>
        <translation>Alle abgleichen</translation>
    </message>
    <message numerus="yes">
        <source>Bring the downstream systems of %n tenant(s) back to what the registry says? This changes the real systems; each step is audited.</source>
        <translation>
            <numerusform>Die nachgelagerten Systeme von %n Mandant wieder auf den Stand des Registers bringen? Dies ändert die echten Systeme; jeder Schritt wird protokolliert.</numerusform>
            <numerusform>Die nachgelagerten Systeme von %n Mandanten wieder auf den Stand des Registers bringen? Dies ändert die echten Systeme; jeder Schritt wird protokolliert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Abgleichen</translation>
    </message>
</context>
<context>
    <name>tenant::ui::FlagsPage</name>
    <message>
        <source>Feature flags</source>
        <translation>Feature-Flags</translation>
    </message>
    <message>
        <source>Flag actions</source>
        <translation>Flag-Aktionen</translation>
    </message>
    <message>
        <source>Add flag…</source>
        <translation>Flag hinzufügen…</translation>
    </message>
    <message>
        <source>Set value…</source>
        <translation>Wert setzen…</translation>
    </message>
    <message>
        <source>Clear value</source>
        <translation>Wert entfernen</translation>
    </message>
    <message>
        <source>Remove flag…</source>
        <translation>Flag entfernen…</translation>
    </message>
    <message>
        <source>tenant override</source>
        <translation>Mandanten-Überschreibung</translation>
    </message>
    <message>
        <source>tier default</source>
        <translation>Stufen-Standard</translation>
    </message>
    <message>
        <source>global default</source>
        <translation>globaler Standard</translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation>integrierter Standard</translation>
    </message>
    <message>
        <source>&lt;b&gt;Effective values&lt;/b&gt; (tenants × flags)</source>
        <translation>&lt;b&gt;Wirksame Werte&lt;/b&gt; (Mandanten × Flags)</translation>
    </message>
    <message>
        <source>Add flag</source>
        <translation>Flag hinzufügen</translation>
    </message>
    <message>
        <source>lower_case_name</source>
        <translation>name_in_kleinbuchstaben</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>On by default (global)</source>
        <translation>Standardmäßig an (global)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Added flag %1</source>
        <translation>Flag %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Set flag value</source>
        <translation>Flag-Wert setzen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Flag:</source>
        <translation>Flag:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Geltungsbereich:</translation>
    </message>
    <message>
        <source>Tier or tenant:</source>
        <translation>Stufe oder Mandant:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Rollout:</source>
        <translation>Rollout:</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>Flag entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and every value set for it? Tenants fall back to the built-in default (off).</source>
        <translation>%1 und alle dafür gesetzten Werte entfernen? Die Mandanten fallen auf den integrierten Standard (aus) zurück.</translation>
    </message>
    <message>
        <source>Removed flag %1</source>
        <translation>Flag %1 entfernt</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Bestimmt durch: %1</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>Mandant</translation>
    </message>
</context>
<context>
    <name>tenant::ui::HealthPage</name>
    <message>
        <source>Record sample…</source>
        <translation>Messung erfassen…</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Health score of %1</source>
        <translation>Zustandsbewertung von %1</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Latency p95 (ms)</source>
        <translation>Latenz p95 (ms)</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>Fehlerquote (%)</translation>
    </message>
    <message>
        <source>Query success (%)</source>
        <translation>Abfrageerfolg (%)</translation>
    </message>
    <message>
        <source>Storage used (%)</source>
        <translation>Speicherbelegung (%)</translation>
    </message>
    <message>
        <source>Current score by tenant</source>
        <translation>Aktuelle Bewertung je Mandant</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>Recorded a sample for %1: score %2</source>
        <translation>Messung für %1 erfasst: Bewertung %2</translation>
    </message>
    <message numerus="yes">
        <source>The %1 lowest scores of %Ln tenant(s)</source>
        <translation>
            <numerusform>Die %1 niedrigsten Werte von %Ln Mandant</numerusform>
            <numerusform>Die %1 niedrigsten Werte von %Ln Mandanten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::InterruptedRunsDialog</name>
    <message>
        <source>Interrupted provisioning</source>
        <translation>Unterbrochene Bereitstellung</translation>
    </message>
    <message>
        <source>These provisioning runs stopped before they finished. Their tenants are half made until each is resumed (every step is safe to repeat) or rolled back (everything created is removed and checked gone).</source>
        <translation>Diese Bereitstellungen wurden vor ihrem Abschluss unterbrochen. Ihre Mandanten sind nur halb angelegt, bis jede fortgesetzt (jeder Schritt kann gefahrlos wiederholt werden) oder zurückgesetzt wird (alles Angelegte wird entfernt und auf Entfernung geprüft).</translation>
    </message>
    <message>
        <source>run interrupted; rolled back when the console started</source>
        <translation>Bereitstellung unterbrochen; beim Start der Konsole zurückgesetzt</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>They stay listed under Requests, and are offered again next start.</source>
        <translation>Sie bleiben unter „Anträge“ aufgeführt und werden beim nächsten Start erneut angeboten.</translation>
    </message>
    <message>
        <source>Rollback r&amp;eason:</source>
        <translation>&amp;Grund für das Zurücksetzen:</translation>
    </message>
</context>
<context>
    <name>tenant::ui::MainWindow</name>
    <message>
        <source>Tenant Admin — DEMO</source>
        <translation>Tenant Admin — DEMO</translation>
    </message>
    <message>
        <source>Tenant Admin</source>
        <translation>Tenant Admin</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Could not load the tenants: %1</source>
        <translation>Die Mandanten konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from other clients</source>
        <translation>
            <numerusform>%n Änderung von anderen Clients</numerusform>
            <numerusform>%n Änderungen von anderen Clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 — %2</source>
        <translation>Angemeldet als %1 — %2</translation>
    </message>
    <message>
        <source>A SQLite registry is one local user: anyone who can open the file can change everything.</source>
        <translation>Ein SQLite-Register kennt nur einen lokalen Benutzer: Wer die Datei öffnen kann, kann alles ändern.</translation>
    </message>
    <message>
        <source>Roles this PostgreSQL login holds; the database enforces them for every client.</source>
        <translation>Die Rollen dieses PostgreSQL-Logins; die Datenbank setzt sie für jeden Client durch.</translation>
    </message>
    <message>
        <source>BREAK-GLASS: %1 holds platform-admin until %2 — %3. Every action is audited.</source>
        <translation>NOTFALLZUGRIFF: %1 hat bis %2 die Rolle platform-admin — %3. Jede Aktion wird protokolliert.</translation>
    </message>
    <message>
        <source>Break-glass has ended; reopen the registry to see your own roles again.</source>
        <translation>Der Notfallzugriff ist beendet; öffnen Sie das Register erneut, um wieder Ihre eigenen Rollen zu sehen.</translation>
    </message>
    <message>
        <source>The registry is back; reloading.</source>
        <translation>Das Register ist wieder erreichbar; es wird neu geladen.</translation>
    </message>
    <message>
        <source>%1: nothing to show yet. The registry %2 does not answer: %3

Tenant Admin keeps trying; this page fills in once it answers.</source>
        <translation>%1: noch nichts anzuzeigen. Das Register %2 antwortet nicht: %3

Tenant Admin versucht es weiter; diese Seite füllt sich, sobald es antwortet.</translation>
    </message>
    <message>
        <source>Offline since %1: the registry does not answer (%2). The pages show what was loaded before; changes are refused until it is back.</source>
        <translation>Offline seit %1: Das Register antwortet nicht (%2). Die Seiten zeigen den zuletzt geladenen Stand; Änderungen werden abgelehnt, bis es wieder erreichbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>Offline — retrying in %n s</source>
        <translation>
            <numerusform>Offline — neuer Versuch in %n s</numerusform>
            <numerusform>Offline — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — retrying…</source>
        <translation>Offline — neuer Versuch…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Tenant Admin</source>
        <translation>Ü&amp;ber Tenant Admin</translation>
    </message>
    <message>
        <source>About Tenant Admin</source>
        <translation>Über Tenant Admin</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>&amp;Mandanten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
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
        <translation> DEMO </translation>
    </message>
    <message>
        <source>Demo data in a local SQLite file; nothing here touches a real platform.</source>
        <translation>Demodaten in einer lokalen SQLite-Datei; nichts hier berührt eine echte Plattform.</translation>
    </message>
    <message>
        <source>Could not look for interrupted provisioning runs: %1</source>
        <translation>Unterbrochene Bereitstellungen konnten nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Feature Flags</source>
        <translation>Feature-Flags</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>Kostenverrechnung</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln tenant(s)</source>
        <translation>
            <numerusform>Lade… %Ln Mandant</numerusform>
            <numerusform>Lade… %Ln Mandanten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::OverviewPage</name>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Average health</source>
        <translation>Durchschnittlicher Zustand</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tenants in the warning or critical band&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mandanten im Warn- oder kritischen Bereich&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Budget forecasts this month&lt;/b&gt; — %n tenant(s) on course to exceed the budget</source>
        <translation>
            <numerusform>&lt;b&gt;Budgetprognosen für diesen Monat&lt;/b&gt; — %n Mandant wird das Budget voraussichtlich überschreiten</numerusform>
            <numerusform>&lt;b&gt;Budgetprognosen für diesen Monat&lt;/b&gt; — %n Mandanten werden das Budget voraussichtlich überschreiten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 so far, forecast %4 against a budget of %5</source>
        <translation>%1 (%2): bisher %3, Prognose %4 bei einem Budget von %5</translation>
    </message>
    <message>
        <source>Tenants by tier</source>
        <translation>Mandanten nach Stufe</translation>
    </message>
    <message>
        <source>Tenants by status</source>
        <translation>Mandanten nach Status</translation>
    </message>
</context>
<context>
    <name>tenant::ui::PlanPage</name>
    <message>
        <source>Plan and region</source>
        <translation>Tarif und Region</translation>
    </message>
    <message>
        <source>Choose the tier in the plan table, and where the tenant&apos;s data lives.</source>
        <translation>Wählen Sie die Stufe in der Tariftabelle und den Ort, an dem die Daten des Mandanten liegen.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Could not read the plans: %1</source>
        <translation>Die Tarife konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1  (%2, cost ×%3)</source>
        <translation>%1  (%2, Kosten ×%3)</translation>
    </message>
    <message>
        <source>%1  (%2, not allowed by %3)</source>
        <translation>%1  (%2, nicht zulässig laut %3)</translation>
    </message>
    <message>
        <source>No compliance tags: every region is allowed.</source>
        <translation>Keine Compliance-Tags: Jede Region ist zulässig.</translation>
    </message>
    <message>
        <source>Allowed by %1: %2.</source>
        <translation>Zulässig laut %1: %2.</translation>
    </message>
</context>
<context>
    <name>tenant::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Off (live updates only)</source>
        <translation>Aus (nur Live-Aktualisierung)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The connection used last</source>
        <translation>Die zuletzt benutzte Verbindung</translation>
    </message>
    <message>
        <source>The demo registry</source>
        <translation>Das Demo-Register</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Aktualisieren alle:</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>Beim Start ö&amp;ffnen:</translation>
    </message>
</context>
<context>
    <name>tenant::ui::ProgressPage</name>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Creating the tenant in every system, then running the 8 checks. The first five must pass; if one fails, everything is removed again.</source>
        <translation>Der Mandant wird in jedem System angelegt, danach laufen die 8 Prüfungen. Die ersten fünf müssen bestehen; schlägt eine fehl, wird alles wieder entfernt.</translation>
    </message>
    <message>
        <source>&amp;Cancel provisioning…</source>
        <translation>Bereitstellung &amp;abbrechen…</translation>
    </message>
    <message>
        <source>Provisioning %1</source>
        <translation>%1 wird bereitgestellt</translation>
    </message>
</context>
<context>
    <name>tenant::ui::ProvisioningRunDialog</name>
    <message>
        <source>&amp;Cancel provisioning…</source>
        <translation>Bereitstellung &amp;abbrechen…</translation>
    </message>
    <message>
        <source>Provisioning %1</source>
        <translation>%1 wird bereitgestellt</translation>
    </message>
    <message>
        <source>Rolling back %1</source>
        <translation>%1 wird zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>tenant::ui::ProvisioningRunView</name>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message>
        <source>Cancelling: removing what was created…</source>
        <translation>Abbruch: Angelegtes wird entfernt…</translation>
    </message>
    <message>
        <source>Pausing after the current step…</source>
        <translation>Pause nach dem aktuellen Schritt…</translation>
    </message>
    <message>
        <source>Provisioning is running</source>
        <translation>Bereitstellung läuft</translation>
    </message>
    <message>
        <source>Request %1 is running. Closing now would leave it half done.</source>
        <translation>Antrag %1 läuft. Wenn Sie jetzt schließen, bleibt er halb erledigt.</translation>
    </message>
    <message>
        <source>Roll back removes everything created so far. Pause stops after the current step; resume or roll back later from Requests.</source>
        <translation>Zurücksetzen entfernt alles bisher Angelegte. Pause hält nach dem aktuellen Schritt an; fortsetzen oder zurücksetzen können Sie später unter „Anträge“.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Cancel provisioning</source>
        <translation>Bereitstellung abbrechen</translation>
    </message>
    <message>
        <source>Stop request %1 and remove everything created for it so far?</source>
        <translation>Antrag %1 anhalten und alles bisher dafür Angelegte entfernen?</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>%1 is active: %2 (%3 ms in all).</source>
        <translation>%1 ist aktiv: %2 (insgesamt %3 ms).</translation>
    </message>
    <message>
        <source>Rolled back: %1. Nothing of %2 remains (%3 ms in all).</source>
        <translation>Zurückgesetzt: %1. Von %2 ist nichts übrig (insgesamt %3 ms).</translation>
    </message>
    <message>
        <source>Paused at &quot;%1&quot;. Resume or roll it back from Requests, now or after a restart.</source>
        <translation>Angehalten bei „%1“. Unter „Anträge“ fortsetzen oder zurücksetzen – jetzt oder nach einem Neustart.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 ist %2.</translation>
    </message>
</context>
<context>
    <name>tenant::ui::ProvisioningWizard</name>
    <message>
        <source>Onboard a business unit</source>
        <translation>Geschäftsbereich aufnehmen</translation>
    </message>
</context>
<context>
    <name>tenant::ui::RecordSampleDialog</name>
    <message>
        <source>Record health sample for %1</source>
        <translation>Zustandsmessung für %1 erfassen</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Latency p95:</source>
        <translation>Latenz p95:</translation>
    </message>
    <message>
        <source>Error rate:</source>
        <translation>Fehlerquote:</translation>
    </message>
    <message>
        <source>Query success:</source>
        <translation>Abfrageerfolg:</translation>
    </message>
    <message>
        <source>Storage used:</source>
        <translation>Speicherbelegung:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
</context>
<context>
    <name>tenant::ui::RequestsPage</name>
    <message>
        <source>Open (needs action)</source>
        <translation>Offen (Aktion nötig)</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anträge</translation>
    </message>
    <message>
        <source>Request actions</source>
        <translation>Antragsaktionen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>Die Anträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Onboard business unit…</source>
        <translation>&amp;Geschäftsbereich aufnehmen…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation>Erreicht: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>%1 genehmigt</translation>
    </message>
    <message>
        <source>Rejected %1: nothing is provisioned</source>
        <translation>%1 abgelehnt: Es wird nichts bereitgestellt</translation>
    </message>
    <message>
        <source>Request %1 for %2: %3</source>
        <translation>Antrag %1 für %2: %3</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>wartet auf Genehmigung</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln request(s)</source>
        <translation>
            <numerusform>%L1 von %Ln Antrag</numerusform>
            <numerusform>%L1 von %Ln Anträgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::ResultPage</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Antrag %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Request &lt;tt&gt;%1&lt;/tt&gt; for &lt;b&gt;%2&lt;/b&gt; is stored.&lt;/p&gt;&lt;p&gt;It waits in &lt;b&gt;Requests&lt;/b&gt; for approval by %3, each given by a different person. Nothing is provisioned until then, and a rejected request provisions nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Antrag &lt;tt&gt;%1&lt;/tt&gt; für &lt;b&gt;%2&lt;/b&gt; ist gespeichert.&lt;/p&gt;&lt;p&gt;Er wartet unter &lt;b&gt;Anträge&lt;/b&gt; auf die Genehmigung durch %3, jeweils von einer anderen Person erteilt. Bis dahin wird nichts bereitgestellt, und ein abgelehnter Antrag stellt nichts bereit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Provisioning stopped</source>
        <translation>Bereitstellung angehalten</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The request is listed in &lt;b&gt;Requests&lt;/b&gt;, where it can be resumed or rolled back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Der Antrag ist unter &lt;b&gt;Anträge&lt;/b&gt; aufgeführt und kann dort fortgesetzt oder zurückgesetzt werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It never ran.</source>
        <translation>Er ist nie gelaufen.</translation>
    </message>
    <message>
        <source>Request %1, %2 ms</source>
        <translation>Antrag %1, %2 ms</translation>
    </message>
    <message>
        <source>%1 is active</source>
        <translation>%1 ist aktiv</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; is provisioned and active: %2, in %3 ms.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; ist bereitgestellt und aktiv: %2, in %3 ms.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;These checks warned (they do not block):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Prüfungen haben gewarnt (sie blockieren nicht):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Checks passed:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bestandene Prüfungen:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The webhook could not be delivered; see the progress page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Webhook konnte nicht zugestellt werden; siehe Fortschrittsseite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Webhook: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Webhook: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Removed, in reverse order, and checked gone:&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;In umgekehrter Reihenfolge entfernt und auf Entfernung geprüft:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>&lt;p&gt;Request &lt;tt&gt;%1&lt;/tt&gt; stopped at &quot;%2&quot;.&lt;/p&gt;&lt;p&gt;Resume it or roll it back from &lt;b&gt;Requests&lt;/b&gt;; the next start also offers both.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Antrag &lt;tt&gt;%1&lt;/tt&gt; wurde bei „%2“ angehalten.&lt;/p&gt;&lt;p&gt;Setzen Sie ihn unter &lt;b&gt;Anträge&lt;/b&gt; fort oder setzen Sie ihn zurück; beim nächsten Start wird beides ebenfalls angeboten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tenant::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Submitting stores the request. Below the threshold it is provisioned at once; otherwise it waits for approval.</source>
        <translation>Beim Absenden wird der Antrag gespeichert. Unterhalb des Schwellenwerts wird sofort bereitgestellt; andernfalls wartet er auf Genehmigung.</translation>
    </message>
    <message>
        <source>&amp;Submit request</source>
        <translation>Antrag &amp;absenden</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>%1: %2, %3 queries/min, %4 documents/month, %5 max tokens</source>
        <translation>%1: %2, %3 Abfragen/Min., %4 Dokumente/Monat, max. %5 Tokens</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>durch %1</translation>
    </message>
    <message>
        <source> Go back to change it.</source>
        <translation> Gehen Sie zurück, um das zu ändern.</translation>
    </message>
</context>
<context>
    <name>tenant::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Filter shortcuts…</source>
        <translation>Kürzel filtern…</translation>
    </message>
</context>
<context>
    <name>tenant::ui::TenantEditorDialog</name>
    <message>
        <source>New tenant</source>
        <translation>Neuer Mandant</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>lower-case letters, digits, hyphens</source>
        <translation>Kleinbuchstaben, Ziffern, Bindestriche</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>kommagetrennt</translation>
    </message>
    <message>
        <source>1 field needs attention; nothing was saved.</source>
        <translation>1 Feld muss geprüft werden; nichts wurde gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n fields need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n Feld muss geprüft werden; nichts wurde gespeichert.</numerusform>
            <numerusform>%n Felder müssen geprüft werden; nichts wurde gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by %1 at %2 (%3) while open here. Saving checks your edit against it; nothing of theirs is overwritten unseen.</source>
        <translation>Von %1 am %2 (%3) geändert, während der Dialog hier geöffnet war. Beim Speichern wird Ihre Änderung damit abgeglichen; fremde Änderungen werden nicht ungesehen überschrieben.</translation>
    </message>
    <message>
        <source>%1: stored &quot;%2&quot;, yours &quot;%3&quot;</source>
        <translation>%1: gespeichert „%2“, Ihr Wert „%3“</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Von jemand anderem gespeichert</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you edited it (you started from version %2; it is now version %3).</source>
        <translation>%1 wurde von jemand anderem geändert, während Sie es bearbeitet haben (Sie haben mit Version %2 begonnen; jetzt ist es Version %3).</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Fremde Version neu laden</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Mit meiner überschreiben</translation>
    </message>
</context>
<context>
    <name>tenant::ui::TenantsPage</name>
    <message>
        <source>Tenant actions</source>
        <translation>Mandantenaktionen</translation>
    </message>
    <message>
        <source>&amp;New tenant…</source>
        <translation>&amp;Neuer Mandant…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Neuer Mandant</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>Edit tenant</source>
        <translation>Mandant bearbeiten</translation>
    </message>
    <message>
        <source>Saved %1 (version %2)</source>
        <translation>%1 gespeichert (Version %2)</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln tenant(s)</source>
        <translation>
            <numerusform>%L1 von %Ln Mandant</numerusform>
            <numerusform>%L1 von %Ln Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by id or name (%1)</source>
        <translation>Nach ID oder Name filtern (%1)</translation>
    </message>
</context>
<context>
    <name>tenant::ui::TransitionDialog</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; (%2) from &lt;b&gt;%3&lt;/b&gt; to &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) von &lt;b&gt;%3&lt;/b&gt; nach &lt;b&gt;%4&lt;/b&gt; überführen.</translation>
    </message>
    <message>
        <source>Why? Recorded in the audit log</source>
        <translation>Warum? Wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Deleting is permanent. Type &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>Das Löschen ist endgültig. Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>Tenant id:</source>
        <translation>Mandanten-ID:</translation>
    </message>
</context>
<context>
    <name>tenant::ui::UsersPage</name>
    <message>
        <source>User actions</source>
        <translation>Benutzeraktionen</translation>
    </message>
    <message>
        <source>&amp;Create login…</source>
        <translation>Login &amp;anlegen…</translation>
    </message>
    <message>
        <source>&amp;Grant…</source>
        <translation>&amp;Erteilen…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Ent&amp;ziehen…</translation>
    </message>
    <message>
        <source>Who can act on tenant… (id)</source>
        <translation>Wer darf für Mandant … handeln (ID)</translation>
    </message>
    <message>
        <source>Could not read the roles: %1</source>
        <translation>Die Rollen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Break-glass history</source>
        <translation>Verlauf der Notfallzugriffe</translation>
    </message>
    <message>
        <source>A SQLite registry is one local user with no access control: users and roles need a PostgreSQL registry.</source>
        <translation>Ein SQLite-Register kennt nur einen lokalen Benutzer ohne Zugriffskontrolle: Benutzer und Rollen erfordern ein PostgreSQL-Register.</translation>
    </message>
    <message>
        <source>You see your own roles. %1</source>
        <translation>Sie sehen Ihre eigenen Rollen. %1</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <source>Login %1 created</source>
        <translation>Login %1 angelegt</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 hat %2</translation>
    </message>
    <message>
        <source>%1 no longer holds %2</source>
        <translation>%1 hat %2 nicht mehr</translation>
    </message>
    <message>
        <source>Create login</source>
        <translation>Login anlegen</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Grant a role</source>
        <translation>Rolle erteilen</translation>
    </message>
    <message>
        <source>empty: every tenant</source>
        <translation>leer: alle Mandanten</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Befugnis:</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <source>Revoke %1 from %2?</source>
        <translation>%1 von %2 entziehen?</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>Ent&amp;ziehen</translation>
    </message>
</context>
<context>
    <name>tenant::ui::ValidatingPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Owner e-mail</source>
        <translation>E-Mail des Eigentümers</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Kostenstelle</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
</TS>
