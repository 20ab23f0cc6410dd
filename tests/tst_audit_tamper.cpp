// The audit log against its own database's owner, on both backends. Each
// tampering below leaves a chain that is consistent in itself (the owner
// knows the algorithm and re-chains), so a plain walk says intact; a
// verifier that has seen the chain before reports it. And the export:
// verified by an independent program (scripts/verify-audit-export.js, Node).
#include "auditcheckpoint.h"
#include "auditexport.h"
#include "testdatabase.h"
#include "verifiedheads.h"
#include "workspace.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace tenant;

class TestAuditTamper : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    DatabaseUrl m_url;
    std::unique_ptr<Workspace> m_ws;
    QTemporaryDir m_dir;
    int m_connection = 0;
    std::optional<CheckpointSigner> m_signer;
    QByteArray m_checkpointFile;

    /// Five entries with the text an export must carry exactly: accents,
    /// an emoji, quotes, commas, a backslash and a line break in a reason.
    void writeEntries()
    {
        for (const char *id : {"alpha", "beta", "gamma"})
            test::createTenant(*m_ws, QLatin1String(id), Tier::Gold, [](Tenant &t) {
                t.tenantName = QStringLiteral("Équipe \"Nord\", Zürich 🚀 \\ /");
            });
        Tenant alpha = m_ws->tenants().get(QStringLiteral("alpha")).value();
        alpha.costCenter = QStringLiteral("CC-ÅÄÖ");
        QVERIFY_OK(m_ws->tenants().update(alpha, QStringLiteral("tester"),
                                          QStringLiteral("line one\nline two, \"quoted\"")));
        QVERIFY_OK(m_ws->lifecycle().transition(QStringLiteral("beta"), TenantStatus::Deleted,
                                                QStringLiteral("audit, test"),
                                                QStringLiteral("tester"), true));
    }

    /// Runs `act` as the database's owner, outside the application: on
    /// SQLite whoever edits the file (the append-only triggers dropped).
    void asOwner(const std::function<void(QSqlQuery &)> &act)
    {
        const QString name = QStringLiteral("owner-%1").arg(++m_connection);
        {
            QSqlDatabase db = m_url.backend == Backend::PostgreSQL
                                  ? m_databases.adminConnection(m_url)
                                  : test::TestDatabase::rawConnection(m_url, name);
            QSqlQuery q(db);
            if (m_url.backend == Backend::SQLite) {
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")));
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete")));
            }
            act(q);
        }
    }

    static void run(QSqlQuery &q, const QString &sql, const QVariantList &binds = {})
    {
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    /// Writes `entries` back re-chained from the first one's predecessor,
    /// with the head row to match: what an owner who edits does next.
    void rechain(QList<AuditEntry> entries, QString prev)
    {
        asOwner([&](QSqlQuery &q) {
            for (AuditEntry &e : entries) {
                e.prevHash = prev;
                e.hash = e.computeHash();
                run(q,
                    QStringLiteral("UPDATE audit_log SET actor = ?, action = ?, reason = ?, "
                                   "prev_hash = ?, hash = ? WHERE seq = ?"),
                    {e.actor, e.action, e.reason, e.prevHash, e.hash, e.seq});
                prev = e.hash;
            }
            const AuditEntry &last = entries.last();
            run(q, QStringLiteral("UPDATE audit_head SET last_seq = ?, last_hash = ?"),
                {last.seq, last.hash});
        });
    }

    /// Deletes the entries after `keep` and points the head at `keep`.
    void cutAfter(qint64 keep)
    {
        const QList<AuditEntry> all = m_ws->audit().list().value();
        asOwner([&](QSqlQuery &q) {
            run(q, QStringLiteral("DELETE FROM audit_log WHERE seq > ?"), {keep});
            if (keep == 0)
                run(q, QStringLiteral("DELETE FROM audit_head"));
            else
                run(q, QStringLiteral("UPDATE audit_head SET last_seq = ?, last_hash = ?"),
                    {keep, all.at(keep - 1).hash});
        });
    }

    /// A plain walk (no memory), one by a verifier that saw `seen`, and one
    /// against a signed checkpoint of `seen` (taken before the tampering,
    /// read back from its file form).
    void expectOnlyTheRememberingVerifierToNotice(const AuditHead &seen, const QString &problemPart)
    {
        const Result<AuditVerification> plain = m_ws->audit().verify();
        QVERIFY_OK(plain);
        QVERIFY2(plain->intact, qPrintable(plain->problem)); // consistent in itself
        const Result<AuditVerification> remembering = m_ws->audit().verify({}, seen);
        QVERIFY_OK(remembering);
        QVERIFY(!remembering->intact);
        QVERIFY2(remembering->problem.contains(problemPart), qPrintable(remembering->problem));

        const Result<AuditCheckpoint> read = AuditCheckpoint::fromJson(m_checkpointFile);
        QVERIFY_OK(read);
        QCOMPARE(read->head, seen);
        QVERIFY_OK(m_signer->check(read.value()));
        const Result<AuditVerification> pinned = m_ws->audit().verify({}, read->head);
        QVERIFY_OK(pinned);
        QVERIFY(!pinned->intact);
        QVERIFY2(pinned->problem.contains(problemPart), qPrintable(pinned->problem));
    }

    /// Signs a checkpoint of the head now, as `audit checkpoint` would.
    AuditHead checkpointNow()
    {
        const AuditHead head = headNow();
        const Result<AuditCheckpoint> c =
            m_signer->sign(VerifiedHeads::keyOf(m_url), head, QDateTime::currentDateTimeUtc());
        if (!c)
            qFatal("sign: %s", qPrintable(c.error().message));
        m_checkpointFile = QJsonDocument(c->toJson()).toJson();
        return head;
    }

    AuditHead headNow() const
    {
        const Result<AuditVerification> v = m_ws->audit().verify();
        return v ? v->head : AuditHead{};
    }

    QString writeExport(AuditExport::Format format, const QString &name)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        const Result<qint64> written = AuditExport::write(m_ws->audit(), format, file);
        if (!written)
            qFatal("export failed: %s", qPrintable(written.error().message));
        return file.fileName();
    }

    struct Verdict
    {
        int exitCode = -1;
        QString out;
    };
    static Verdict verifyWithNode(const QString &file, const QStringList &extra = {})
    {
        QProcess node;
        node.start(
            QStringLiteral("node"),
            QStringList{QStringLiteral(TENANT_SOURCE_DIR "/scripts/verify-audit-export.js"), file} +
                extra);
        // Node.js is part of the test setup (scripts/install-deps.sh): a run
        // without it fails here rather than skipping the independent check.
        if (!node.waitForFinished(60000))
            qFatal("node did not run: %s", qPrintable(node.errorString()));
        return {node.exitCode(), QString::fromUtf8(node.readAllStandardOutput()).trimmed() +
                                     QString::fromUtf8(node.readAllStandardError()).trimmed()};
    }

