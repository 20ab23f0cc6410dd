// Lifecycle state machine: every (from, to) pair against the design's table,
// the retention rule for archived -> deleted, confirmation, and auditing.
#include "testdatabase.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace tenant;

namespace {
// The design's transitions, written out independently of LifecycleRules.
const QSet<QString> designTransitions = {
    QStringLiteral("draft>active"),        QStringLiteral("draft>deleted"),
    QStringLiteral("active>suspended"),    QStringLiteral("suspended>active"),
    QStringLiteral("active>migrating"),    QStringLiteral("migrating>active"),
    QStringLiteral("migrating>suspended"), QStringLiteral("suspended>archived"),
    QStringLiteral("archived>deleted")};
} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Workspace> m_ws;
    test::TestDatabase m_databases;

    void createTenant(const QString &id, int retentionDays)
    {
        test::createTenant(*m_ws, id, Tier::Silver,
                           [&](Tenant &t) { t.retentionDays = retentionDays; });
    }

    /// Puts a tenant into `status` directly, as fixture set-up.
    void forceStatus(const QString &id, TenantStatus status)
    {
        QSqlQuery q(m_ws->database().connection());
        q.prepare(
            QStringLiteral("UPDATE tenants SET status = ?, archived_at = ? WHERE tenant_id = ?"));
        q.addBindValue(nameOf(status));
        q.addBindValue(status == TenantStatus::Archived || status == TenantStatus::Deleted
                           ? QVariant(QStringLiteral("2020-01-01T00:00:00.000Z"))
                           : QVariant());
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<Workspace>(m_databases.migrated());
        const Status opened = m_ws->open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    }
    void cleanup() { m_ws.reset(); }

    void everyPairFollowsTheDesign_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("valid");
        for (const QString &from : allStatusNames())
            for (const QString &to : allStatusNames())
                QTest::addRow("%s -> %s", qPrintable(from), qPrintable(to))
                    << from << to << designTransitions.contains(from + QLatin1Char('>') + to);
    }
    void everyPairFollowsTheDesign()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, valid);
        createTenant(QStringLiteral("acme"), 0);
        forceStatus(QStringLiteral("acme"), *statusFromString(from));
        QCOMPARE(LifecycleRules::isValid(*statusFromString(from), *statusFromString(to)), valid);

        const int auditBefore = m_ws->audit().list()->size();
        const Result<Tenant> moved =
            m_ws->lifecycle().transition(QStringLiteral("acme"), *statusFromString(to),
                                         QStringLiteral("test"), QStringLiteral("tester"),
                                         /*confirmed=*/true);
        QCOMPARE(moved.ok(), valid);
        const Tenant stored = m_ws->tenants().get(QStringLiteral("acme")).value();
        if (valid) {
            QCOMPARE(nameOf(stored.status), to);
            // Suspend and activate also audit one cascade step per downstream system.
            const bool cascades = to == QLatin1String("suspended") || to == QLatin1String("active");
            const int cascadeEntries =
                cascades ? static_cast<int>(m_ws->cascade().systems().size()) : 0;
            QCOMPARE(m_ws->audit().list()->size(), auditBefore + 1 + cascadeEntries);
        } else {
            QCOMPARE(moved.error().kind, ErrorKind::Rule);
            QCOMPARE(nameOf(stored.status), from);
            QCOMPARE(m_ws->audit().list()->size(), auditBefore);
            // The message names the valid targets.
            QStringList targets;
            for (TenantStatus s : LifecycleRules::validTargets(*statusFromString(from)))
                targets << nameOf(s);
            const QString expected =
                targets.isEmpty() ? QStringLiteral("none") : targets.join(QStringLiteral(", "));
            QVERIFY2(moved.error().message.endsWith(QStringLiteral("valid targets: ") + expected),
                     qPrintable(moved.error().message));
        }
    }

    void archivingStampsTimeAndDeletionWaitsForRetention()
    {
        createTenant(QStringLiteral("legal"), 30);
        forceStatus(QStringLiteral("legal"), TenantStatus::Suspended);
        const QDateTime archivedAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        m_ws->lifecycle().setClock([&] { return archivedAt; });
        const Result<Tenant> archived =
            m_ws->lifecycle().transition(QStringLiteral("legal"), TenantStatus::Archived,
                                         QStringLiteral("closing"), QStringLiteral("t"));
        QVERIFY_OK(archived);
        QCOMPARE(archived->archivedAt, archivedAt);

        // Day 29: retention still running, even with confirmation.
        m_ws->lifecycle().setClock([&] { return archivedAt.addDays(29); });
        Result<Tenant> early =
            m_ws->lifecycle().transition(QStringLiteral("legal"), TenantStatus::Deleted,
                                         QStringLiteral("cleanup"), QStringLiteral("t"), true);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().kind, ErrorKind::Rule);
        QVERIFY2(early.error().message.contains(
                     QStringLiteral("retention period of 30 days runs until 2026-03-31")),
                 qPrintable(early.error().message));

        // Day 30: elapsed, but an explicit confirmation is still required.
        m_ws->lifecycle().setClock([&] { return archivedAt.addDays(30); });
        Result<Tenant> unconfirmed =
            m_ws->lifecycle().transition(QStringLiteral("legal"), TenantStatus::Deleted,
                                         QStringLiteral("cleanup"), QStringLiteral("t"), false);
        QVERIFY(!unconfirmed.ok());
        QVERIFY(unconfirmed.error().message.contains(QStringLiteral("confirm")));
        QCOMPARE(m_ws->tenants().get(QStringLiteral("legal"))->status, TenantStatus::Archived);

        Result<Tenant> deleted =
            m_ws->lifecycle().transition(QStringLiteral("legal"), TenantStatus::Deleted,
                                         QStringLiteral("cleanup"), QStringLiteral("t"), true);
        QVERIFY2(deleted.ok(), deleted.ok() ? "" : qPrintable(deleted.error().message));
        QCOMPARE(m_ws->tenants().get(QStringLiteral("legal"))->status, TenantStatus::Deleted);
    }

    void transitionAuditsReasonAndEmits()
    {
        createTenant(QStringLiteral("hr"), 90);
        QSignalSpy spy(&m_ws->notifier(), &ChangeNotifier::statusChanged);
        QVERIFY(m_ws->lifecycle()
                    .transition(QStringLiteral("hr"), TenantStatus::Active,
                                QStringLiteral("provisioned"), QStringLiteral("alice"))
                    .ok());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("hr"));
        QCOMPARE(spy.first().at(2).value<TenantStatus>(), TenantStatus::Active);
        const AuditEntry last = m_ws->audit().list(QStringLiteral("hr"))->last();
        QCOMPARE(last.action, QStringLiteral("lifecycle.active"));
        QCOMPARE(last.actor, QStringLiteral("alice"));
        QCOMPARE(last.reason, QStringLiteral("provisioned"));
        QVERIFY(last.before.contains(QStringLiteral("\"status\":\"draft\"")));
        QVERIFY(last.after.contains(QStringLiteral("\"status\":\"active\"")));
        QCOMPARE(m_ws->tenants().get(QStringLiteral("hr"))->version, 2);
    }

    void nextStatesListsValidTargets()
    {
        createTenant(QStringLiteral("ops"), 90);
        forceStatus(QStringLiteral("ops"), TenantStatus::Active);
        const auto next = m_ws->lifecycle().nextStates(QStringLiteral("ops"));
        QVERIFY_OK(next);
        QCOMPARE(next.value(),
                 (QList<TenantStatus>{TenantStatus::Suspended, TenantStatus::Migrating}));
        QCOMPARE(m_ws->lifecycle().nextStates(QStringLiteral("nobody")).error().kind,
                 ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
