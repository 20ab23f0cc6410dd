// Audit log: hash chain, tamper detection naming the entry, the application
// role's INSERT/SELECT-only rights (PostgreSQL), and rollback of a change
// whose audit write fails.
#include "testdatabase.h"
#include "workspace.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace tenant;

class TestAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Workspace> m_ws;
    DatabaseUrl m_url;
    test::TestDatabase m_databases;
    int m_connection = 0;

    void createTenants(Workspace &ws, int count, const QString &prefix = QStringLiteral("t"))
    {
        for (int i = 0; i < count; ++i)
            test::createTenant(ws, prefix + QString::number(i), Tier::Bronze);
    }

    /// Runs `sql` as someone with direct database access, outside the app.
    void tamper(const QString &sql)
    {
        const QString name = QStringLiteral("tamper-%1").arg(++m_connection);
        {
            QSqlDatabase db = m_url.backend == Backend::PostgreSQL
                                  ? m_databases.adminConnection(m_url)
                                  : test::TestDatabase::rawConnection(m_url, name);
            QSqlQuery q(db);
            if (m_url.backend == Backend::SQLite) {
                // Whoever edits the file can drop the append-only triggers first.
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")));
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete")));
            }
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
        }
    }

private slots:
    void init()
    {
        m_url = m_databases.migrated();
        m_ws = std::make_unique<Workspace>(m_url);
        QVERIFY_OK(m_ws->open());
    }
    void cleanup() { m_ws.reset(); }

    void entriesFormAChain()
    {
        createTenants(*m_ws, 4);
        const QList<AuditEntry> entries = m_ws->audit().list().value();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.first().prevHash, AuditLog::genesisHash());
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries.at(i).seq, qint64(i + 1));
            QCOMPARE(entries.at(i).hash, entries.at(i).computeHash());
            QCOMPARE(entries.at(i).hash.size(), 64);
            if (i > 0)
                QCOMPARE(entries.at(i).prevHash, entries.at(i - 1).hash);
        }
        const AuditVerification v = m_ws->audit().verify().value();
        QVERIFY(v.intact);
        QCOMPARE(v.entriesChecked, qint64(4));
    }

    void diffListsOnlyChangedKeys()
    {
        const QJsonObject before{{"a", 1}, {"b", "x"}, {"gone", true}};
        const QJsonObject after{{"a", 2}, {"b", "x"}, {"new", QJsonArray{"y"}}};
        const QList<FieldChange> changes = diffJson(before, after);
        QStringList keys;
        for (const FieldChange &c : changes)
            keys << c.key;
        QCOMPARE(keys, (QStringList{"a", "gone", "new"}));
        QCOMPARE(changes.at(0).before.toInt(), 1);
        QCOMPARE(changes.at(0).after.toInt(), 2);
        QVERIFY(changes.at(1).after.isUndefined());
        QVERIFY(changes.at(2).before.isUndefined());
        QVERIFY(diffJson(before, before).isEmpty());
    }

    void listAfterASequenceNumber()
    {
        createTenants(*m_ws, 4);
        const QList<AuditEntry> tail = m_ws->audit().list({}, 2).value();
        QCOMPARE(tail.size(), 2);
        QCOMPARE(tail.first().seq, qint64(3));
        QCOMPARE(m_ws->audit().list("t3", 2)->size(), 1);
    }

    void anEditedFieldIsDetected_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::newRow("reason") << "reason = 'nothing to see'";
        QTest::newRow("actor") << "actor = 'someone-else'";
        QTest::newRow("after state") << "after_state = '{}'";
        QTest::newRow("time") << "occurred_at = '2020-01-01T00:00:00.000Z'";
        QTest::newRow("hash recomputed by hand") << "hash = 'f00d'";
    }
    void anEditedFieldIsDetected()
    {
        QFETCH(QString, assignment);
        createTenants(*m_ws, 5);
        tamper(QStringLiteral("UPDATE audit_log SET %1 WHERE seq = 3").arg(assignment));
        const AuditVerification v = m_ws->audit().verify().value();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(3));
        QVERIFY2(v.problem.contains(QStringLiteral("entry 3")), qPrintable(v.problem));
    }

    void aDeletedMiddleEntryIsDetected()
    {
        createTenants(*m_ws, 5);
        tamper(QStringLiteral("DELETE FROM audit_log WHERE seq = 2"));
        const AuditVerification v = m_ws->audit().verify().value();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(2));
        QVERIFY2(v.problem.contains(QStringLiteral("entry 2 is missing")), qPrintable(v.problem));
    }

    void aDeletedNewestEntryIsDetected()
    {
        createTenants(*m_ws, 3);
        tamper(QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
        const AuditVerification v = m_ws->audit().verify().value();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, qint64(3));
        QVERIFY2(v.problem.contains(QStringLiteral("chain head")), qPrintable(v.problem));
    }

    void interleavedWritersKeepOneChain()
    {
        Workspace second(m_url);
        QVERIFY_OK(second.open());
        for (int i = 0; i < 3; ++i) {
            createTenants(*m_ws, 1, QStringLiteral("a%1-").arg(i));
            createTenants(second, 1, QStringLiteral("b%1-").arg(i));
        }
        const AuditVerification v = m_ws->audit().verify().value();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.entriesChecked, qint64(6));
    }

    void appendNeedsTheCallersOpenTransaction()
    {
        const AuditRecord record{"test.outside", {}, {}, {}, {}, {}};
        {
            Transaction committed(m_ws->database());
            QVERIFY_OK(committed.commit());
            const Result<AuditEntry> late = m_ws->audit().append(committed, "t", record);
            QVERIFY(!late);
            QCOMPARE(late.error().kind, ErrorKind::Storage);
        }
        // A transaction on another registry is not this log's.
        Workspace other(m_databases.fresh());
        QVERIFY_OK(other.open());
        {
            Transaction foreign(other.database());
            QVERIFY(foreign.isActive());
            QVERIFY(!m_ws->audit().append(foreign, "t", record));
        }
        QCOMPARE(m_ws->audit().list()->size(), 0);
    }

    void ownEntriesCountFromBeforeTheCommitAndNotAfterARollback()
    {
        const AuditRecord record{"test.own", {}, {}, {}, {}, {}};
        {
            Transaction rolledBack(m_ws->database());
            const Result<AuditEntry> entry = m_ws->audit().append(rolledBack, "t", record);
            QVERIFY_OK(entry);
            QCOMPARE(entry->seq, qint64(1));
            // A console's feed may read the entry as soon as it commits,
            // before commit() has returned here.
            QVERIFY(m_ws->audit().committedHere(1));
        }
        QVERIFY(!m_ws->audit().committedHere(1));

        // Another client takes the number the rollback gave back: not ours.
        Workspace other(m_url);
        QVERIFY_OK(other.open());
        {
            Transaction tx(other.database());
            QVERIFY_OK(other.audit().append(tx, "other", record));
            QVERIFY_OK(tx.commit());
        }
        QVERIFY(!m_ws->audit().committedHere(1));
        {
            Transaction tx(m_ws->database());
            QCOMPARE(m_ws->audit().append(tx, "t", record)->seq, qint64(2));
            QVERIFY_OK(tx.commit());
        }
        QVERIFY(m_ws->audit().committedHere(2));
        QVERIFY(!m_ws->audit().committedHere(1));
    }

    void verifyReportsProgressAndCanBeCancelled()
    {
        {
            Transaction tx(m_ws->database());
            for (int i = 0; i < 2500; ++i)
                QVERIFY_OK(m_ws->audit().append(tx, "bulk", {"test.bulk", {}, {}, {}, {}, {}}));
            QVERIFY_OK(tx.commit());
        }
        QList<qint64> checked;
        QList<qint64> totals;
        const AuditVerification full = m_ws->audit()
                                           .verify([&](qint64 done, qint64 total) {
                                               checked << done;
                                               totals << total;
                                               return true;
                                           })
                                           .value();
        QVERIFY(full.intact);
        QVERIFY(!full.cancelled);
        QCOMPARE(full.entriesChecked, qint64(2500));
        QCOMPARE(checked, (QList<qint64>{1000, 2000}));
        QCOMPARE(totals, (QList<qint64>{2500, 2500}));

        const AuditVerification stopped =
            m_ws->audit().verify([](qint64, qint64) { return false; }).value();
        QVERIFY(stopped.cancelled);
        QCOMPARE(stopped.entriesChecked, qint64(1000));
    }

    void sqliteRefusesUpdateAndDelete()
    {
        if (m_url.backend != Backend::SQLite)
            QSKIP("SQLite's append-only triggers; PostgreSQL uses grants "
                  "(applicationRoleMayOnlyInsertAndSelect)");
        createTenants(*m_ws, 1);
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET reason = 'x'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(m_ws->audit().verify()->intact);
    }

    void applicationRoleMayOnlyInsertAndSelect()
    {
        if (m_url.backend != Backend::PostgreSQL)
            QSKIP("role grants exist on PostgreSQL only; SQLite is covered by "
                  "sqliteRefusesUpdateAndDelete");
        const QString role = QStringLiteral("tapp_%1").arg(QCoreApplication::applicationPid());
        const QString password =
            QStringLiteral("app-secret-%1").arg(QCoreApplication::applicationPid());
        {
            QSqlQuery admin(m_databases.adminConnection(m_url));
            admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
            QVERIFY2(
                admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE tenant_app")
                               .arg(role, password)),
                qPrintable(admin.lastError().text()));
            // A login reaches rows only through a role it holds here (issue
            // 14): even a platform admin may only append to the audit log.
            QVERIFY2(
                admin.exec(
                    QStringLiteral("SELECT ta_grant('%1', 'platform-admin', '', '')").arg(role)),
                qPrintable(admin.lastError().text()));
        }
        DatabaseUrl appUrl = m_url;
        appUrl.user = role;
        appUrl.password = password;
        {
            // The application, as that role, works normally: it inserts and reads audit entries.
            Workspace app(appUrl);
            const Status opened = app.open();
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            createTenants(app, 2);
            QCOMPARE(app.audit().list()->size(), 2);
            QVERIFY(app.audit().verify()->intact);

            QSqlQuery q(app.database().connection());
            QVERIFY(
                !q.exec(QStringLiteral("UPDATE audit_log SET reason = 'rewritten' WHERE seq = 1")));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("permission denied")),
                     qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("permission denied")),
                     qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit_head SET last_seq = 1")));
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE tenants SET max_users = 5 WHERE tenant_id = 't0'"))); // control
            QCOMPARE(app.audit().list()->size(), 2);
            QVERIFY(app.audit().verify()->intact);
        }
        QSqlQuery admin(m_databases.adminConnection(m_url));
        admin.exec(QStringLiteral("REASSIGN OWNED BY %1 TO CURRENT_USER").arg(role));
        admin.exec(QStringLiteral("DROP OWNED BY %1").arg(role));
        admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }

    void aChangeWhoseAuditFailsIsRolledBack()
    {
        // Make every audit insert fail, as a full disk or revoked grant would.
        QSqlQuery q(m_ws->database().connection());
        if (m_url.backend == Backend::SQLite) {
            QVERIFY(q.exec(
                QStringLiteral("CREATE TRIGGER audit_broken BEFORE INSERT ON audit_log "
                               "BEGIN SELECT RAISE(ABORT, 'audit storage unavailable'); END")));
        } else {
            QVERIFY(q.exec(
                QStringLiteral("CREATE FUNCTION audit_broken() RETURNS trigger LANGUAGE plpgsql AS "
                               "$$ BEGIN RAISE EXCEPTION 'audit storage unavailable'; END $$")));
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER audit_broken BEFORE INSERT ON audit_log "
                                          "FOR EACH ROW EXECUTE FUNCTION audit_broken()")));
        }
        Tenant t = m_ws->tenants().tierTemplate(Tier::Gold).value();
        t.tenantId = QStringLiteral("acme");
        t.tenantName = QStringLiteral("Acme");
        const auto created = m_ws->tenants().create(t, QStringLiteral("tester"));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, ErrorKind::Storage);
        QVERIFY2(created.error().message.contains(QStringLiteral("audit storage unavailable")),
                 qPrintable(created.error().message));
        QCOMPARE(m_ws->tenants().get(QStringLiteral("acme")).error().kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
