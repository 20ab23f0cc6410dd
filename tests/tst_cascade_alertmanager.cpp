// The monitoring step against a real Prometheus Alertmanager
// (TENANT_TEST_ALERTMANAGER_URL, started by scripts/run-tests.sh), read back
// through the v2 API independently of the adapter.
#include "alertmanageradapter.h"
#include "cascadecoordinator.h"
#include "cascadesupport.h"
#include "httpcall.h"
#include "localadapter.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace tenant;

class TestCascadeAlertmanager : public QObject
{
    Q_OBJECT

private:
    QUrl m_url;
    test::TestDatabase m_databases;
    int m_tenantCounter = 0;
    QString m_tenant;

    /// Active silences for `tenant`, straight from the API: createdBy -> matcher text.
    QMultiMap<QString, QString> activeSilences(const QString &tenant)
    {
        QUrl url = m_url;
        url.setPath(QStringLiteral("/api/v2/silences"));
        const Result<QByteArray> body =
            httpCall("GET", QNetworkRequest(url), {}, QDeadlineTimer(5000));
        QMultiMap<QString, QString> found;
        if (!body)
            return found;
        for (const QJsonValue &v : QJsonDocument::fromJson(body.value()).array()) {
            const QJsonObject s = v.toObject();
            if (s.value("status").toObject().value("state").toString() != "active")
                continue;
            for (const QJsonValue &m : s.value("matchers").toArray()) {
                const QJsonObject matcher = m.toObject();
                if (matcher.value("name").toString() == "tenant_id" &&
                    matcher.value("value").toString() == tenant)
                    found.insert(s.value("createdBy").toString(),
                                 QStringLiteral("tenant_id%1%2")
                                     .arg(matcher.value("isEqual").toBool() ? "=" : "!=",
                                          matcher.value("value").toString()));
            }
        }
        return found;
    }

    CascadeContext context(CascadeAction action) const
    {
        return {m_tenant, action, "corr", QDeadlineTimer(5000)};
    }

private slots:
    void initTestCase()
    {
        m_url = QUrl(qEnvironmentVariable("TENANT_TEST_ALERTMANAGER_URL"));
        QVERIFY2(m_url.isValid() && m_url.port() > 0,
                 "needs TENANT_TEST_ALERTMANAGER_URL=http://127.0.0.1:PORT");
    }
    void init()
    {
        // Silences outlive a test function: every function gets its own tenant.
        m_tenant =
            QStringLiteral("t%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_tenantCounter);
    }

    void suspendSilencesAndActivateExpires()
    {
        AlertmanagerAdapter monitoring(m_url);
        QCOMPARE(monitoring.isApplied(context(CascadeAction::Suspend)).value(), false);
        QVERIFY_OK(monitoring.apply(context(CascadeAction::Suspend)));
        QCOMPARE(activeSilences(m_tenant).values("tenant-admin"),
                 QStringList{"tenant_id=" + m_tenant});
        QCOMPARE(monitoring.isApplied(context(CascadeAction::Suspend)).value(), true);

        QVERIFY_OK(monitoring.apply(context(CascadeAction::Suspend))); // repeat: still one silence
        QCOMPARE(activeSilences(m_tenant).count(), 1);

        QVERIFY_OK(monitoring.apply(context(CascadeAction::Activate)));
        QVERIFY(activeSilences(m_tenant).isEmpty());
        QCOMPARE(monitoring.isApplied(context(CascadeAction::Activate)).value(), true);
    }

    void silencesOfOthersAreLeftAlone()
    {
        QUrl url = m_url;
        url.setPath(QStringLiteral("/api/v2/silences"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QJsonObject oncall{{"matchers", QJsonArray{QJsonObject{{"name", "tenant_id"},
                                                                     {"value", m_tenant},
                                                                     {"isRegex", false},
                                                                     {"isEqual", true}}}},
                                 {"startsAt", now.toString(Qt::ISODate)},
                                 {"endsAt", now.addDays(1).toString(Qt::ISODate)},
                                 {"createdBy", "oncall"},
                                 {"comment", "maintenance"}};
        QVERIFY_OK(httpCall("POST", request, QJsonDocument(oncall).toJson(), QDeadlineTimer(5000)));
        AlertmanagerAdapter monitoring(m_url);
        QVERIFY_OK(monitoring.apply(context(CascadeAction::Suspend)));
        QVERIFY_OK(monitoring.apply(context(CascadeAction::Activate)));
        QCOMPARE(activeSilences(m_tenant).keys(), QStringList{"oncall"});
    }

    void aLaterFailureExpiresTheSilence()
    {
        auto workspace = test::workspaceWithActiveTenant(m_databases, m_tenant);
        Workspace &ws = *workspace;
        CascadeCoordinator coordinator(ws.audit());
        coordinator.addAdapter(std::make_unique<LocalAdapter>(ws.database(), "redis"));
        coordinator.addAdapter(std::make_unique<AlertmanagerAdapter>(m_url));
        coordinator.addAdapter(std::make_unique<test::FailingAdapter>("after-monitoring", "boom"));
        ws.lifecycle().setCascade(&coordinator);
        const Result<Tenant> result = ws.lifecycle().suspend(m_tenant, "x", "t");
        QVERIFY(!result.ok());
        QCOMPARE(ws.tenants().get(m_tenant)->status, TenantStatus::Active);
        QVERIFY(activeSilences(m_tenant).isEmpty());
        QCOMPARE(
            test::auditedSteps(ws, m_tenant),
            (QStringList{"redis (demo) applied", "monitoring applied", "after-monitoring failed",
                         "monitoring compensated", "redis (demo) compensated"}));
        ws.lifecycle().setCascade(nullptr);
    }

    void anUnreachableAlertmanagerFailsTheStep()
    {
        auto workspace = test::workspaceWithActiveTenant(m_databases, m_tenant);
        Workspace &ws = *workspace;
        CascadeCoordinator coordinator(ws.audit());
        coordinator.setStepTimeout(3000);
        auto local = std::make_unique<LocalAdapter>(ws.database(), "redis");
        LocalAdapter *first = local.get();
        coordinator.addAdapter(std::move(local));
        coordinator.addAdapter(std::make_unique<AlertmanagerAdapter>(QUrl("http://127.0.0.1:1")));
        ws.lifecycle().setCascade(&coordinator);
        const Result<Tenant> result = ws.lifecycle().suspend(m_tenant, "x", "t");
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains("monitoring failed"),
                 qPrintable(result.error().message));
        QCOMPARE(first->isSuspended(m_tenant).value(), false);
        ws.lifecycle().setCascade(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestCascadeAlertmanager)
#include "tst_cascade_alertmanager.moc"
