#pragma once

// Runs the real tenantctl binary against one registry, for the tests that
// check its output, exit codes and refusals end to end.
#include "databaseurl.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace tenant::test {

/// One finished tenantctl.
struct CtlRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

class TenantCtlRunner
{
public:
    void setUrl(const DatabaseUrl &url) { m_url = url; }
    const DatabaseUrl &url() const { return m_url; }

    /// tenantctl --db URL `args`; `environment` adds to the test's own.
    CtlRun run(const QStringList &args, const QProcessEnvironment &environment = {}) const
    {
        QProcess p;
        if (!environment.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(environment);
            p.setProcessEnvironment(env);
        }
        p.start(QStringLiteral(TENANTCTL_PATH),
                QStringList{QStringLiteral("--db"), TestDatabase::urlText(m_url)} + args);
        if (!p.waitForFinished(120000))
            qFatal("tenantctl did not finish: %s",
                   qPrintable(args.join(QLatin1Char(' ')).left(200)));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()).trimmed()};
    }

    /// run(), warning with the error when it does not exit 0.
    CtlRun ok(const QStringList &args) const
    {
        const CtlRun r = run(args);
        if (r.exitCode != 0)
            qWarning("tenantctl %s -> %d: %s", qPrintable(args.join(QLatin1Char(' ')).left(200)),
                     r.exitCode, qPrintable(r.err));
        return r;
    }

private:
    DatabaseUrl m_url;
};

} // namespace tenant::test