private slots:
    void initTestCase()
    {
        Result<CheckpointSigner> signer = CheckpointSigner::generate();
        QVERIFY_OK(signer);
        m_signer = std::move(signer).value();
    }

    void init()
    {
        m_url = m_databases.migrated();
        m_ws = std::make_unique<Workspace>(m_url);
        QVERIFY_OK(m_ws->open());
        writeEntries();
    }
    void cleanup() { m_ws.reset(); }

    void aCutTailWithARewrittenHeadIsReported()
    {
        const AuditHead seen = checkpointNow();
        QCOMPARE(seen.seq, qint64(5));
        cutAfter(3);
        expectOnlyTheRememberingVerifierToNotice(seen, "entries were removed");
    }

    void aRechainedEditIsReported()
    {
        const AuditHead seen = checkpointNow();
        QList<AuditEntry> entries = m_ws->audit().list().value();
        entries[1].actor = QStringLiteral("someone-else"); // entry 2
        rechain(entries.mid(1), entries.at(0).hash);
        expectOnlyTheRememberingVerifierToNotice(seen, "the log was rewritten");
    }

    void aForgedReplacementOfTheNewestEntryIsReported()
    {
        const AuditHead seen = checkpointNow();
        QList<AuditEntry> entries = m_ws->audit().list().value();
        AuditEntry forged = entries.last();
        forged.action = QStringLiteral("lifecycle.active"); // was lifecycle.deleted
        forged.reason = QStringLiteral("nothing happened");
        rechain({forged}, entries.at(entries.size() - 2).hash);
        expectOnlyTheRememberingVerifierToNotice(seen, "entry 5 is not the one verified before");
    }

    void aWipedLogIsReported()
    {
        const AuditHead seen = checkpointNow();
        cutAfter(0);
        expectOnlyTheRememberingVerifierToNotice(seen, "the log ends at entry 0");
    }

    void newEntriesExtendWhatWasSeen()
    {
        const AuditHead seen = headNow();
        test::createTenant(*m_ws, QStringLiteral("delta"), Tier::Bronze);
        const Result<AuditVerification> v = m_ws->audit().verify({}, seen);
        QVERIFY_OK(v);
        QVERIFY2(v->intact, qPrintable(v->problem));
        QCOMPARE(v->head.seq, qint64(6));
    }

    void verifiedHeadsAreRememberedPerRegistry()
    {
        const QString settings = m_dir.filePath(QStringLiteral("heads.ini"));
        const DatabaseUrl other = m_databases.fresh();
        {
            VerifiedHeads heads(settings);
            QVERIFY(!heads.seen(m_url));
            heads.remember(m_url, headNow());
        }
        VerifiedHeads heads(settings);
        QCOMPARE(heads.seen(m_url)->head, headNow());
        QVERIFY(heads.seen(m_url)->verifiedAt.isValid());
        QVERIFY(!heads.seen(other));
    }

    void aCheckpointStillHeldVerifies()
    {
        const AuditHead seen = checkpointNow();
        test::createTenant(*m_ws, QStringLiteral("delta"), Tier::Bronze);
        const Result<AuditCheckpoint> read = AuditCheckpoint::fromJson(m_checkpointFile);
        QVERIFY_OK(read);
        QVERIFY_OK(m_signer->check(read.value()));
        const Result<AuditVerification> v = m_ws->audit().verify({}, read->head);
        QVERIFY_OK(v);
        QVERIFY2(v->intact, qPrintable(v->problem));
        QCOMPARE(read->head, seen);
        QCOMPARE(v->head.seq, seen.seq + 1);
    }

    void anAlteredCheckpointIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("problem");
        const QString altered = QStringLiteral("it was altered");
        QTest::newRow("an earlier entry") << "seq" << QJsonValue(2) << altered;
        QTest::newRow("another hash")
            << "hash" << QJsonValue(QString(64, QLatin1Char('a'))) << altered;
        QTest::newRow("another date")
            << "signed_at" << QJsonValue(QStringLiteral("2020-01-01T00:00:00Z")) << altered;
        QTest::newRow("another registry")
            << "registry" << QJsonValue(QStringLiteral("sqlite:/elsewhere")) << altered;
        // A forger's own key pair: a good signature, but not the signer's key.
        QTest::newRow("re-signed by another key")
            << "resign" << QJsonValue() << "not by this signer";
        QTest::newRow("not a whole number") << "seq" << QJsonValue(2.5) << "seq";
        QTest::newRow("hash not hex") << "hash" << QJsonValue(QStringLiteral("zz")) << "hash";
        QTest::newRow("short signature")
            << "signature" << QJsonValue(QStringLiteral("AAAA")) << "signature";
        QTest::newRow("other format") << "format" << QJsonValue(QStringLiteral("x/1")) << "format";
    }

    void anAlteredCheckpointIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problem);
        checkpointNow();
        QJsonObject o = QJsonDocument::fromJson(m_checkpointFile).object();
        if (field == QLatin1String("resign")) {
            const Result<AuditCheckpoint> original = AuditCheckpoint::fromJson(m_checkpointFile);
            const Result<CheckpointSigner> forger = CheckpointSigner::generate();
            QVERIFY_OK(forger);
            const Result<AuditCheckpoint> forged =
                forger->sign(original->registry, {1, original->head.hash}, original->signedAt);
            QVERIFY_OK(forged);
            o = forged->toJson();
        } else {
            o.insert(field, value);
        }
        const Result<AuditCheckpoint> read = AuditCheckpoint::fromJson(QJsonDocument(o).toJson());
        const Status checked = read ? m_signer->check(read.value()) : Status(read.error());
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.contains(problem), qPrintable(checked.error().message));
    }

    void anExportVerifiesWithoutThisProgram_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::newRow("jsonl") << int(AuditExport::Format::JsonLines) << "export.jsonl";
        QTest::newRow("csv") << int(AuditExport::Format::Csv) << "export.csv";
    }
    void anExportVerifiesWithoutThisProgram()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        // An entry rewritten by its owner (hashed as this program hashes)
        // with what the database still lets a reason hold: the independent
        // verifier must encode it the same way.
        QList<AuditEntry> entries = m_ws->audit().list().value();
        entries[2].reason = QStringLiteral("owner's \"note\"\n\ttabbed\r\\ path/to, 😀 ü \u2028");
        rechain(entries.mid(2), entries.at(1).hash);
        const QString file = writeExport(static_cast<AuditExport::Format>(format), name);
        const AuditHead head = headNow();
        const Verdict intact = verifyWithNode(file);
        QCOMPARE(intact.exitCode, 0);
        QCOMPARE(intact.out, QStringLiteral("intact: 5 entries, head 5 ") + head.hash);
        // It still holds an entry seen before...
        QCOMPARE(verifyWithNode(file,
                                {"--head", QStringLiteral("3:") + m_ws->audit().list()->at(2).hash})
                     .exitCode,
                 0);
        // ...but not one that was different...
        const Verdict rewritten = verifyWithNode(file, {"--head", "3:" + QString(64, 'f')});
        QCOMPARE(rewritten.exitCode, 1);
        QVERIFY2(rewritten.out.contains("the log was rewritten"), qPrintable(rewritten.out));
        // ...and one changed byte in it is found by the independent verifier.
        QFile edited(file);
        QVERIFY(edited.open(QIODevice::ReadOnly));
        QByteArray bytes = edited.readAll();
        edited.close();
        QVERIFY(bytes.contains("audit, test"));
        bytes.replace("audit, test", "audit; test");
        QVERIFY(edited.open(QIODevice::WriteOnly | QIODevice::Truncate));
        edited.write(bytes);
        edited.close();
        const Verdict broken = verifyWithNode(file);
        QCOMPARE(broken.exitCode, 1);
        QCOMPARE(broken.out, QStringLiteral("broken: entry 5 does not match its hash"));
    }

    void exportCarriesTheHashedTextExactly()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QCOMPARE(AuditExport::write(m_ws->audit(), AuditExport::Format::Csv, buffer).value(),
                 qint64(5));
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.first(), QByteArray("seq,occurred_at,actor,action,tenant_id,before,after,"
                                           "reason,correlation_id,prev_hash,hash\r"));
        // The reason with a comma, quotes and a line break is one quoted field.
        QVERIFY(buffer.data().contains("\"line one\nline two, \"\"quoted\"\"\""));
    }
};

QTEST_GUILESS_MAIN(TestAuditTamper)
#include "tst_audit_tamper.moc"
