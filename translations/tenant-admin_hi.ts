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
        <translation>डाउनस्ट्रीम सिस्टम कॉन्फ़िगर नहीं हैं: %1</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Needs the %1 role (you hold: %2)</source>
        <translation>%1 भूमिका आवश्यक है (आपके पास: %2)</translation>
    </message>
    <message>
        <source>Needs the %1 role for &apos;%2&apos; (you hold: %3)</source>
        <translation>&apos;%2&apos; के लिए %1 भूमिका आवश्यक है (आपके पास: %3)</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>सभी चुनें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>बढ़ाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>घटाएँ (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>ठीक है (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>सहेजे बिना बंद करें</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>विवरण दिखाएँ...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>विवरण छिपाएँ...</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>₹ lakh</source>
        <translation>₹ लाख</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>बजट</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>चार्जबैक</translation>
    </message>
    <message>
        <source>Chargeback over 12 months</source>
        <translation>12 महीनों का चार्जबैक</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API कॉल</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>स्टोरेज</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>कंप्यूट</translation>
    </message>
    <message>
        <source>Quota use (%) — flagged from 90 %</source>
        <translation>कोटा उपयोग (%) — 90 % से चिह्नित</translation>
    </message>
    <message>
        <source>Peak queries per day</source>
        <translation>प्रतिदिन अधिकतम क्वेरी</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>सक्रिय उपयोगकर्ता</translation>
    </message>
    <message>
        <source>under budget</source>
        <translation>बजट के भीतर</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>बजट से अधिक</translation>
    </message>
    <message>
        <source>over by &gt; 10 %</source>
        <translation>10 % से अधिक ऊपर</translation>
    </message>
    <message>
        <source>Chargeback report %1</source>
        <translation>चार्जबैक रिपोर्ट %1</translation>
    </message>
    <message>
        <source>Chargeback — %1</source>
        <translation>चार्जबैक — %1</translation>
    </message>
    <message>
        <source>Chargeback %1 against a budget of %2</source>
        <translation>%2 के बजट के मुकाबले चार्जबैक %1</translation>
    </message>
    <message>
        <source>Variance %1 (%2): %3</source>
        <translation>अंतर %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>लागत केंद्र</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>टेनेंट</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Budget versus chargeback: the largest cost centres</source>
        <translation>बजट बनाम चार्जबैक: सबसे बड़े लागत केंद्र</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>सक्रिय करें</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>निलंबित करें</translation>
    </message>
    <message>
        <source>Start migration</source>
        <translation>माइग्रेशन शुरू करें</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>संग्रहित करें</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>वापस ड्राफ़्ट में</translation>
    </message>
    <message>
        <source>global default</source>
        <translation>वैश्विक डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>tier: %1</source>
        <translation>टियर: %1</translation>
    </message>
    <message>
        <source>tenant: %1</source>
        <translation>टेनेंट: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) in %1</source>
        <extracomment>%1 is &quot;N cost centre(s)&quot;</extracomment>
        <translation>
            <numerusform>%1 में %n टेनेंट</numerusform>
            <numerusform>%1 में %n टेनेंट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cost centre(s)</source>
        <translation>
            <numerusform>%n लागत केंद्र</numerusform>
            <numerusform>%n लागत केंद्र</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write the PDF %1: %2</source>
        <translation>PDF %1 नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <source>cannot write the PDF %1</source>
        <translation>PDF %1 नहीं लिखा जा सका</translation>
    </message>
    <message>
        <source>cannot finish the PDF %1: %2</source>
        <translation>PDF %1 पूरा नहीं किया जा सका: %2</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>सभी सहेजें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>सभी को हाँ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>सभी को नहीं (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>निरस्त करें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>पुनः प्रयास करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट पुनर्स्थापित करें</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>यहाँ स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>बायाँ किनारा</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>ऊपर</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>दायाँ किनारा</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>नीचे</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>एक पेज बाएँ</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>एक पेज ऊपर</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>एक पेज दाएँ</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>एक पेज नीचे</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>बाएँ स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>ऊपर स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>दाएँ स्क्रॉल करें</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>नीचे स्क्रॉल करें</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें (&amp;L)</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे (&amp;B)</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>वापस जाएँ</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>आगे (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>आगे (&amp;N)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>जारी रखें</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>पुष्टि करें</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>समाप्त करें (&amp;F)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
</context>
<context>
    <name>TenantEditor</name>
    <message>
        <source>Tenant id</source>
        <translation>टेनेंट आईडी</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>पहचान</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>प्रदर्शित नाम</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>तकनीकी संपर्क</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>बिलिंग संपर्क</translation>
    </message>
    <message>
        <source>Incident contact</source>
        <translation>घटना संपर्क</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM आईडी</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>बिलिंग खाता</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>टियर</translation>
    </message>
    <message>
        <source>Max users</source>
        <translation>अधिकतम उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Max documents</source>
        <translation>अधिकतम दस्तावेज़</translation>
    </message>
    <message>
        <source>Max queries/day</source>
        <translation>अधिकतम क्वेरी/दिन</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>SLA लक्ष्य</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>सहायता स्तर</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>लागत केंद्र</translation>
    </message>
    <message>
        <source>Monthly budget (₹)</source>
        <translation>मासिक बजट (₹)</translation>
    </message>
    <message>
        <source>Billing e-mail</source>
        <translation>बिलिंग ई-मेल</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Allowed regions</source>
        <translation>अनुमत क्षेत्र</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>पृथक्करण</translation>
    </message>
    <message>
        <source>Compliance tags</source>
        <translation>अनुपालन टैग</translation>
    </message>
    <message>
        <source>Retention (days)</source>
        <translation>प्रतिधारण (दिन)</translation>
    </message>
    <message>
        <source>Metadata (JSON)</source>
        <translation>मेटाडेटा (JSON)</translation>
    </message>
    <message>
        <source>Tier and limits</source>
        <translation>टियर और सीमाएँ</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>बिलिंग</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>स्थान-निर्धारण</translation>
    </message>
</context>
<context>
    <name>tenant::Access</name>
    <message>
        <source>reading a tenant</source>
        <translation>किसी टेनेंट को पढ़ने</translation>
    </message>
    <message>
        <source>reading tenant %1</source>
        <translation>टेनेंट %1 को पढ़ने</translation>
    </message>
    <message>
        <source>creating a tenant</source>
        <translation>कोई टेनेंट बनाने</translation>
    </message>
    <message>
        <source>creating tenant %1</source>
        <translation>टेनेंट %1 बनाने</translation>
    </message>
    <message>
        <source>changing a tenant</source>
        <translation>किसी टेनेंट को बदलने</translation>
    </message>
    <message>
        <source>changing tenant %1</source>
        <translation>टेनेंट %1 को बदलने</translation>
    </message>
    <message>
        <source>changing a global or tier flag</source>
        <translation>किसी वैश्विक या टियर फ़्लैग को बदलने</translation>
    </message>
    <message>
        <source>submitting an onboarding request</source>
        <translation>ऑनबोर्डिंग अनुरोध सबमिट करने</translation>
    </message>
    <message>
        <source>deciding an onboarding request</source>
        <translation>किसी ऑनबोर्डिंग अनुरोध पर निर्णय लेने</translation>
    </message>
    <message>
        <source>managing users and roles</source>
        <translation>उपयोगकर्ताओं और भूमिकाओं का प्रबंधन करने</translation>
    </message>
    <message>
        <source>changing a policy</source>
        <translation>किसी नीति को बदलने</translation>
    </message>
    <message>
        <source>verifying the whole audit log</source>
        <translation>पूरे ऑडिट लॉग का सत्यापन करने</translation>
    </message>
    <message>
        <source>recording usage (for every tenant)</source>
        <translation>उपयोग दर्ज करने (हर टेनेंट के लिए)</translation>
    </message>
    <message>
        <source>managing webhooks and event deliveries</source>
        <translation>वेबहुक और इवेंट डिलीवरी का प्रबंधन करने</translation>
    </message>
    <message>
        <source>%1 is not a login name (1-63 lower-case letters, digits, _ . -)</source>
        <translation>%1 लॉगिन नाम नहीं है (1-63 छोटे अंग्रेज़ी अक्षर, अंक, _ . -)</translation>
    </message>
    <message>
        <source>%1 is not a role (expected one of %2)</source>
        <translation>%1 कोई भूमिका नहीं है (अपेक्षित: %2 में से एक)</translation>
    </message>
    <message>
        <source>%1 is not a tenant id</source>
        <translation>%1 टेनेंट आईडी नहीं है</translation>
    </message>
    <message>
        <source>an approver holds an authority (one of %1), not %2</source>
        <translation>approver भूमिका के पास एक अधिकार होता है (%1 में से एक), %2 नहीं</translation>
    </message>
    <message>
        <source>only an approver holds an authority</source>
        <translation>केवल approver भूमिका के पास अधिकार होता है</translation>
    </message>
    <message>
        <source>local — no access control</source>
        <translation>स्थानीय — कोई एक्सेस नियंत्रण नहीं</translation>
    </message>
    <message>
        <source>owner — no access control</source>
        <translation>स्वामी — कोई एक्सेस नियंत्रण नहीं</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>कोई भूमिका नहीं</translation>
    </message>
</context>
<context>
    <name>tenant::AccessControl</name>
    <message>
        <source>a SQLite registry is one local user with no access control: users and roles need a PostgreSQL registry</source>
        <translation>SQLite रजिस्ट्री एक ही स्थानीय उपयोगकर्ता की है और इसमें कोई एक्सेस नियंत्रण नहीं है: उपयोगकर्ताओं और भूमिकाओं के लिए PostgreSQL रजिस्ट्री आवश्यक है</translation>
    </message>
    <message>
        <source>read the session&apos;s login: no row</source>
        <translation>सत्र का लॉगिन पढ़ना: कोई पंक्ति नहीं</translation>
    </message>
    <message>
        <source>unknown roles</source>
        <translation>अज्ञात भूमिकाएँ</translation>
    </message>
    <message>
        <source>%1 needs the %2 role; %3 holds: %4</source>
        <translation>%1 के लिए %2 भूमिका आवश्यक है; %3 के पास है: %4</translation>
    </message>
    <message>
        <source>this login</source>
        <translation>इस लॉगिन</translation>
    </message>
    <message>
        <source>a password has at least 12 characters</source>
        <translation>पासवर्ड में कम से कम 12 वर्ण होने चाहिए</translation>
    </message>
    <message>
        <source>a password is at most 1024 printable characters (no control character, no lone surrogate)</source>
        <translation>पासवर्ड में अधिकतम 1024 मुद्रण योग्य वर्ण हो सकते हैं (कोई नियंत्रण वर्ण नहीं, कोई अकेला सरोगेट नहीं)</translation>
    </message>
    <message>
        <source>break-glass: the elevation was not recorded</source>
        <translation>ब्रेक-ग्लास: विशेषाधिकार वृद्धि दर्ज नहीं की गई</translation>
    </message>
</context>
<context>
    <name>tenant::ApprovalPolicy</name>
    <message>
        <source>approval policy: %1 %2</source>
        <translation>स्वीकृति नीति: %1 %2</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>सूची नहीं है</translation>
    </message>
    <message>
        <source>holds %1</source>
        <translation>में %1 है</translation>
    </message>
    <message>
        <source>is not a list of bands</source>
        <translation>श्रेणियों की सूची नहीं है</translation>
    </message>
    <message>
        <source>has a band without from</source>
        <translation>में from के बिना एक श्रेणी है</translation>
    </message>
</context>
<context>
    <name>tenant::AuditTableModel</name>
    <message>
        <source>hash %1
correlation %2</source>
        <translation>हैश %1
सहसंबंध %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>कर्ता</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>टेनेंट</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
</context>
<context>
    <name>tenant::CascadeProgressModel</name>
    <message>
        <source>Waiting</source>
        <translation>प्रतीक्षारत</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>चल रहा है…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>पहले से पूर्ण</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>रोलबैक किया गया</translation>
    </message>
    <message>
        <source>Rollback failed</source>
        <translation>रोलबैक विफल</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 मि.से.</translation>
    </message>
    <message>
        <source>%1 ms + %2 ms rollback</source>
        <translation>%1 मि.से. + %2 मि.से. रोलबैक</translation>
    </message>
    <message>
        <source>System</source>
        <translation>सिस्टम</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
</context>
<context>
    <name>tenant::Chargeback</name>
    <message>
        <source>under budget</source>
        <translation>बजट के भीतर</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>बजट से अधिक</translation>
    </message>
    <message>
        <source>over budget by more than 10 %</source>
        <translation>बजट से 10 % से अधिक ऊपर</translation>
    </message>
    <message>
        <source>tenant %1 has an unknown tier</source>
        <translation>टेनेंट %1 का टियर अज्ञात है</translation>
    </message>
    <message>
        <source>tenant %1: %2</source>
        <translation>टेनेंट %1: %2</translation>
    </message>
    <message>
        <source>must be an object of multipliers</source>
        <translation>गुणकों का ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1, %2 में से एक नहीं है</translation>
    </message>
    <message>
        <source>must be a number above 0 and at most 100</source>
        <translation>0 से अधिक और अधिकतम 100 की संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>must be a number of rupees from 0 to 1000000</source>
        <translation>0 से 1000000 तक रुपयों की संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>is not part of the chargeback policy (%1, region_multipliers, tier_multipliers)</source>
        <translation>चार्जबैक नीति का हिस्सा नहीं है (%1, region_multipliers, tier_multipliers)</translation>
    </message>
    <message>
        <source>the %1 multiplier was not changed: changing the chargeback policy needs the platform-admin role</source>
        <translation>%1 गुणक नहीं बदला गया: चार्जबैक नीति बदलने के लिए platform-admin भूमिका आवश्यक है</translation>
    </message>
</context>
<context>
    <name>tenant::ChargebackTenantModel</name>
    <message>
        <source>%1 of a budget of %2</source>
        <translation>%2 के बजट में से %1</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>टेनेंट</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>लागत केंद्र</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>टियर</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API कॉल</translation>
    </message>
    <message>
        <source>Storage (GB)</source>
        <translation>स्टोरेज (GB)</translation>
    </message>
    <message>
        <source>Compute (h)</source>
        <translation>कंप्यूट (घं.)</translation>
    </message>
    <message>
        <source>Usage cost</source>
        <translation>उपयोग लागत</translation>
    </message>
    <message>
        <source>Region ×</source>
        <translation>क्षेत्र ×</translation>
    </message>
    <message>
        <source>Tier ×</source>
        <translation>टियर ×</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>चार्जबैक</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>बजट</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>अंतर %</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Near a quota</source>
        <translation>कोटा के निकट</translation>
    </message>
</context>
<context>
    <name>tenant::ConnectionProfile</name>
    <message>
        <source>is required</source>
        <translation>आवश्यक है</translation>
    </message>
    <message>
        <source>must be 1-65535</source>
        <translation>1-65535 होना चाहिए</translation>
    </message>
    <message>
        <source>unknown TLS mode %1</source>
        <translation>अज्ञात TLS मोड %1</translation>
    </message>
    <message>
        <source>a client certificate needs its key, and a key its certificate</source>
        <translation>क्लाइंट प्रमाणपत्र के लिए उसकी कुंजी आवश्यक है, और कुंजी के लिए उसका प्रमाणपत्र</translation>
    </message>
    <message>
        <source>&apos;%1&apos; stands for the demo registry; choose another name</source>
        <translation>&apos;%1&apos; डेमो रजिस्ट्री के लिए आरक्षित है; कोई दूसरा नाम चुनें</translation>
    </message>
</context>
<context>
    <name>tenant::CostCentreModel</name>
    <message>
        <source>Cost centre</source>
        <translation>लागत केंद्र</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>टेनेंट</translation>
    </message>
    <message>
        <source>Chargeback</source>
        <translation>चार्जबैक</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>बजट</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>अंतर</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>अंतर %</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>tenant::Csv</name>
    <message>
        <source>line %1: %2</source>
        <translation>पंक्ति %1: %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>फ़ाइल UTF-8 टेक्स्ट नहीं है</translation>
    </message>
    <message>
        <source>holds a NUL byte</source>
        <translation>इसमें NUL बाइट है</translation>
    </message>
    <message>
        <source>has a quote inside an unquoted field</source>
        <translation>बिना उद्धरण चिह्न वाले फ़ील्ड के भीतर उद्धरण चिह्न है</translation>
    </message>
    <message>
        <source>has text after a closing quote</source>
        <translation>बंद करने वाले उद्धरण चिह्न के बाद टेक्स्ट है</translation>
    </message>
    <message>
        <source>has a quote that is never closed</source>
        <translation>ऐसा उद्धरण चिह्न है जो कभी बंद नहीं होता</translation>
    </message>
</context>
<context>
    <name>tenant::DatabaseUrl</name>
    <message>
        <source>sqlite URL needs a file path</source>
        <translation>sqlite URL के लिए फ़ाइल पथ आवश्यक है</translation>
    </message>
    <message>
        <source>expected sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME, got %1</source>
        <translation>sqlite:PATH या postgresql://USER@HOST:PORT/DBNAME अपेक्षित था, मिला %1</translation>
    </message>
    <message>
        <source>unknown sslmode %1 (expected %2)</source>
        <translation>अज्ञात sslmode %1 (अपेक्षित: %2)</translation>
    </message>
    <message>
        <source>unknown URL parameter %1 (expected %2)</source>
        <translation>अज्ञात URL पैरामीटर %1 (अपेक्षित: %2)</translation>
    </message>
    <message>
        <source>%1 %2 holds a space, quote, backslash, &apos;;&apos; or &apos;=&apos;: use a path without them</source>
        <translation>%1 %2 में स्पेस, उद्धरण चिह्न, बैकस्लैश, &apos;;&apos; या &apos;=&apos; है: इनके बिना वाला पथ इस्तेमाल करें</translation>
    </message>
</context>
<context>
    <name>tenant::Downstream</name>
    <message>
        <source>must be a %1://HOST:PORT URL</source>
        <translation>%1://HOST:PORT URL होना चाहिए</translation>
    </message>
    <message>
        <source>must not carry a user name or password: put the secret in its own field, which goes to the keychain</source>
        <translation>इसमें उपयोगकर्ता नाम या पासवर्ड नहीं होना चाहिए: सीक्रेट को उसके अपने फ़ील्ड में डालें, जो कीचेन में जाता है</translation>
    </message>
    <message>
        <source>is required with an S3 endpoint</source>
        <translation>S3 एंडपॉइंट के साथ आवश्यक है</translation>
    </message>
    <message>
        <source>must not carry a query: a token goes to the keychain, not the settings file</source>
        <translation>इसमें क्वेरी नहीं होनी चाहिए: टोकन कीचेन में जाता है, सेटिंग फ़ाइल में नहीं</translation>
    </message>
    <message>
        <source>Redis users other than the default are not supported; give only the password</source>
        <translation>डिफ़ॉल्ट के अलावा अन्य Redis उपयोगकर्ता समर्थित नहीं हैं; केवल पासवर्ड दें</translation>
    </message>
    <message>
        <source>must not carry a password or token: put the secret in its own field, which goes to the keychain</source>
        <translation>इसमें पासवर्ड या टोकन नहीं होना चाहिए: सीक्रेट को उसके अपने फ़ील्ड में डालें, जो कीचेन में जाता है</translation>
    </message>
</context>
<context>
    <name>tenant::Drift</name>
    <message>
        <source>tenant %1 has no downstream state to reconcile (only active, suspended and archived tenants have one)</source>
        <translation>टेनेंट %1 की कोई डाउनस्ट्रीम स्थिति नहीं है जिसका मिलान किया जा सके (यह केवल सक्रिय, निलंबित और संग्रहित टेनेंट की होती है)</translation>
    </message>
</context>
<context>
    <name>tenant::DriftModel</name>
    <message>
        <source>Tenant</source>
        <translation>टेनेंट</translation>
    </message>
    <message>
        <source>System</source>
        <translation>सिस्टम</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>पाया गया</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>कब से</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
</context>
<context>
    <name>tenant::FlagMatrixModel</name>
    <message>
        <source>on</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>a tenant override</source>
        <translation>टेनेंट ओवरराइड</translation>
    </message>
    <message>
        <source>the %1 tier default</source>
        <translation>%1 टियर डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>the global default</source>
        <translation>वैश्विक डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>the built-in default (nothing set)</source>
        <translation>अंतर्निहित डिफ़ॉल्ट (कुछ सेट नहीं)</translation>
    </message>
    <message>
        <source>%1 for %2: %3, decided by %4</source>
        <translation>%2 के लिए %1: %3, %4 द्वारा निर्धारित</translation>
    </message>
    <message>
        <source> (rollout %1 %)</source>
        <translation> (रोलआउट %1 %)</translation>
    </message>
</context>
<context>
    <name>tenant::FlagService</name>
    <message>
        <source>no flag %1</source>
        <translation>फ़्लैग %1 मौजूद नहीं है</translation>
    </message>
    <message>
        <source>%1 is not a flag name (a-z, 0-9, _ . -)</source>
        <translation>%1 फ़्लैग नाम नहीं है (a-z, 0-9, _ . -)</translation>
    </message>
    <message>
        <source>must be between 0 and 100, got %1</source>
        <translation>0 और 100 के बीच होना चाहिए, मिला %1</translation>
    </message>
    <message>
        <source>global scope takes no id</source>
        <translation>वैश्विक दायरे में कोई आईडी नहीं दी जाती</translation>
    </message>
    <message>
        <source>unknown tier %1 (expected %2)</source>
        <translation>अज्ञात टियर %1 (अपेक्षित: %2)</translation>
    </message>
    <message>
        <source>no tenant %1</source>
        <translation>टेनेंट %1 मौजूद नहीं है</translation>
    </message>
    <message>
        <source>flag %1 has no %2 value %3</source>
        <translation>फ़्लैग %1 का कोई %2 मान %3 नहीं है</translation>
    </message>
</context>
<context>
    <name>tenant::FlagTreeModel</name>
    <message>
        <source>expired</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>पुराना</translation>
    </message>
    <message>
        <source>Created %1: older than the flag policy allows; clean it up.</source>
        <translation>%1 को बनाया गया: फ़्लैग नीति की अनुमति से अधिक पुराना; इसे हटाएँ।</translation>
    </message>
    <message>
        <source>on</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Flag / level</source>
        <translation>फ़्लैग / स्तर</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>रोलआउट</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>स्वामी</translation>
    </message>
    <message>
        <source>State</source>
        <translation>अवस्था</translation>
    </message>
</context>
<context>
    <name>tenant::HealthPolicy</name>
    <message>
        <source>must be between 0 and %L1 milliseconds, got %2</source>
        <translation>0 और %L1 मिलीसेकंड के बीच होना चाहिए, मिला %2</translation>
    </message>
    <message>
        <source>must be a fraction between 0 and 1 (0.005 = 0.5 %), got %1</source>
        <translation>0 और 1 के बीच का भिन्न होना चाहिए (0.005 = 0.5 %), मिला %1</translation>
    </message>
    <message>
        <source>has no rules</source>
        <translation>कोई नियम नहीं है</translation>
    </message>
    <message>
        <source>unknown signal %1</source>
        <translation>अज्ञात सिग्नल %1</translation>
    </message>
    <message>
        <source>rule %1 has a negative number</source>
        <translation>नियम %1 में ऋणात्मक संख्या है</translation>
    </message>
    <message>
        <source>the warning band must start below the healthy band</source>
        <translation>चेतावनी श्रेणी स्वस्थ श्रेणी से नीचे शुरू होनी चाहिए</translation>
    </message>
</context>
<context>
    <name>tenant::HealthSampleModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 मि.से.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>स्कोर</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>विलंबता p95</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>त्रुटि दर</translation>
    </message>
    <message>
        <source>Query success</source>
        <translation>क्वेरी सफलता</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>स्टोरेज</translation>
    </message>
</context>
<context>
    <name>tenant::Lifecycle</name>
    <message>
        <source>cannot move %1 from %2 to %3; valid targets: %4</source>
        <translation>%1 को %2 से %3 में नहीं ले जाया जा सकता; मान्य लक्ष्य: %4</translation>
    </message>
    <message>
        <source>cannot delete %1: its retention period of %2 days runs until %3</source>
        <translation>%1 को हटाया नहीं जा सकता: इसकी %2 दिनों की प्रतिधारण अवधि %3 तक चलती है</translation>
    </message>
    <message>
        <source>deleting %1 is permanent; confirm it explicitly (--confirm)</source>
        <translation>%1 को हटाना स्थायी है; इसकी स्पष्ट पुष्टि करें (--confirm)</translation>
    </message>
</context>
<context>
    <name>tenant::MembershipModel</name>
    <message>
        <source>every tenant</source>
        <translation>हर टेनेंट</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>लॉगिन</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>टेनेंट</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>अधिकार</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>प्रदानकर्ता</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>प्रदान किया गया</translation>
    </message>
</context>
<context>
    <name>tenant::PlanCatalog</name>
    <message>
        <source>tier_plans names unknown tier %1</source>
        <translation>tier_plans में अज्ञात टियर %1 का नाम है</translation>
    </message>
    <message>
        <source>%1 is not a region we place tenants in (%2)</source>
        <translation>%1 ऐसा क्षेत्र नहीं है जहाँ हम टेनेंट रखते हैं (%2)</translation>
    </message>
    <message>
        <source>%1 is in %2, but %3 keeps data in %4: choose %5</source>
        <translation>%1 %2 में है, लेकिन %3 डेटा को %4 में रखता है: %5 चुनें</translation>
    </message>
    <message>
        <source>%1 is not a known region</source>
        <translation>%1 कोई ज्ञात क्षेत्र नहीं है</translation>
    </message>
    <message>
        <source>%1 a month does not cover the estimated %2 of a %3 tenant in %4</source>
        <translation>%1 प्रति माह, %4 में %3 टेनेंट की अनुमानित लागत %2 को पूरा नहीं करता</translation>
    </message>
    <message>
        <source>no plan for tier %1</source>
        <translation>टियर %1 के लिए कोई प्लान नहीं</translation>
    </message>
</context>
<context>
    <name>tenant::ProvisioningRequest</name>
    <message>
        <source>is required</source>
        <translation>आवश्यक है</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <source>unknown request field (expected %1)</source>
        <translation>अज्ञात अनुरोध फ़ील्ड (अपेक्षित: %1)</translation>
    </message>
    <message>
        <source>unknown tier %1 (expected %2)</source>
        <translation>अज्ञात टियर %1 (अपेक्षित: %2)</translation>
    </message>
    <message>
        <source>%1 is not a region name like eu-west-1</source>
        <translation>%1 eu-west-1 जैसा क्षेत्र नाम नहीं है</translation>
    </message>
    <message>
        <source>must be a whole number of rupees</source>
        <translation>रुपयों की पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>must be a list of tags, like [&quot;GDPR&quot;]</source>
        <translation>टैग की सूची होनी चाहिए, जैसे [&quot;GDPR&quot;]</translation>
    </message>
    <message>
        <source>is required (lower-case letters, digits, hyphens)</source>
        <translation>आवश्यक है (छोटे अंग्रेज़ी अक्षर, अंक, हाइफ़न)</translation>
    </message>
    <message>
        <source>%1 is not a slug (lower-case letters, digits, hyphens)</source>
        <translation>%1 स्लग नहीं है (छोटे अंग्रेज़ी अक्षर, अंक, हाइफ़न)</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation>%1 ई-मेल पता नहीं है</translation>
    </message>
    <message>
        <source>is required: chargeback and the bucket&apos;s CostCenter tag use it</source>
        <translation>आवश्यक है: चार्जबैक और बकेट का CostCenter टैग इसका उपयोग करते हैं</translation>
    </message>
    <message>
        <source>unknown tag %1 (expected %2)</source>
        <translation>अज्ञात टैग %1 (अपेक्षित: %2)</translation>
    </message>
    <message>
        <source>lists %1 twice</source>
        <translation>%1 दो बार सूचीबद्ध है</translation>
    </message>
</context>
<context>
    <name>tenant::ProvisioningRequestModel</name>
    <message>
        <source>Pending approval</source>
        <translation>स्वीकृति लंबित</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>प्रावधान जारी</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>रोलबैक जारी</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>रोलबैक किया गया</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%2 द्वारा %1: %3</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>आवश्यक नहीं</translation>
    </message>
    <message>
        <source>refused by %1 (%2)</source>
        <translation>%1 द्वारा अस्वीकृत (%2)</translation>
    </message>
    <message numerus="yes">
        <source>all %n given</source>
        <translation>
            <numerusform>सभी %n दी गई</numerusform>
            <numerusform>सभी %n दी गईं</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 — waits for %3</source>
        <translation>%2 में से %1 — %3 की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>टेनेंट</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>व्यावसायिक इकाई</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>टियर</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Estimate / month</source>
        <translation>अनुमान / माह</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>बजट</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>अनुरोधकर्ता</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>अनुरोध तिथि</translation>
    </message>
    <message>
        <source>Stage / outcome</source>
        <translation>चरण / परिणाम</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>स्वीकृतियाँ</translation>
    </message>
    <message>
        <source>%1: still needed</source>
        <translation>%1: अभी आवश्यक</translation>
    </message>
    <message>
        <source>%1: given by %2 — %3</source>
        <translation>%1: %2 द्वारा दी गई — %3</translation>
    </message>
    <message>
        <source>%1: refused by %2 — %3</source>
        <translation>%1: %2 द्वारा अस्वीकृत — %3</translation>
    </message>
</context>
<context>
    <name>tenant::ProvisioningService</name>
    <message>
        <source>corrupt provisioning request %1: %2</source>
        <translation>दूषित प्रावधान अनुरोध %1: %2</translation>
    </message>
    <message>
        <source>provisioning request %1 has unknown status %2</source>
        <translation>प्रावधान अनुरोध %1 की स्थिति %2 अज्ञात है</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 पहले से मौजूद है</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already requested by %2</source>
        <translation>&apos;%1&apos; के लिए अनुरोध %2 पहले से मौजूद है</translation>
    </message>
    <message>
        <source>request %1 was decided by someone else</source>
        <translation>अनुरोध %1 पर किसी और ने निर्णय ले लिया है</translation>
    </message>
    <message>
        <source>a decision needs a comment</source>
        <translation>निर्णय के लिए टिप्पणी आवश्यक है</translation>
    </message>
    <message>
        <source>%1 is not an authority (expected one of %2)</source>
        <translation>%1 कोई अधिकार नहीं है (अपेक्षित: %2 में से एक)</translation>
    </message>
    <message>
        <source>request %1 is already %2</source>
        <translation>अनुरोध %1 पहले से %2 है</translation>
    </message>
    <message>
        <source>%1 requested %2 and so cannot decide it; another approver must</source>
        <translation>%1 ने %2 का अनुरोध किया है, इसलिए वे इस पर निर्णय नहीं ले सकते; किसी अन्य अनुमोदक को निर्णय लेना होगा</translation>
    </message>
    <message>
        <source>%1 already approved %2 as %3: each authority is given by a different person</source>
        <translation>%1 ने %2 को पहले ही %3 के रूप में स्वीकृत कर दिया है: हर अधिकार की स्वीकृति अलग व्यक्ति देता है</translation>
    </message>
    <message>
        <source>request %1 waits for %2; %3 holds none of these authorities</source>
        <translation>अनुरोध %1 को %2 की प्रतीक्षा है; %3 के पास इनमें से कोई अधिकार नहीं है</translation>
    </message>
    <message>
        <source>request %1 needs %2, not %3</source>
        <translation>अनुरोध %1 को %2 चाहिए, %3 नहीं</translation>
    </message>
    <message>
        <source>%1 has already been given on request %2</source>
        <translation>अनुरोध %2 पर %1 पहले ही दिया जा चुका है</translation>
    </message>
    <message>
        <source>%1 does not hold the %2 authority for %3</source>
        <translation>%1 के पास %3 के लिए %2 अधिकार नहीं है</translation>
    </message>
    <message>
        <source>no provisioning request %1</source>
        <translation>प्रावधान अनुरोध %1 मौजूद नहीं है</translation>
    </message>
</context>
<context>
    <name>tenant::ProvisioningStepModel</name>
    <message>
        <source>Waiting</source>
        <translation>प्रतीक्षारत</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>चल रहा है…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>हटाया गया</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>%1 (warns)</source>
        <translation>%1 (चेतावनी देता है)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 मि.से.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>कदम</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
</context>
<context>
    <name>tenant::Tenant</name>
    <message>
        <source>must be a string</source>
        <translation>स्ट्रिंग होनी चाहिए</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>पूर्ण संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>संख्या होनी चाहिए</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>स्ट्रिंग की सूची होनी चाहिए</translation>
    </message>
    <message>
        <source>must be an ISO-8601 timestamp</source>
        <translation>ISO-8601 टाइमस्टैम्प होना चाहिए</translation>
    </message>
    <message>
        <source>unknown tier %1 (expected %2)</source>
        <translation>अज्ञात टियर %1 (अपेक्षित: %2)</translation>
    </message>
    <message>
        <source>unknown status %1 (expected %2)</source>
        <translation>अज्ञात स्थिति %1 (अपेक्षित: %2)</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>JSON ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>unknown attribute</source>
        <translation>अज्ञात एट्रिब्यूट</translation>
    </message>
    <message>
        <source>is managed by the system and cannot be set here</source>
        <translation>सिस्टम द्वारा प्रबंधित है और यहाँ सेट नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 संख्या नहीं है</translation>
    </message>
    <message>
        <source>lists %1 twice</source>
        <translation>%1 दो बार सूचीबद्ध है</translation>
    </message>
    <message>
        <source>%1 is not a slug (2-63 characters: lower-case letters, digits and hyphens, starting with a letter)</source>
        <translation>%1 स्लग नहीं है (2-63 वर्ण: छोटे अंग्रेज़ी अक्षर, अंक और हाइफ़न, जो किसी अक्षर से शुरू हो)</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address</source>
        <translation>%1 ई-मेल पता नहीं है</translation>
    </message>
    <message>
        <source>must be in (0, 1], got %1</source>
        <translation>(0, 1] के भीतर होना चाहिए, मिला %1</translation>
    </message>
    <message>
        <source>unknown level %1 (expected %2)</source>
        <translation>अज्ञात स्तर %1 (अपेक्षित: %2)</translation>
    </message>
    <message>
        <source>%1 is not a region name like eu-west-1</source>
        <translation>%1 eu-west-1 जैसा क्षेत्र नाम नहीं है</translation>
    </message>
    <message>
        <source>lists at most %1 regions, got %2</source>
        <translation>अधिकतम %1 क्षेत्र सूचीबद्ध हो सकते हैं, मिले %2</translation>
    </message>
    <message>
        <source>%1 is not among the allowed regions (%2)</source>
        <translation>%1 अनुमत क्षेत्रों (%2) में नहीं है</translation>
    </message>
    <message>
        <source>unknown mode %1 (expected %2)</source>
        <translation>अज्ञात मोड %1 (अपेक्षित: %2)</translation>
    </message>
    <message>
        <source>unknown tag %1 (expected %2)</source>
        <translation>अज्ञात टैग %1 (अपेक्षित: %2)</translation>
    </message>
</context>
<context>
    <name>tenant::TenantImport</name>
    <message>
        <source>tenant %1 (%2): %3</source>
        <translation>टेनेंट %1 (%2): %3</translation>
    </message>
    <message>
        <source>a new tenant starts as draft or active</source>
        <translation>नया टेनेंट draft या active स्थिति में ही शुरू होता है</translation>
    </message>
    <message>
        <source>appears twice in the import</source>
        <translation>आयात में दो बार आता है</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists</source>
        <translation>&apos;%1&apos; पहले से मौजूद है</translation>
    </message>
</context>
<context>
    <name>tenant::TenantRepository</name>
    <message>
        <source>tenant &apos;%1&apos; was changed by someone else (you edited version %2, stored version is %3); reload and apply your change again</source>
        <translation>टेनेंट &apos;%1&apos; को किसी और ने बदल दिया है (आपने संस्करण %2 संपादित किया, सहेजा गया संस्करण %3 है); फिर से लोड करें और अपना बदलाव दोबारा लागू करें</translation>
    </message>
    <message>
        <source>a new tenant starts as draft or active</source>
        <translation>नया टेनेंट draft या active स्थिति में ही शुरू होता है</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 पहले से मौजूद है</translation>
    </message>
    <message>
        <source>no tenant %1</source>
        <translation>टेनेंट %1 मौजूद नहीं है</translation>
    </message>
    <message>
        <source>tenant %1 changed from another state than the one read</source>
        <translation>टेनेंट %1 को पढ़ी गई स्थिति से भिन्न किसी स्थिति से बदला गया</translation>
    </message>
    <message>
        <source>tenant &apos;%1&apos; is %2; only a draft can be removed</source>
        <translation>टेनेंट &apos;%1&apos; %2 है; केवल ड्राफ़्ट को हटाया जा सकता है</translation>
    </message>
    <message>
        <source>changes only through a lifecycle transition</source>
        <translation>केवल लाइफ़साइकल संक्रमण के ज़रिए बदलता है</translation>
    </message>
    <message>
        <source>corrupt tenant row: %1</source>
        <translation>दूषित टेनेंट पंक्ति: %1</translation>
    </message>
    <message>
        <source>no defaults for tier %1</source>
        <translation>टियर %1 के लिए कोई डिफ़ॉल्ट नहीं</translation>
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
        <source>Max users</source>
        <translation>अधिकतम उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अद्यतन</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>मासिक बजट</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>निलंबित</translation>
    </message>
    <message>
        <source>migrating</source>
        <translation>माइग्रेट हो रहा</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>संग्रहित</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>हटाया गया</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>स्वस्थ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>गंभीर</translation>
    </message>
</context>
<context>
    <name>tenant::TextRules</name>
    <message>
        <source>is not valid Unicode (a lone surrogate)</source>
        <translation>मान्य यूनिकोड नहीं है (एक अकेला सरोगेट)</translation>
    </message>
    <message>
        <source>is not valid Unicode (%1 where text was expected)</source>
        <translation>मान्य यूनिकोड नहीं है (जहाँ टेक्स्ट अपेक्षित था वहाँ %1)</translation>
    </message>
    <message>
        <source>must be one line (no line breaks or tabs)</source>
        <translation>एक ही पंक्ति होनी चाहिए (लाइन ब्रेक या टैब नहीं)</translation>
    </message>
    <message>
        <source>must not contain control characters (%1)</source>
        <translation>इसमें नियंत्रण वर्ण नहीं होने चाहिए (%1)</translation>
    </message>
    <message>
        <source>must use plain line breaks (not %1)</source>
        <translation>सामान्य लाइन ब्रेक होने चाहिए (%1 नहीं)</translation>
    </message>
    <message>
        <source>must not contain bidirectional overrides (%1)</source>
        <translation>इसमें द्विदिशात्मक ओवरराइड नहीं होने चाहिए (%1)</translation>
    </message>
    <message>
        <source>must be at most %1 characters, got %2</source>
        <translation>अधिकतम %1 वर्ण होने चाहिए, मिले %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>आवश्यक है</translation>
    </message>
    <message>
        <source>must contain a visible character</source>
        <translation>कम से कम एक दिखाई देने वाला वर्ण होना चाहिए</translation>
    </message>
    <message>
        <source>holds %1; numbers in it must be 0 or between 0.000001 and 10^15 in size</source>
        <translation>इसमें %1 है; इसकी संख्याएँ 0 होनी चाहिए या आकार में 0.000001 और 10^15 के बीच</translation>
    </message>
    <message>
        <source>must be at most %1 bytes of JSON, got %2</source>
        <translation>अधिकतम %1 बाइट JSON होना चाहिए, मिला %2</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>%1 और %2 के बीच होना चाहिए, मिला %3</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, got %2</source>
        <translation>--%1 के लिए पूर्ण संख्या आवश्यक है, मिला %2</translation>
    </message>
    <message>
        <source>--%1 needs a number, got %2</source>
        <translation>--%1 के लिए संख्या आवश्यक है, मिला %2</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>ऑफ़सेट %1 पर त्रुटिपूर्ण JSON: %2</translation>
    </message>
    <message>
        <source>must be one JSON object</source>
        <translation>एक JSON ऑब्जेक्ट होना चाहिए</translation>
    </message>
    <message>
        <source>is given twice in one object</source>
        <translation>एक ही ऑब्जेक्ट में दो बार दिया गया है</translation>
    </message>
    <message>
        <source>%1 is given twice in one object</source>
        <translation>%1 एक ही ऑब्जेक्ट में दो बार दिया गया है</translation>
    </message>
</context>
<context>
    <name>tenant::TierPlanModel</name>
    <message>
        <source>included</source>
        <translation>शामिल</translation>
    </message>
    <message>
        <source>not included</source>
        <translation>शामिल नहीं</translation>
    </message>
    <message>
        <source>dedicated</source>
        <translation>समर्पित</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>साझा</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 मि.से.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>टियर</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Queries/min</source>
        <translation>क्वेरी/मिनट</translation>
    </message>
    <message>
        <source>Documents/month</source>
        <translation>दस्तावेज़/माह</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>अधिकतम टोकन</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>नेमस्पेस</translation>
    </message>
    <message>
        <source>p95 SLA</source>
        <translation>p95 SLA</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>लागत</translation>
    </message>
</context>
<context>
    <name>tenant::Usage</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>पंक्ति %1, कॉलम %2: %3</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>खाली है</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 ऋणात्मक है</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <source>%1 is larger than %2</source>
        <translation>%1, %2 से बड़ा है</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 संख्या नहीं है</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>फ़ाइल %1 MiB से बड़ी है</translation>
    </message>
    <message>
        <source>line 1: the file is empty; it needs a header row</source>
        <translation>पंक्ति 1: फ़ाइल खाली है; इसमें हेडर पंक्ति होनी चाहिए</translation>
    </message>
    <message>
        <source>is not a usage column (%1)</source>
        <translation>उपयोग कॉलम नहीं है (%1)</translation>
    </message>
    <message>
        <source>is named twice</source>
        <translation>दो बार नामित है</translation>
    </message>
    <message>
        <source>is missing from the header</source>
        <translation>हेडर में नहीं है</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>पंक्ति में %1 फ़ील्ड हैं, हेडर में %2</translation>
    </message>
    <message>
        <source>%1 is not a month from 2000-01 to %2 (YYYY-MM)</source>
        <translation>%1, 2000-01 से %2 तक का कोई महीना नहीं है (YYYY-MM)</translation>
    </message>
    <message>
        <source>%1 %2 is given twice (first on line %3)</source>
        <translation>%1 %2 दो बार दिया गया है (पहली बार पंक्ति %3 पर)</translation>
    </message>
</context>
<context>
    <name>tenant::UsageService</name>
    <message>
        <source>line %1, column %2</source>
        <translation>पंक्ति %1, कॉलम %2</translation>
    </message>
    <message>
        <source>is given twice for this tenant</source>
        <translation>इस टेनेंट के लिए दो बार दिया गया है</translation>
    </message>
    <message>
        <source>there is nothing to import</source>
        <translation>आयात करने के लिए कुछ नहीं है</translation>
    </message>
    <message>
        <source>no tenant %1 in the registry</source>
        <translation>रजिस्ट्री में टेनेंट %1 मौजूद नहीं है</translation>
    </message>
    <message>
        <source>is not a usage column (%1)</source>
        <translation>उपयोग कॉलम नहीं है (%1)</translation>
    </message>
    <message>
        <source>must be a PromQL query (text)</source>
        <translation>PromQL क्वेरी (टेक्स्ट) होनी चाहिए</translation>
    </message>
    <message>
        <source>needs a query: it is billed</source>
        <translation>क्वेरी आवश्यक है: इसी का बिल बनता है</translation>
    </message>
</context>
<context>
    <name>tenant::WebhookSubscriptions</name>
    <message>
        <source>%1 is not an http(s) URL with a host</source>
        <translation>%1 होस्ट वाला http(s) URL नहीं है</translation>
    </message>
    <message>
        <source>%1 is no event type; the types are %2 (or * for all)</source>
        <translation>%1 कोई इवेंट प्रकार नहीं है; प्रकार ये हैं: %2 (या सभी के लिए *)</translation>
    </message>
    <message>
        <source>name at least one event type</source>
        <translation>कम से कम एक इवेंट प्रकार बताएँ</translation>
    </message>
    <message>
        <source>adding a webhook subscription needs the platform-admin role</source>
        <translation>वेबहुक सब्सक्रिप्शन जोड़ने के लिए platform-admin भूमिका आवश्यक है</translation>
    </message>
    <message>
        <source>webhook subscription %1 is already removed</source>
        <translation>वेबहुक सब्सक्रिप्शन %1 पहले ही हटाया जा चुका है</translation>
    </message>
    <message>
        <source>removing a webhook subscription needs the platform-admin role</source>
        <translation>वेबहुक सब्सक्रिप्शन हटाने के लिए platform-admin भूमिका आवश्यक है</translation>
    </message>
    <message>
        <source>no webhook subscription %1</source>
        <translation>वेबहुक सब्सक्रिप्शन %1 मौजूद नहीं है</translation>
    </message>
</context>
<context>
    <name>tenant::ui::AuditPage</name>
    <message>
        <source>Tenant</source>
        <translation>टेनेंट</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>कोई भी कार्रवाई</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>कर्ता</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>to</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>शृंखला सत्यापित करें</translation>
    </message>
    <message>
        <source>%1 for every tenant: the chain runs through all their entries</source>
        <translation>हर टेनेंट के लिए %1: शृंखला उनकी सभी प्रविष्टियों से होकर गुज़रती है</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>यह देखने के लिए कि इसने क्या बदला, कोई प्रविष्टि चुनें।</translation>
    </message>
    <message>
        <source>&lt;h3&gt;#%1 %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;#%1 %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; at %2%3&lt;br/&gt;Reason: %4&lt;br/&gt;&lt;small&gt;correlation %5&lt;br/&gt;hash %6&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;, %2%3&lt;br/&gt;कारण: %4&lt;br/&gt;&lt;small&gt;सहसंबंध %5&lt;br/&gt;हैश %6&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, tenant &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>, टेनेंट &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;none given&lt;/i&gt;</source>
        <translation>&lt;i&gt;कोई नहीं दिया गया&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No attribute changed.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;कोई विशेषता नहीं बदली।&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>विशेषता</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>After</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>सत्यापित हो रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n entries (no problem found so far).</source>
        <translation>
            <numerusform>%n प्रविष्टि के बाद सत्यापन रद्द किया गया (अब तक कोई समस्या नहीं मिली)।</numerusform>
            <numerusform>%n प्रविष्टियों के बाद सत्यापन रद्द किया गया (अब तक कोई समस्या नहीं मिली)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>सत्यापित नहीं हो सका: %1</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries verified.</source>
        <translation>
            <numerusform>शृंखला अक्षुण्ण: %n प्रविष्टि सत्यापित।</numerusform>
            <numerusform>शृंखला अक्षुण्ण: %n प्रविष्टियाँ सत्यापित।</numerusform>
        </translation>
    </message>
    <message>
        <source>It still holds entry %1 as verified on %2.</source>
        <translation>इसमें प्रविष्टि %1 अब भी वैसी ही है जैसी %2 को सत्यापित की गई थी।</translation>
    </message>
    <message>
        <source>First verification of this registry here: later ones check that the log still holds these entries.</source>
        <translation>यहाँ इस रजिस्ट्री का पहला सत्यापन: बाद के सत्यापन जाँचेंगे कि लॉग में ये प्रविष्टियाँ अब भी मौजूद हैं।</translation>
    </message>
    <message>
        <source>(Could not remember this head: the settings are not writable.)</source>
        <translation>(यह हेड याद नहीं रखा जा सका: सेटिंग्स लिखने योग्य नहीं हैं।)</translation>
    </message>
    <message>
        <source>Chain broken: %1</source>
        <translation>शृंखला टूटी हुई: %1</translation>
    </message>
</context>
<context>
    <name>tenant::ui::BudgetPage</name>
    <message>
        <source>Budget and approval</source>
        <translation>बजट और स्वीकृति</translation>
    </message>
    <message>
        <source>The chargeback formula&apos;s monthly estimate for this plan and region. The budget must cover it.</source>
        <translation>इस प्लान और क्षेत्र के लिए चार्जबैक सूत्र का मासिक अनुमान। बजट को इसे पूरा करना होगा।</translation>
    </message>
    <message>
        <source> / month</source>
        <translation> / माह</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>अनुमान:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>बजट (&amp;B):</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>स्वीकृति:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 a month&lt;/b&gt; for a %2 tenant in %3&lt;br&gt;%4 API calls × ₹%5 + %6 GB × ₹%7 + %8 compute hours × ₹%9 = %10&lt;br&gt;× %11 (region) × %12 (tier)</source>
        <translation>&lt;b&gt;%1 प्रति माह&lt;/b&gt;, %3 में एक %2 टेनेंट के लिए&lt;br&gt;%4 API कॉल × ₹%5 + %6 GB × ₹%7 + %8 कंप्यूट घंटे × ₹%9 = %10&lt;br&gt;× %11 (क्षेत्र) × %12 (टियर)</translation>
    </message>
    <message>
        <source>Approved automatically: a budget of %1 a month needs no approver. Provisioning starts as soon as you submit.</source>
        <translation>स्वतः स्वीकृत: %1 प्रति माह के बजट के लिए किसी अनुमोदक की आवश्यकता नहीं है। सबमिट करते ही प्रावधान शुरू हो जाता है।</translation>
    </message>
    <message>
        <source>Needs approval by %1: each given in Requests by a different person (not you) before anything is provisioned.</source>
        <translation>%1 की स्वीकृति आवश्यक है: कुछ भी प्रावधान होने से पहले हर स्वीकृति &apos;अनुरोध&apos; में किसी अलग व्यक्ति (आप नहीं) द्वारा दी जानी चाहिए।</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 प्रति माह</translation>
    </message>
</context>
<context>
    <name>tenant::ui::BusinessUnitPage</name>
    <message>
        <source>Business unit</source>
        <translation>व्यावसायिक इकाई</translation>
    </message>
    <message>
        <source>Who is being onboarded. The tenant id names its schema, bucket and collection; it is suggested from the name and cannot change later.</source>
        <translation>किसे ऑनबोर्ड किया जा रहा है। टेनेंट आईडी से इसके स्कीमा, बकेट और कलेक्शन का नाम बनता है; यह नाम से सुझाई जाती है और बाद में बदली नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Acme Corporation</source>
        <translation>Acme कॉर्पोरेशन</translation>
    </message>
    <message>
        <source>acme-corporation</source>
        <translation>acme-corporation</translation>
    </message>
    <message>
        <source>cto@acme.example</source>
        <translation>cto@acme.example</translation>
    </message>
    <message>
        <source>CC-ACME</source>
        <translation>CC-ACME</translation>
    </message>
    <message>
        <source>GDPR keeps the tenant in EU regions, DPDP in India.</source>
        <translation>GDPR टेनेंट को EU क्षेत्रों में रखता है, DPDP भारत में।</translation>
    </message>
    <message>
        <source>Tenant &amp;id:</source>
        <translation>टेनेंट आईडी (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Owner e-mail:</source>
        <translation>स्वामी का ई-मेल (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Cost centre:</source>
        <translation>लागत केंद्र (&amp;C):</translation>
    </message>
    <message>
        <source>Compliance:</source>
        <translation>अनुपालन:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>नाम (&amp;A):</translation>
    </message>
</context>
<context>
    <name>tenant::ui::CascadeProgressDialog</name>
    <message>
        <source>Suspending %1</source>
        <translation>%1 को निलंबित किया जा रहा है</translation>
    </message>
    <message>
        <source>Activating %1</source>
        <translation>%1 को सक्रिय किया जा रहा है</translation>
    </message>
    <message>
        <source>Cutting %1 off in every downstream system, in order. If one fails, the others are put back.</source>
        <translation>हर डाउनस्ट्रीम सिस्टम में क्रम से %1 की पहुँच बंद की जा रही है। यदि कोई विफल होता है, तो बाकी को पहले जैसा कर दिया जाता है।</translation>
    </message>
    <message>
        <source>Restoring %1 in every downstream system, in order. If one fails, the others are put back.</source>
        <translation>हर डाउनस्ट्रीम सिस्टम में क्रम से %1 को बहाल किया जा रहा है। यदि कोई विफल होता है, तो बाकी को पहले जैसा कर दिया जाता है।</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>चल रहा है…</translation>
    </message>
    <message>
        <source>%1 is now %2 (%3 ms in all).</source>
        <translation>%1 अब %2 है (कुल %3 मि.से.)।</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>कुछ नहीं बदला: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n applied step(s) rolled back.</source>
        <translation>
            <numerusform>%n लागू कदम रोलबैक किया गया।</numerusform>
            <numerusform>%n लागू कदम रोलबैक किए गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::ChargebackPage</name>
    <message>
        <source>Month: </source>
        <translation>माह: </translation>
    </message>
    <message>
        <source>&amp;Import usage…</source>
        <translation>उपयोग आयात करें… (&amp;I)</translation>
    </message>
    <message>
        <source>Pull from &amp;Prometheus…</source>
        <translation>Prometheus से लाएँ… (&amp;P)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV निर्यात करें… (&amp;C)</translation>
    </message>
    <message>
        <source>Export P&amp;DF report…</source>
        <translation>PDF रिपोर्ट निर्यात करें… (&amp;D)</translation>
    </message>
    <message>
        <source>Filter tenants and cost centres…</source>
        <translation>टेनेंट और लागत केंद्र फ़िल्टर करें…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>&lt;b&gt;By cost centre&lt;/b&gt;</source>
        <translation>&lt;b&gt;लागत केंद्र के अनुसार&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;By tenant&lt;/b&gt; — tinted rows are over budget; the last column flags quotas within 10 % of their limit</source>
        <translation>&lt;b&gt;टेनेंट के अनुसार&lt;/b&gt; — रंगीन पंक्तियाँ बजट से अधिक हैं; अंतिम कॉलम उन कोटा को चिह्नित करता है जो अपनी सीमा के 10 % के भीतर हैं</translation>
    </message>
    <message>
        <source>Cannot read the chargeback: %1</source>
        <translation>चार्जबैक पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Import usage</source>
        <translation>उपयोग आयात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Pull usage from Prometheus</source>
        <translation>Prometheus से उपयोग लाएँ</translation>
    </message>
    <message>
        <source>Prometheus URL for %1:</source>
        <translation>%1 के लिए Prometheus URL:</translation>
    </message>
    <message>
        <source>Export chargeback as CSV</source>
        <translation>चार्जबैक को CSV के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Export the chargeback report</source>
        <translation>चार्जबैक रिपोर्ट निर्यात करें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>No usage is recorded for %1. Import a usage CSV file or pull it from Prometheus.</source>
        <translation>%1 के लिए कोई उपयोग दर्ज नहीं है। उपयोग की CSV फ़ाइल आयात करें या इसे Prometheus से लाएँ।</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: chargeback &lt;b&gt;%2&lt;/b&gt; against a budget of %3 (%4 %, %5) · &lt;span style=&apos;color:%8&apos;&gt;%6 over budget&lt;/span&gt; · %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %3 के बजट के मुकाबले चार्जबैक &lt;b&gt;%2&lt;/b&gt; (%4 %, %5) · &lt;span style=&apos;color:%8&apos;&gt;%6 बजट से अधिक&lt;/span&gt; · %7</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>अब तक %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n टेनेंट</numerusform>
            <numerusform>%n टेनेंट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near a quota</source>
        <translation>
            <numerusform>%n कोटा के निकट</numerusform>
            <numerusform>%n कोटा के निकट</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget versus chargeback (the largest)</source>
        <translation>बजट बनाम चार्जबैक (सबसे बड़े)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 आयात हो रहा है…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 का आकार %2 MiB से अधिक है</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 आयात नहीं किया गया: %2</translation>
    </message>
    <message>
        <source>imported; budget alerts not sent: %1</source>
        <translation>आयात किया गया; बजट अलर्ट नहीं भेजे गए: %1</translation>
    </message>
    <message>
        <source>Imported usage from %1</source>
        <translation>%1 से उपयोग आयात किया गया</translation>
    </message>
    <message>
        <source>%1 is not an http(s) URL</source>
        <translation>%1 एक http(s) URL नहीं है</translation>
    </message>
    <message>
        <source>Pulling %1 from %2…</source>
        <translation>%2 से %1 लाया जा रहा है…</translation>
    </message>
    <message>
        <source>Nothing was pulled: %1</source>
        <translation>कुछ भी नहीं लाया गया: %1</translation>
    </message>
    <message>
        <source>pulled; budget alerts not sent: %1</source>
        <translation>लाया गया; बजट अलर्ट नहीं भेजे गए: %1</translation>
    </message>
    <message>
        <source>Pulled the usage for %1</source>
        <translation>%1 का उपयोग लाया गया</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 निर्यात किया गया</translation>
    </message>
    <message>
        <source>Import a usage CSV file (%1)</source>
        <translation>उपयोग CSV फ़ाइल आयात करें (%1)</translation>
    </message>
    <message>
        <source>Ta&amp;bles</source>
        <translation>तालिकाएँ (&amp;B)</translation>
    </message>
    <message>
        <source>Ch&amp;arts</source>
        <translation>चार्ट (&amp;A)</translation>
    </message>
</context>
<context>
    <name>tenant::ui::ConnectionDialog</name>
    <message>
        <source>Connect to a registry</source>
        <translation>किसी रजिस्ट्री से कनेक्ट करें</translation>
    </message>
    <message>
        <source>client certificate file (optional)</source>
        <translation>क्लाइंट प्रमाणपत्र फ़ाइल (वैकल्पिक)</translation>
    </message>
    <message>
        <source>its private key file</source>
        <translation>इसकी निजी कुंजी फ़ाइल</translation>
    </message>
    <message>
        <source>CA of the server&apos;s certificate (optional)</source>
        <translation>सर्वर के प्रमाणपत्र का CA (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>सिस्टम कीचेन में याद रखें</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>प्रोफ़ाइल नाम:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>होस्ट:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>पोर्ट:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>डेटाबेस:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>उपयोगकर्ता:</translation>
    </message>
    <message>
        <source>TLS mode:</source>
        <translation>TLS मोड:</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>क्लाइंट प्रमाणपत्र:</translation>
    </message>
    <message>
        <source>Certificate key:</source>
        <translation>प्रमाणपत्र कुंजी:</translation>
    </message>
    <message>
        <source>Server CA:</source>
        <translation>सर्वर CA:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>पासवर्ड:</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>डेटाबेस (&amp;D)</translation>
    </message>
    <message>
        <source>Downstream &amp;systems</source>
        <translation>डाउनस्ट्रीम सिस्टम (&amp;S)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>प्रोफ़ाइल सहेजें</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>प्रोफ़ाइल हटाएँ</translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation>डेमो खोलें</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>कनेक्ट करें</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation>कीचेन उपलब्ध नहीं: %1</translation>
    </message>
    <message>
        <source>No password stored for this profile.</source>
        <translation>इस प्रोफ़ाइल के लिए कोई पासवर्ड सहेजा नहीं गया है।</translation>
    </message>
    <message>
        <source>Password read from the system keychain.</source>
        <translation>पासवर्ड सिस्टम कीचेन से पढ़ा गया।</translation>
    </message>
    <message>
        <source>The keychain refused a downstream secret: %1</source>
        <translation>कीचेन ने एक डाउनस्ट्रीम सीक्रेट अस्वीकार कर दिया: %1</translation>
    </message>
    <message>
        <source>Profile saved; password stored in the system keychain.</source>
        <translation>प्रोफ़ाइल सहेजी गई; पासवर्ड सिस्टम कीचेन में रखा गया।</translation>
    </message>
    <message>
        <source>Profile saved, but the keychain refused the password: %1</source>
        <translation>प्रोफ़ाइल सहेजी गई, लेकिन कीचेन ने पासवर्ड अस्वीकार कर दिया: %1</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>कीचेन से पासवर्ड पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>कीचेन में पासवर्ड रखा जा रहा है…</translation>
    </message>
    <message>
        <source>Profile saved (no password stored).</source>
        <translation>प्रोफ़ाइल सहेजी गई (कोई पासवर्ड नहीं रखा गया)।</translation>
    </message>
    <message>
        <source>Deleted %1 and its stored password.</source>
        <translation>%1 और उसका सहेजा गया पासवर्ड हटा दिया गया।</translation>
    </message>
</context>
<context>
    <name>tenant::ui::DecisionDialog</name>
    <message>
        <source>Approve</source>
        <translation>स्वीकृत करें</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>अस्वीकार करें</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>रोलबैक करें</translation>
    </message>
    <message>
        <source>%1 request %2</source>
        <translation>अनुरोध %2 — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;): %3 in %4, estimated %5 a month against a budget of %6. Requested by %7.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (&lt;tt&gt;%2&lt;/tt&gt;): %4 में %3, %6 के बजट के मुकाबले अनुमानित %5 प्रति माह। अनुरोधकर्ता: %7।</translation>
    </message>
    <message>
        <source>Why it is rolled back (kept in the audit log)</source>
        <translation>रोलबैक क्यों किया जा रहा है (ऑडिट लॉग में रखा जाता है)</translation>
    </message>
    <message>
        <source>Why (kept with the decision and in the audit log)</source>
        <translation>क्यों (निर्णय के साथ और ऑडिट लॉग में रखा जाता है)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>टिप्पणी (&amp;C):</translation>
    </message>
</context>
<context>
    <name>tenant::ui::DownstreamForm</name>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>कीचेन में सहेजा गया; बदलने के लिए टाइप करें</translation>
    </message>
    <message>
        <source>Suspend, activate and provisioning drive these systems. A system left empty uses its demo stand-in, labelled &quot;(demo)&quot;; row-level security is always the registry&apos;s own PostgreSQL.</source>
        <translation>निलंबन, सक्रियण और प्रावधान इन सिस्टम को चलाते हैं। खाली छोड़ा गया सिस्टम अपने डेमो विकल्प का उपयोग करता है, जिस पर &quot;(demo)&quot; लिखा होता है; रो-लेवल सुरक्षा हमेशा रजिस्ट्री का अपना PostgreSQL होती है।</translation>
    </message>
    <message>
        <source>Vector DB (Qdrant) URL:</source>
        <translation>वेक्टर DB (Qdrant) URL:</translation>
    </message>
    <message>
        <source>Qdrant API key:</source>
        <translation>Qdrant API कुंजी:</translation>
    </message>
    <message>
        <source>S3 endpoint:</source>
        <translation>S3 एंडपॉइंट:</translation>
    </message>
    <message>
        <source>S3 region:</source>
        <translation>S3 क्षेत्र:</translation>
    </message>
    <message>
        <source>S3 access key ID:</source>
        <translation>S3 एक्सेस कुंजी ID:</translation>
    </message>
    <message>
        <source>S3 secret key:</source>
        <translation>S3 सीक्रेट कुंजी:</translation>
    </message>
    <message>
        <source>Redis URL:</source>
        <translation>Redis URL:</translation>
    </message>
    <message>
        <source>Redis password:</source>
        <translation>Redis पासवर्ड:</translation>
    </message>
    <message>
        <source>Alertmanager URL:</source>
        <translation>Alertmanager URL:</translation>
    </message>
    <message>
        <source>Provisioning webhook:</source>
        <translation>प्रावधान वेबहुक:</translation>
    </message>
    <message>
        <source>Webhook signing secret:</source>
        <translation>वेबहुक साइनिंग सीक्रेट:</translation>
    </message>
</context>
<context>
    <name>tenant::ui::DriftPage</name>
    <message>
        <source>Check now</source>
        <translation>अभी जाँचें</translation>
    </message>
    <message>
        <source>Read every downstream system back and compare it with the registry (F5)</source>
        <translation>हर डाउनस्ट्रीम सिस्टम को वापस पढ़ें और रजिस्ट्री से तुलना करें (F5)</translation>
    </message>
    <message>
        <source>Reconcile selected</source>
        <translation>चयनित का मिलान करें</translation>
    </message>
    <message>
        <source>Reconcile all…</source>
        <translation>सभी का मिलान करें…</translation>
    </message>
    <message>
        <source>Filter by tenant or system…</source>
        <translation>टेनेंट या सिस्टम से फ़िल्टर करें…</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>अभी तक जाँचा नहीं गया।</translation>
    </message>
    <message>
        <source>Reading every downstream system back…</source>
        <translation>हर डाउनस्ट्रीम सिस्टम को वापस पढ़ा जा रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>No drift: every system holds what the registry says (%n tenant(s), %1 reads, %2 ms).</source>
        <translation>
            <numerusform>कोई विचलन नहीं: हर सिस्टम में वही है जो रजिस्ट्री कहती है (%n टेनेंट, %1 रीड, %2 मि.से.)।</numerusform>
            <numerusform>कोई विचलन नहीं: हर सिस्टम में वही है जो रजिस्ट्री कहती है (%n टेनेंट, %1 रीड, %2 मि.से.)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) out of step with the registry.</source>
        <translation>
            <numerusform>%n सिस्टम रजिस्ट्री से मेल नहीं खाता।</numerusform>
            <numerusform>%n सिस्टम रजिस्ट्री से मेल नहीं खाते।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n tenant(s) in %1 ms.</source>
        <translation>
            <numerusform>%1 मि.से. में %n टेनेंट जाँचा गया।</numerusform>
            <numerusform>%1 मि.से. में %n टेनेंट जाँचे गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed repair.</source>
        <translation>किसी सुधार की आवश्यकता नहीं थी।</translation>
    </message>
    <message>
        <source>Repaired %1.</source>
        <translation>%1 को सुधारा गया।</translation>
    </message>
    <message>
        <source>Could not repair %1.</source>
        <translation>%1 को सुधारा नहीं जा सका।</translation>
    </message>
    <message>
        <source>The drift check failed: %1</source>
        <translation>विचलन जाँच विफल रही: %1</translation>
    </message>
    <message>
        <source>Reconcile all</source>
        <translation>सभी का मिलान करें</translation>
    </message>
    <message numerus="yes">
        <source>Bring the downstream systems of %n tenant(s) back to what the registry says? This changes the real systems; each step is audited.</source>
        <translation>
            <numerusform>%n टेनेंट के डाउनस्ट्रीम सिस्टम को रजिस्ट्री के अनुसार वापस लाएँ? इससे असली सिस्टम बदलते हैं; हर कदम का ऑडिट होता है।</numerusform>
            <numerusform>%n टेनेंट के डाउनस्ट्रीम सिस्टम को रजिस्ट्री के अनुसार वापस लाएँ? इससे असली सिस्टम बदलते हैं; हर कदम का ऑडिट होता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>मिलान करें</translation>
    </message>
</context>
<context>
    <name>tenant::ui::FlagsPage</name>
    <message>
        <source>Feature flags</source>
        <translation>फ़ीचर फ़्लैग</translation>
    </message>
    <message>
        <source>Flag actions</source>
        <translation>फ़्लैग कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>Add flag…</source>
        <translation>फ़्लैग जोड़ें…</translation>
    </message>
    <message>
        <source>Set value…</source>
        <translation>मान सेट करें…</translation>
    </message>
    <message>
        <source>Clear value</source>
        <translation>मान साफ़ करें</translation>
    </message>
    <message>
        <source>Remove flag…</source>
        <translation>फ़्लैग हटाएँ…</translation>
    </message>
    <message>
        <source>tenant override</source>
        <translation>टेनेंट ओवरराइड</translation>
    </message>
    <message>
        <source>tier default</source>
        <translation>टियर डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>global default</source>
        <translation>वैश्विक डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation>अंतर्निहित डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>&lt;b&gt;Effective values&lt;/b&gt; (tenants × flags)</source>
        <translation>&lt;b&gt;प्रभावी मान&lt;/b&gt; (टेनेंट × फ़्लैग)</translation>
    </message>
    <message>
        <source>Add flag</source>
        <translation>फ़्लैग जोड़ें</translation>
    </message>
    <message>
        <source>lower_case_name</source>
        <translation>lower_case_name</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>समाप्ति तिथि</translation>
    </message>
    <message>
        <source>On by default (global)</source>
        <translation>डिफ़ॉल्ट रूप से चालू (वैश्विक)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>विवरण:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>स्वामी:</translation>
    </message>
    <message>
        <source>Added flag %1</source>
        <translation>फ़्लैग %1 जोड़ा गया</translation>
    </message>
    <message>
        <source>Set flag value</source>
        <translation>फ़्लैग मान सेट करें</translation>
    </message>
    <message>
        <source>On</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>Flag:</source>
        <translation>फ़्लैग:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>दायरा:</translation>
    </message>
    <message>
        <source>Tier or tenant:</source>
        <translation>टियर या टेनेंट:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>मान:</translation>
    </message>
    <message>
        <source>Rollout:</source>
        <translation>रोलआउट:</translation>
    </message>
    <message>
        <source>Remove flag</source>
        <translation>फ़्लैग हटाएँ</translation>
    </message>
    <message>
        <source>Remove %1 and every value set for it? Tenants fall back to the built-in default (off).</source>
        <translation>%1 और उसके लिए सेट किए गए सभी मान हटाएँ? टेनेंट अंतर्निहित डिफ़ॉल्ट (बंद) पर लौट आएँगे।</translation>
    </message>
    <message>
        <source>Removed flag %1</source>
        <translation>फ़्लैग %1 हटाया गया</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>निर्धारक: %1</translation>
    </message>
    <message>
        <source>global</source>
        <translation>वैश्विक</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>टियर</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>टेनेंट</translation>
    </message>
</context>
<context>
    <name>tenant::ui::HealthPage</name>
    <message>
        <source>Record sample…</source>
        <translation>नमूना दर्ज करें…</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>टेनेंट:</translation>
    </message>
    <message>
        <source>Health score of %1</source>
        <translation>%1 का स्वास्थ्य स्कोर</translation>
    </message>
    <message>
        <source>score</source>
        <translation>स्कोर</translation>
    </message>
    <message>
        <source>Latency p95 (ms)</source>
        <translation>विलंबता p95 (मि.से.)</translation>
    </message>
    <message>
        <source>Error rate (%)</source>
        <translation>त्रुटि दर (%)</translation>
    </message>
    <message>
        <source>Query success (%)</source>
        <translation>क्वेरी सफलता (%)</translation>
    </message>
    <message>
        <source>Storage used (%)</source>
        <translation>उपयोग किया गया स्टोरेज (%)</translation>
    </message>
    <message>
        <source>Current score by tenant</source>
        <translation>टेनेंट के अनुसार वर्तमान स्कोर</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>स्वस्थ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>गंभीर</translation>
    </message>
    <message>
        <source>Recorded a sample for %1: score %2</source>
        <translation>%1 के लिए नमूना दर्ज किया गया: स्कोर %2</translation>
    </message>
    <message numerus="yes">
        <source>The %1 lowest scores of %Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln टेनेंट में से %1 सबसे कम स्कोर</numerusform>
            <numerusform>%Ln टेनेंट में से %1 सबसे कम स्कोर</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::InterruptedRunsDialog</name>
    <message>
        <source>Interrupted provisioning</source>
        <translation>बाधित प्रावधान</translation>
    </message>
    <message>
        <source>These provisioning runs stopped before they finished. Their tenants are half made until each is resumed (every step is safe to repeat) or rolled back (everything created is removed and checked gone).</source>
        <translation>ये प्रावधान रन पूरे होने से पहले रुक गए। इनके टेनेंट तब तक आधे-अधूरे रहेंगे जब तक हर एक को फिर से शुरू न किया जाए (हर कदम दोहराना सुरक्षित है) या रोलबैक न किया जाए (बनाई गई हर चीज़ हटाई जाती है और जाँचा जाता है कि वह हट गई है)।</translation>
    </message>
    <message>
        <source>run interrupted; rolled back when the console started</source>
        <translation>रन बाधित हुआ; कंसोल शुरू होने पर रोलबैक किया गया</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>फिर से शुरू करें (&amp;R)</translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation>रोलबैक करें (&amp;B)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>बाद में तय करें (&amp;L)</translation>
    </message>
    <message>
        <source>They stay listed under Requests, and are offered again next start.</source>
        <translation>ये &apos;अनुरोध&apos; में सूचीबद्ध रहते हैं, और अगली बार शुरू करने पर फिर से प्रस्तुत किए जाते हैं।</translation>
    </message>
    <message>
        <source>Rollback r&amp;eason:</source>
        <translation>रोलबैक का कारण (&amp;E):</translation>
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
        <translation>बाधित प्रावधान रन नहीं खोजे जा सके: %1</translation>
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
    <message numerus="yes">
        <source>Loading… %Ln tenant(s)</source>
        <translation>
            <numerusform>लोड हो रहा है… %Ln टेनेंट</numerusform>
            <numerusform>लोड हो रहा है… %Ln टेनेंट</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::OverviewPage</name>
    <message>
        <source>Tenants</source>
        <translation>टेनेंट</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>निलंबित</translation>
    </message>
    <message>
        <source>Average health</source>
        <translation>औसत स्वास्थ्य</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>ध्यान देने योग्य</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tenants in the warning or critical band&lt;/b&gt;</source>
        <translation>&lt;b&gt;चेतावनी या गंभीर श्रेणी के टेनेंट&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Budget forecasts this month&lt;/b&gt; — %n tenant(s) on course to exceed the budget</source>
        <translation>
            <numerusform>&lt;b&gt;इस माह के बजट पूर्वानुमान&lt;/b&gt; — %n टेनेंट बजट से अधिक खर्च की राह पर</numerusform>
            <numerusform>&lt;b&gt;इस माह के बजट पूर्वानुमान&lt;/b&gt; — %n टेनेंट बजट से अधिक खर्च की राह पर</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 so far, forecast %4 against a budget of %5</source>
        <translation>%1 (%2): अब तक %3, %5 के बजट के मुकाबले पूर्वानुमान %4</translation>
    </message>
    <message>
        <source>Tenants by tier</source>
        <translation>टियर के अनुसार टेनेंट</translation>
    </message>
    <message>
        <source>Tenants by status</source>
        <translation>स्थिति के अनुसार टेनेंट</translation>
    </message>
</context>
<context>
    <name>tenant::ui::PlanPage</name>
    <message>
        <source>Plan and region</source>
        <translation>प्लान और क्षेत्र</translation>
    </message>
    <message>
        <source>Choose the tier in the plan table, and where the tenant&apos;s data lives.</source>
        <translation>प्लान तालिका में टियर चुनें, और यह भी कि टेनेंट का डेटा कहाँ रहेगा।</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>क्षेत्र (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>टियर (&amp;T):</translation>
    </message>
    <message>
        <source>Could not read the plans: %1</source>
        <translation>प्लान पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>%1  (%2, cost ×%3)</source>
        <translation>%1  (%2, लागत ×%3)</translation>
    </message>
    <message>
        <source>%1  (%2, not allowed by %3)</source>
        <translation>%1  (%2, %3 द्वारा अनुमत नहीं)</translation>
    </message>
    <message>
        <source>No compliance tags: every region is allowed.</source>
        <translation>कोई अनुपालन टैग नहीं: हर क्षेत्र अनुमत है।</translation>
    </message>
    <message>
        <source>Allowed by %1: %2.</source>
        <translation>%1 द्वारा अनुमत: %2।</translation>
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
        <translation>प्रावधान</translation>
    </message>
    <message>
        <source>Creating the tenant in every system, then running the 8 checks. The first five must pass; if one fails, everything is removed again.</source>
        <translation>हर सिस्टम में टेनेंट बनाया जा रहा है, फिर 8 जाँचें चलाई जाएँगी। पहली पाँच का सफल होना ज़रूरी है; यदि कोई विफल होती है, तो सब कुछ फिर से हटा दिया जाता है।</translation>
    </message>
    <message>
        <source>&amp;Cancel provisioning…</source>
        <translation>प्रावधान रद्द करें… (&amp;C)</translation>
    </message>
    <message>
        <source>Provisioning %1</source>
        <translation>%1 का प्रावधान</translation>
    </message>
</context>
<context>
    <name>tenant::ui::ProvisioningRunDialog</name>
    <message>
        <source>&amp;Cancel provisioning…</source>
        <translation>प्रावधान रद्द करें… (&amp;C)</translation>
    </message>
    <message>
        <source>Provisioning %1</source>
        <translation>%1 का प्रावधान</translation>
    </message>
    <message>
        <source>Rolling back %1</source>
        <translation>%1 का रोलबैक</translation>
    </message>
</context>
<context>
    <name>tenant::ui::ProvisioningRunView</name>
    <message>
        <source>Running %1…</source>
        <translation>%1 चल रहा है…</translation>
    </message>
    <message>
        <source>Cancelling: removing what was created…</source>
        <translation>रद्द किया जा रहा है: जो बनाया गया था उसे हटाया जा रहा है…</translation>
    </message>
    <message>
        <source>Pausing after the current step…</source>
        <translation>वर्तमान कदम के बाद रोका जा रहा है…</translation>
    </message>
    <message>
        <source>Provisioning is running</source>
        <translation>प्रावधान चल रहा है</translation>
    </message>
    <message>
        <source>Request %1 is running. Closing now would leave it half done.</source>
        <translation>अनुरोध %1 चल रहा है। अभी बंद करने पर यह आधा-अधूरा रह जाएगा।</translation>
    </message>
    <message>
        <source>Roll back removes everything created so far. Pause stops after the current step; resume or roll back later from Requests.</source>
        <translation>&apos;रोलबैक करें&apos; अब तक बनाई गई हर चीज़ हटा देता है। &apos;रोकें&apos; वर्तमान कदम के बाद रोक देता है; बाद में &apos;अनुरोध&apos; से फिर से शुरू करें या रोलबैक करें।</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>रोलबैक करें</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>चलने दें</translation>
    </message>
    <message>
        <source>Cancel provisioning</source>
        <translation>प्रावधान रद्द करें</translation>
    </message>
    <message>
        <source>Stop request %1 and remove everything created for it so far?</source>
        <translation>अनुरोध %1 रोकें और इसके लिए अब तक बनाई गई हर चीज़ हटाएँ?</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>चल रहा है…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>रोका गया: %1</translation>
    </message>
    <message>
        <source>%1 is active: %2 (%3 ms in all).</source>
        <translation>%1 सक्रिय है: %2 (कुल %3 मि.से.)।</translation>
    </message>
    <message>
        <source>Rolled back: %1. Nothing of %2 remains (%3 ms in all).</source>
        <translation>रोलबैक किया गया: %1। %2 का कुछ भी शेष नहीं है (कुल %3 मि.से.)।</translation>
    </message>
    <message>
        <source>Paused at &quot;%1&quot;. Resume or roll it back from Requests, now or after a restart.</source>
        <translation>&quot;%1&quot; पर रोका गया। अभी या पुनः आरंभ के बाद, &apos;अनुरोध&apos; से इसे फिर से शुरू करें या रोलबैक करें।</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 %2 है।</translation>
    </message>
</context>
<context>
    <name>tenant::ui::ProvisioningWizard</name>
    <message>
        <source>Onboard a business unit</source>
        <translation>व्यावसायिक इकाई ऑनबोर्ड करें</translation>
    </message>
</context>
<context>
    <name>tenant::ui::RecordSampleDialog</name>
    <message>
        <source>Record health sample for %1</source>
        <translation>%1 के लिए स्वास्थ्य नमूना दर्ज करें</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> मि.से.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Latency p95:</source>
        <translation>विलंबता p95:</translation>
    </message>
    <message>
        <source>Error rate:</source>
        <translation>त्रुटि दर:</translation>
    </message>
    <message>
        <source>Query success:</source>
        <translation>क्वेरी सफलता:</translation>
    </message>
    <message>
        <source>Storage used:</source>
        <translation>उपयोग किया गया स्टोरेज:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>स्कोर:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>दर्ज करें</translation>
    </message>
</context>
<context>
    <name>tenant::ui::RequestsPage</name>
    <message>
        <source>Open (needs action)</source>
        <translation>खुले (कार्रवाई आवश्यक)</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>सभी अनुरोध</translation>
    </message>
    <message>
        <source>Request actions</source>
        <translation>अनुरोध कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>दिखाएँ:</translation>
    </message>
    <message>
        <source>Could not load the requests: %1</source>
        <translation>अनुरोध लोड नहीं हो सके: %1</translation>
    </message>
    <message>
        <source>&amp;Onboard business unit…</source>
        <translation>व्यावसायिक इकाई ऑनबोर्ड करें… (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>स्वीकृत करें… (&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>अस्वीकार करें… (&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>प्रावधान करें (&amp;P)</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation>रोलबैक करें… (&amp;B)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>फिर से शुरू करें (&amp;U)</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%2 द्वारा %1: %3</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>परिणाम: %1</translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation>पहुँचा: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>स्वीकृत करें</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>अस्वीकार करें</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>%1 स्वीकृत किया गया</translation>
    </message>
    <message>
        <source>Rejected %1: nothing is provisioned</source>
        <translation>%1 अस्वीकार किया गया: कुछ भी प्रावधान नहीं किया गया</translation>
    </message>
    <message>
        <source>Request %1 for %2: %3</source>
        <translation>%2 के लिए अनुरोध %1: %3</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>स्वीकृति की प्रतीक्षा में</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln request(s)</source>
        <translation>
            <numerusform>%Ln में से %L1 अनुरोध</numerusform>
            <numerusform>%Ln में से %L1 अनुरोध</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenant::ui::ResultPage</name>
    <message>
        <source>Waiting for approval</source>
        <translation>स्वीकृति की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>अनुरोध %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Request &lt;tt&gt;%1&lt;/tt&gt; for &lt;b&gt;%2&lt;/b&gt; is stored.&lt;/p&gt;&lt;p&gt;It waits in &lt;b&gt;Requests&lt;/b&gt; for approval by %3, each given by a different person. Nothing is provisioned until then, and a rejected request provisions nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; के लिए अनुरोध &lt;tt&gt;%1&lt;/tt&gt; सहेजा गया है।&lt;/p&gt;&lt;p&gt;यह &lt;b&gt;अनुरोध&lt;/b&gt; पेज पर %3 की स्वीकृति की प्रतीक्षा करता है, हर स्वीकृति किसी अलग व्यक्ति द्वारा दी जानी चाहिए। तब तक कुछ भी प्रावधान नहीं किया जाता, और अस्वीकृत अनुरोध कुछ भी प्रावधान नहीं करता।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Provisioning stopped</source>
        <translation>प्रावधान रुक गया</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The request is listed in &lt;b&gt;Requests&lt;/b&gt;, where it can be resumed or rolled back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;यह अनुरोध &lt;b&gt;अनुरोध&lt;/b&gt; पेज पर सूचीबद्ध है, जहाँ इसे फिर से शुरू या रोलबैक किया जा सकता है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It never ran.</source>
        <translation>यह कभी नहीं चला।</translation>
    </message>
    <message>
        <source>Request %1, %2 ms</source>
        <translation>अनुरोध %1, %2 मि.से.</translation>
    </message>
    <message>
        <source>%1 is active</source>
        <translation>%1 सक्रिय है</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; is provisioned and active: %2, in %3 ms.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; का प्रावधान हो गया है और यह सक्रिय है: %2, %3 मि.से. में।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;These checks warned (they do not block):&lt;/p&gt;</source>
        <translation>&lt;p&gt;इन जाँचों ने चेतावनी दी (ये रोकती नहीं हैं):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Checks passed:&lt;/p&gt;</source>
        <translation>&lt;p&gt;सफल जाँचें:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The webhook could not be delivered; see the progress page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;वेबहुक डिलीवर नहीं हो सका; प्रगति पेज देखें।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Webhook: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;वेबहुक: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>रोलबैक किया गया</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Removed, in reverse order, and checked gone:&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;उल्टे क्रम में हटाया गया, और जाँचा गया कि हट गया है:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>&lt;p&gt;Request &lt;tt&gt;%1&lt;/tt&gt; stopped at &quot;%2&quot;.&lt;/p&gt;&lt;p&gt;Resume it or roll it back from &lt;b&gt;Requests&lt;/b&gt;; the next start also offers both.&lt;/p&gt;</source>
        <translation>&lt;p&gt;अनुरोध &lt;tt&gt;%1&lt;/tt&gt; &quot;%2&quot; पर रुका।&lt;/p&gt;&lt;p&gt;&lt;b&gt;अनुरोध&lt;/b&gt; पेज से इसे फिर से शुरू करें या रोलबैक करें; अगली बार शुरू करने पर भी दोनों विकल्प मिलते हैं।&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tenant::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>Submitting stores the request. Below the threshold it is provisioned at once; otherwise it waits for approval.</source>
        <translation>सबमिट करने पर अनुरोध सहेजा जाता है। सीमा से कम होने पर इसका तुरंत प्रावधान होता है; अन्यथा यह स्वीकृति की प्रतीक्षा करता है।</translation>
    </message>
    <message>
        <source>&amp;Submit request</source>
        <translation>अनुरोध सबमिट करें (&amp;S)</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>व्यावसायिक इकाई</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>टेनेंट आईडी</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>स्वामी</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>लागत केंद्र</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>अनुपालन</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <source>%1: %2, %3 queries/min, %4 documents/month, %5 max tokens</source>
        <translation>%1: %2, %3 क्वेरी/मिनट, %4 दस्तावेज़/माह, अधिकतम %5 टोकन</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>अनुमान</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 प्रति माह</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>बजट</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>स्वीकृति</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>स्वचालित</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 द्वारा</translation>
    </message>
    <message>
        <source> Go back to change it.</source>
        <translation> इसे बदलने के लिए वापस जाएँ।</translation>
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
        <translation>नया टेनेंट</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 संपादित करें</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>lower-case letters, digits, hyphens</source>
        <translation>छोटे अक्षर, अंक, हाइफ़न</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>अल्पविराम से अलग</translation>
    </message>
    <message>
        <source>1 field needs attention; nothing was saved.</source>
        <translation>1 फ़ील्ड पर ध्यान देना आवश्यक है; कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message numerus="yes">
        <source>%n fields need attention; nothing was saved.</source>
        <translation>
            <numerusform>%n फ़ील्ड पर ध्यान देना आवश्यक है; कुछ भी सहेजा नहीं गया।</numerusform>
            <numerusform>%n फ़ील्ड पर ध्यान देना आवश्यक है; कुछ भी सहेजा नहीं गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by %1 at %2 (%3) while open here. Saving checks your edit against it; nothing of theirs is overwritten unseen.</source>
        <translation>यहाँ खुले रहने के दौरान %1 ने इसे %2 (%3) पर बदला। सहेजते समय आपके संपादन की इससे जाँच होती है; उनका कुछ भी बिना देखे अधिलेखित नहीं होता।</translation>
    </message>
    <message>
        <source>%1: stored &quot;%2&quot;, yours &quot;%3&quot;</source>
        <translation>%1: सहेजा गया &quot;%2&quot;, आपका &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>किसी और ने सहेजा</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you edited it (you started from version %2; it is now version %3).</source>
        <translation>आपके संपादन के दौरान किसी और ने %1 को बदल दिया (आपने संस्करण %2 से शुरू किया था; अब यह संस्करण %3 है)।</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>उनका संस्करण फिर से लोड करें</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>मेरे संस्करण से अधिलेखित करें</translation>
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
    <message numerus="yes">
        <source>%L1 of %Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln में से %L1 टेनेंट</numerusform>
            <numerusform>%Ln में से %L1 टेनेंट</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by id or name (%1)</source>
        <translation>आईडी या नाम से फ़िल्टर करें (%1)</translation>
    </message>
</context>
<context>
    <name>tenant::ui::TransitionDialog</name>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Move &lt;b&gt;%1&lt;/b&gt; (%2) from &lt;b&gt;%3&lt;/b&gt; to &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) को &lt;b&gt;%3&lt;/b&gt; से &lt;b&gt;%4&lt;/b&gt; में ले जाएँ।</translation>
    </message>
    <message>
        <source>Why? Recorded in the audit log</source>
        <translation>क्यों? ऑडिट लॉग में दर्ज किया जाता है</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>कारण:</translation>
    </message>
    <message>
        <source>Deleting is permanent. Type &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>हटाना स्थायी है। पुष्टि के लिए &lt;b&gt;%1&lt;/b&gt; टाइप करें।</translation>
    </message>
    <message>
        <source>Tenant id:</source>
        <translation>टेनेंट आईडी:</translation>
    </message>
</context>
<context>
    <name>tenant::ui::UsersPage</name>
    <message>
        <source>User actions</source>
        <translation>उपयोगकर्ता कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>&amp;Create login…</source>
        <translation>लॉगिन बनाएँ… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Grant…</source>
        <translation>प्रदान करें… (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>वापस लें… (&amp;R)</translation>
    </message>
    <message>
        <source>Who can act on tenant… (id)</source>
        <translation>टेनेंट पर कौन कार्रवाई कर सकता है… (आईडी)</translation>
    </message>
    <message>
        <source>Could not read the roles: %1</source>
        <translation>भूमिकाएँ पढ़ी नहीं जा सकीं: %1</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>लॉगिन</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>शुरू</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <source>Break-glass history</source>
        <translation>ब्रेक-ग्लास इतिहास</translation>
    </message>
    <message>
        <source>A SQLite registry is one local user with no access control: users and roles need a PostgreSQL registry.</source>
        <translation>SQLite रजिस्ट्री एक ही स्थानीय उपयोगकर्ता की है और इसमें कोई एक्सेस नियंत्रण नहीं है: उपयोगकर्ताओं और भूमिकाओं के लिए PostgreSQL रजिस्ट्री आवश्यक है।</translation>
    </message>
    <message>
        <source>You see your own roles. %1</source>
        <translation>आप अपनी भूमिकाएँ देख रहे हैं। %1</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>उपयोगकर्ता और भूमिकाएँ</translation>
    </message>
    <message>
        <source>Login %1 created</source>
        <translation>लॉगिन %1 बनाया गया</translation>
    </message>
    <message>
        <source>%1 holds %2</source>
        <translation>%1 के पास %2 है</translation>
    </message>
    <message>
        <source>%1 no longer holds %2</source>
        <translation>%1 के पास अब %2 नहीं है</translation>
    </message>
    <message>
        <source>Create login</source>
        <translation>लॉगिन बनाएँ</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>लॉगिन (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>फिर से (&amp;A):</translation>
    </message>
    <message>
        <source>Grant a role</source>
        <translation>भूमिका प्रदान करें</translation>
    </message>
    <message>
        <source>empty: every tenant</source>
        <translation>खाली: हर टेनेंट</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>भूमिका (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>टेनेंट (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>अधिकार (&amp;A):</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>वापस लें</translation>
    </message>
    <message>
        <source>Revoke %1 from %2?</source>
        <translation>%2 से %1 वापस लें?</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>वापस लें (&amp;R)</translation>
    </message>
</context>
<context>
    <name>tenant::ui::ValidatingPage</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>टेनेंट आईडी</translation>
    </message>
    <message>
        <source>Owner e-mail</source>
        <translation>स्वामी का ई-मेल</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>लागत केंद्र</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>अनुपालन</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>बजट</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>क्षेत्र</translation>
    </message>
</context>
</TS>
