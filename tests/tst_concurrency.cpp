// Writers that race, on SQLite and PostgreSQL, through real tenantctl
// processes: four at once creating 50 tenants each all succeed (SQLite's
// writers wait for the write lock instead of failing "database is
// locked"), and two updates of one tenant from the same version end with
// exactly one winner and one version conflict (exit 3), never exit 5.
#include "tenantctlrunner.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>

using namespace tenant;

class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    test::TenantCtlRunner m_ctl;

    QProcess *start(const QStringList &args, QObject *parent)
    {
        auto *p = new QProcess(parent);
        p->start(QStringLiteral(TENANTCTL_PATH),
                 QStringList{QStringLiteral("--db"), test::TestDatabase::urlText(m_ctl.url())} +
                     args);
        return p;
    }

private slots:
    void init()
    {
        m_ctl.setUrl(m_databases.migrated());
        QCOMPARE(m_ctl.run({QStringLiteral("init")}).exitCode, 0);
    }

    void fourWritersCreateTwoHundredTenants()
    {
        constexpr int lanes = 4;
        constexpr int perLane = 50;
        QMap<int, int> exits;
        QStringList failures;
        int running = 0;
        QEventLoop loop;
        QObject owner;
        QElapsedTimer clock;
        clock.start();
        // Each lane runs its creates one after another, the four lanes at once.
        std::function<void(int, int)> next = [&](int lane, int i) {
            if (i == perLane) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            const QString id = QStringLiteral("lane%1-t%2").arg(lane).arg(i);
            QProcess *p = start({"tenant", "create", "--id", id, "--name",
                                 QStringLiteral("T ") + id, "--tier", "bronze"},
                                &owner);
            connect(p, &QProcess::finished, &owner, [&, p, lane, i](int code) {
                ++exits[code];
                if (code != 0)
                    failures << QString::fromUtf8(p->readAllStandardError()).trimmed();
                p->deleteLater();
                next(lane, i + 1);
            });
        };
        for (int lane = 0; lane < lanes; ++lane) {
            ++running;
            next(lane, 0);
        }
        loop.exec();
        const qint64 ms = clock.elapsed();
        qInfo("4 writers x 50 creates on %s: %lld ms, exit codes %s",
              qPrintable(m_ctl.url().backendName()), ms,
              qPrintable(QString::number(exits.value(0)) + QStringLiteral(" x 0, ") +
                         QString::number(lanes * perLane - exits.value(0)) +
                         QStringLiteral(" other")));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 3).join(QStringLiteral(" | "))));
        QCOMPARE(exits.value(0), lanes * perLane);

        Workspace ws(m_ctl.url());
        QVERIFY_OK(ws.open());
        QCOMPARE(ws.tenants().list().value().size(), lanes * perLane);
        const Result<AuditVerification> verified = ws.audit().verify();
        QVERIFY(verified.ok() && verified->intact);
        QCOMPARE(verified->entriesChecked, lanes * perLane);
    }

    void racingUpdatesHaveOneWinner()
    {
        QCOMPARE(m_ctl.run({"tenant", "create", "--id", "race", "--name", "Race", "--tier", "gold"})
                     .exitCode,
                 0);
        constexpr int rounds = 20;
        QMap<QString, int> outcomes;
        for (int round = 0; round < rounds; ++round) {
            const int version = round + 1;
            QObject owner;
            QList<QProcess *> racers;
            for (const char *centre : {"CC-A", "CC-B"})
                racers << start({"tenant", "update", "race", "--expected-version",
                                 QString::number(version), "--cost-center",
                                 QStringLiteral("%1-%2").arg(QLatin1String(centre)).arg(round)},
                                &owner);
            QList<int> codes;
            QString loserMessage;
            for (QProcess *p : racers) {
                QVERIFY(p->waitForFinished(120000));
                codes << p->exitCode();
                if (p->exitCode() != 0)
                    loserMessage = QString::fromUtf8(p->readAllStandardError());
            }
            std::sort(codes.begin(), codes.end());
            ++outcomes[QStringLiteral("%1/%2").arg(codes.at(0)).arg(codes.at(1))];
            QVERIFY2(codes == (QList<int>{0, 3}), qPrintable(loserMessage));
            QVERIFY2(loserMessage.contains(QStringLiteral("changed by someone else")),
                     qPrintable(loserMessage));
        }
        Workspace ws(m_ctl.url());
        QVERIFY_OK(ws.open());
        QCOMPARE(ws.tenants().get(QStringLiteral("race"))->version, rounds + 1);
        qInfo("%d racing update pairs on %s: %s", rounds, qPrintable(m_ctl.url().backendName()),
              qPrintable(QStringLiteral("exit 0 and exit 3 in %1 of %2")
                             .arg(outcomes.value("0/3"))
                             .arg(rounds)));
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
