// tenant-bench: builds a deterministic registry of N tenants and F flags
// (default 100,000 and 500) and prints the figures the console depends on,
// one per line as "name value unit" (or one JSON document with --json):
// bulk import, table load (first rows, all rows), sort and filter, the
// effective flag matrix cold and warm, single evaluations, cold start of
// the demo console, and the table's memory.
#include "batchinsert.h"
#include "database.h"
#include "flagtreemodel.h"
#include "sqlvalues.h"
#include "tenantfilterproxymodel.h"
#include "tenanttablemodel.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace tenant;

namespace {

struct Figure
{
    QString name;
    double value = 0;
    QString unit;
};

/// A line of /proc/self/status in MB ("VmRSS", "VmHWM"); 0 elsewhere.
double procStatusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// Deterministic tenants: the same N for the same seed, every run.
QList<Tenant> generateTenants(Workspace &ws, int count)
{
    static const char *adjectives[] = {"north",   "south",   "global",  "retail", "private",
                                       "digital", "central", "coastal", "united", "prime"};
    static const char *units[] = {"finance", "legal",  "people",   "risk",  "payments",
                                  "lending", "claims", "research", "trade", "markets"};
    static const char *regions[] = {"us-east-1",  "us-west-2",  "eu-west-1",     "eu-central-1",
                                    "ap-south-1", "ap-south-2", "ap-southeast-1"};
    QHash<Tier, Tenant> templates;
    for (Tier tier : {Tier::Platinum, Tier::Gold, Tier::Silver, Tier::Bronze})
        templates.insert(tier, ws.tenants().tierTemplate(tier).value());
    QRandomGenerator random(20261124);
    QList<Tenant> tenants;
    tenants.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int pick = static_cast<int>(random.bounded(100));
        const Tier tier = pick < 5    ? Tier::Platinum
                          : pick < 25 ? Tier::Gold
                          : pick < 60 ? Tier::Silver
                                      : Tier::Bronze;
        Tenant t = templates.value(tier);
        const char *adjective = adjectives[random.bounded(10)];
        const char *unit = units[random.bounded(10)];
        t.tenantId = QStringLiteral("%1-%2-%3")
                         .arg(QLatin1String(adjective), QLatin1String(unit))
                         .arg(i, 6, 10, QLatin1Char('0'));
        t.tenantName =
            QStringLiteral("%1 %2 %3")
                .arg(QLatin1String(adjective).toString().toUpper().left(1) +
                         QLatin1String(adjective).mid(1),
                     QLatin1String(unit).toString().toUpper().left(1) + QLatin1String(unit).mid(1))
                .arg(i);
        t.status = random.bounded(10) == 0 ? TenantStatus::Draft : TenantStatus::Active;
        t.region = QLatin1String(regions[random.bounded(7)]);
        t.costCenter = QStringLiteral("CC-%1").arg(random.bounded(1000), 4, 10, QLatin1Char('0'));
        t.monthlyBudget = 10000 * static_cast<qint64>(1 + random.bounded(500));
        t.healthScore = random.bounded(10) == 0 ? std::optional<int>()
                                                : std::optional<int>(random.bounded(101));
        tenants << t;
    }
    return tenants;
}

/// F flags: a global default each, tier defaults on every third, and one
/// tenant override per flag for 1 tenant in 250; a tenth roll out partly.
Status generateFlags(Database &db, const QList<Tenant> &tenants, int count)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    const QString now = isoTimestamp(QDateTime::currentDateTimeUtc());
    Result<QSqlQuery> flag = db.prepare(QStringLiteral(
        "INSERT INTO feature_flags (name, description, owner, created_at) VALUES (?, ?, ?, ?)"));
    Result<QSqlQuery> value =
        db.prepare(QStringLiteral("INSERT INTO flag_values (flag_name, scope, scope_id, enabled, "
                                  "rollout_percentage, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!flag)
        return flag.error();
    if (!value)
        return value.error();
    QRandomGenerator random(500);
    auto setValue = [&](const QString &name, const QString &scope, const QString &scopeId,
                        bool enabled, int rollout) {
        const QVariant values[] = {name, scope, scopeId, enabled, rollout, now};
        for (int i = 0; i < 6; ++i)
            value->bindValue(i, values[i]);
        return Database::exec(value.value(), QStringLiteral("bench flag value"));
    };
    for (int f = 0; f < count; ++f) {
        const QString name = QStringLiteral("feature_%1").arg(f, 3, 10, QLatin1Char('0'));
        const QVariant row[] = {name, QStringLiteral("benchmark flag"), QStringLiteral("bench"),
                                now};
        for (int i = 0; i < 4; ++i)
            flag->bindValue(i, row[i]);
        if (Status s = Database::exec(flag.value(), QStringLiteral("bench flag")); !s)
            return s;
        const int rollout = f % 10 == 0 ? 25 + static_cast<int>(random.bounded(50)) : 100;
        if (Status s = setValue(name, QStringLiteral("global"), {}, f % 2 == 0, rollout); !s)
            return s;
        if (f % 3 == 0)
            for (const char *tier : {"platinum", "gold"})
                if (Status s =
                        setValue(name, QStringLiteral("tier"), QLatin1String(tier), true, 100);
                    !s)
                    return s;
        for (int t = f % 250; t < tenants.size(); t += 250)
            if (Status s = setValue(name, QStringLiteral("tenant"), tenants.at(t).tenantId,
                                    random.bounded(2) == 0, 100);
                !s)
                return s;
    }
    return tx.commit();
}

/// Runs the event loop until `done` holds (or 120 s pass).
bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer limit;
    limit.start();
    while (!done()) {
        if (limit.elapsed() > 120000)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

/// A fresh database for the run: a file in `dir`, or a new database on the
/// PostgreSQL server of `server` (dropped again by the caller).
Result<DatabaseUrl> freshDatabase(const QString &server, const QTemporaryDir &dir,
                                  QString *createdPgDatabase)
{
    if (server.isEmpty())
        return DatabaseUrl::parse(QStringLiteral("sqlite:") +
                                  dir.filePath(QStringLiteral("bench.sqlite")));
    const Result<DatabaseUrl> base = DatabaseUrl::parse(server);
    if (!base)
        return base.error();
    const QString name = QStringLiteral("tenant_bench_%1").arg(QCoreApplication::applicationPid());
    {
        Database admin(base.value());
        const QSqlDatabase connection = admin.connection();
        if (!connection.isOpen())
            return Error::storage(connection.lastError().text());
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            return Error::storage(q.lastError().text());
    }
    *createdPgDatabase = name;
    QString url = server;
    url.truncate(url.lastIndexOf(QLatin1Char('/')) + 1);
    return DatabaseUrl::parse(url + name);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tenant-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tenant Admin's figures at scale"));
    parser.addHelpOption();
    const QCommandLineOption tenantsOption(QStringLiteral("tenants"),
                                           QStringLiteral("Tenants to generate (100000)."),
                                           QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption flagsOption(QStringLiteral("flags"),
                                         QStringLiteral("Flags to generate (500)."),
                                         QStringLiteral("F"), QStringLiteral("500"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("A PostgreSQL server URL (postgresql://USER@HOST:PORT/DB) to run on; a "
                       "fresh database is made on it and dropped after. Default: SQLite."),
        QStringLiteral("URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the figures as JSON."));
    parser.addOptions({tenantsOption, flagsOption, dbOption, jsonOption});
    parser.process(app);
    const int tenantCount = parser.value(tenantsOption).toInt();
    const int flagCount = parser.value(flagsOption).toInt();
    if (tenantCount < 1 || flagCount < 1) {
        std::fprintf(stderr, "tenant-bench: --tenants and --flags must be positive\n");
        return 2;
    }

    QList<Figure> figures;
    auto report = [&figures](const QString &name, double value, const QString &unit) {
        figures << Figure{name, value, unit};
        std::fprintf(stderr, "  %s %.3f %s\n", qPrintable(name), value, qPrintable(unit));
    };
    auto fail = [](const QString &what, const Error &error) {
        std::fprintf(stderr, "tenant-bench: %s: %s\n", qPrintable(what), qPrintable(error.message));
        return 5;
    };

    QTemporaryDir dir;
    QString pgDatabase;
    const Result<DatabaseUrl> url = freshDatabase(parser.value(dbOption), dir, &pgDatabase);
    if (!url)
        return fail(QStringLiteral("database"), url.error());
    int exitCode = 0;
    {
        Workspace ws(url.value());
        ws.setActor(QStringLiteral("tenant-bench"));
        if (Status s = ws.open(); !s)
            return fail(QStringLiteral("open"), s.error());
        std::fprintf(stderr, "tenant-bench: %d tenants, %d flags on %s\n", tenantCount, flagCount,
                     qPrintable(url->backendName()));

        // Bulk import: every tenant, validated, in one transaction with its audit entry.
        const QList<Tenant> tenants = generateTenants(ws, tenantCount);
        QElapsedTimer timer;
        timer.start();
        const Result<int> imported =
            ws.tenants().importTenants(tenants, ws.actor(), QStringLiteral("benchmark"));
        if (!imported)
            return fail(QStringLiteral("import"), imported.error());
        report(QStringLiteral("import_tenants"), ms(timer), QStringLiteral("ms"));
        if (Status s = generateFlags(ws.database(), tenants, flagCount); !s)
            return fail(QStringLiteral("flags"), s.error());

        // The tenant table: first rows, all rows, and what it holds.
        const double rssBefore = procStatusMb("VmRSS");
        auto *model = new TenantTableModel(ws.tenants(), ws.health(), ws.pool());
        double firstRows = -1;
        QObject::connect(model, &QAbstractItemModel::modelReset, model, [&] {
            if (firstRows < 0 && model->rowCount() > 0)
                firstRows = ms(timer);
        });
        timer.restart();
        model->reload();
        if (!waitFor([model] { return !model->isLoading(); }))
            return fail(QStringLiteral("load"), Error::storage(QStringLiteral("timed out")));
        const double allRows = ms(timer);
        if (model->rowCount() != tenantCount)
            return fail(QStringLiteral("load"),
                        Error::storage(QStringLiteral("%1 rows, expected %2")
                                           .arg(model->rowCount())
                                           .arg(tenantCount)));
        report(QStringLiteral("table_first_rows"), firstRows, QStringLiteral("ms"));
        report(QStringLiteral("table_all_rows"), allRows, QStringLiteral("ms"));

        // Sort by health, then filter keystrokes on the sorted table (as the
        // view does); the slowest keystroke counts.
        TenantFilterProxyModel proxy; // as the Tenants page sets it up
        proxy.setSourceModel(model);
        proxy.setSortInSource(true);
        // A proxy maps lazily; a view asks at once, and so does this.
        auto shown = [&proxy] {
            return proxy.rowCount() > 0 ? proxy.index(0, 0).data().toString() : QString();
        };
        (void)shown();
        report(QStringLiteral("table_memory"), procStatusMb("VmRSS") - rssBefore,
               QStringLiteral("MB"));
        timer.restart();
        proxy.sort(TenantTableModel::HealthColumn, Qt::DescendingOrder);
        (void)shown();
        report(QStringLiteral("sort_by_health"), ms(timer), QStringLiteral("ms"));
        double slowest = 0;
        QString typed;
        for (const QChar key : QStringLiteral("risk-0042")) {
            typed += key;
            timer.restart();
            proxy.setText(typed);
            (void)shown();
            slowest = std::max(slowest, ms(timer));
            std::fprintf(stderr, "    \"%s\": %.2f ms, %d rows\n", qPrintable(typed), ms(timer),
                         proxy.rowCount());
        }
        report(QStringLiteral("filter_keystroke"), slowest, QStringLiteral("ms"));
        timer.restart();
        proxy.setText({});
        (void)shown();
        report(QStringLiteral("filter_clear"), ms(timer), QStringLiteral("ms"));

        // The effective matrix: cold (flags read from the database), then warm.
        QList<FlagMatrix::TenantKey> keys;
        keys.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            keys.append({model->tenantAt(row).tenantId, model->tenantAt(row).tier});
        ws.flags().invalidate();
        timer.restart();
        QStringList flagNames;
        const Result<FlagMatrix> cold = ws.flags().matrix(keys, &flagNames);
        if (!cold)
            return fail(QStringLiteral("matrix"), cold.error());
        report(QStringLiteral("flag_matrix_cold"), ms(timer), QStringLiteral("ms"));
        timer.restart();
        const Result<FlagMatrix> warm = ws.flags().matrix(keys);
        report(QStringLiteral("flag_matrix_warm"), ms(timer), QStringLiteral("ms"));
        report(QStringLiteral("flag_matrix_cells"),
               static_cast<double>(cold->tenantCount()) * cold->flagCount(),
               QStringLiteral("cells"));
        if (warm->enabledCount() != cold->enabledCount())
            return fail(QStringLiteral("matrix"),
                        Error::storage(QStringLiteral("cold and warm differ")));

        // The Flags page's tree: every flag with its global, tier and tenant values.
        {
            timer.restart();
            const FlagTreeModel tree(ws.flags(), ws.actor(), ws.pool());
            if (!waitFor([&tree] { return !tree.isLoading(); }))
                return fail(QStringLiteral("flag tree"),
                            Error::storage(QStringLiteral("timed out")));
            report(QStringLiteral("flag_tree_load"), ms(timer), QStringLiteral("ms"));
        }

        // Single evaluations: through the cache, and straight from the flag values.
        constexpr int pairs = 1000;
        constexpr int rounds = 1000;
        QList<std::pair<int, QString>> sample;
        for (int i = 0; i < pairs; ++i)
            sample.append({static_cast<int>((i * 7919) % keys.size()),
                           flagNames.at((i * 104729) % flagNames.size())});
        for (const auto &[row, flag] : sample)
            (void)ws.flags().evaluate(keys.at(row).tenantId, keys.at(row).tier, flag);
        int on = 0;
        // One untimed round first: the timed ones measure lookups, not the
        // first touch of the cache's memory.
        for (const auto &[row, flag] : sample)
            on += ws.flags().isEnabled(keys.at(row).tenantId, keys.at(row).tier, flag).value();
        timer.restart();
        for (int r = 0; r < rounds; ++r)
            for (const auto &[row, flag] : sample)
                on += ws.flags().isEnabled(keys.at(row).tenantId, keys.at(row).tier, flag).value();
        report(QStringLiteral("flag_eval_cached"),
               static_cast<double>(timer.nsecsElapsed()) / (pairs * rounds), QStringLiteral("ns"));
        timer.restart();
        for (int r = 0; r < rounds; ++r)
            for (const auto &[row, flag] : sample)
                on += ws.flags().evaluate(keys.at(row).tenantId, keys.at(row).tier, flag)->enabled;
        report(QStringLiteral("flag_evaluation_cached"),
               static_cast<double>(timer.nsecsElapsed()) / (pairs * rounds), QStringLiteral("ns"));
        const Result<FlagEvaluator> snapshot = ws.flags().snapshot();
        if (!snapshot)
            return fail(QStringLiteral("flags"), snapshot.error());
        const FlagEvaluator &evaluator = snapshot.value();
        for (const auto &[row, flag] : sample)
            on += evaluator.evaluate(keys.at(row).tenantId, keys.at(row).tier, flag).enabled;
        timer.restart();
        for (int r = 0; r < rounds / 10; ++r)
            for (const auto &[row, flag] : sample)
                on += evaluator.evaluate(keys.at(row).tenantId, keys.at(row).tier, flag).enabled;
        report(QStringLiteral("flag_eval_uncached"),
               static_cast<double>(timer.nsecsElapsed()) / (pairs * rounds / 10),
               QStringLiteral("ns"));
        if (on < 0)
            exitCode = 5; // keeps the loops from being optimised away

        // Chargeback: a year of usage for every tenant, then a month's
        // report (per tenant, per cost centre) and the 12-month trend.
        {
            const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
            timer.restart();
            Transaction tx(ws.database());
            BatchInsert usage(ws.database(), QStringLiteral("tenant_usage"),
                              {QStringLiteral("tenant_id"), QStringLiteral("month"),
                               QStringLiteral("api_calls"), QStringLiteral("storage_gb"),
                               QStringLiteral("compute_hours"), QStringLiteral("documents"),
                               QStringLiteral("tier"), QStringLiteral("region"),
                               QStringLiteral("cost_center"), QStringLiteral("monthly_budget"),
                               QStringLiteral("source"), QStringLiteral("recorded_by"),
                               QStringLiteral("recorded_at")},
                              150, QStringLiteral("seed usage"));
            const QString recorder = ws.database().actorFor(ws.actor());
            const QString at = isoTimestamp(QDateTime::currentDateTimeUtc());
            for (int m = 1; m <= 12; ++m) {
                const QString month = usageMonthText(thisMonth.addMonths(-m));
                for (int i = 0; i < int(tenants.size()); ++i) {
                    const Tenant &t = tenants.at(i); // a row's billing terms are its tenant's
                    if (Status s = usage.add(
                            {t.tenantId, month, qint64(100000 + (i * 7919 + m * 104729) % 900000),
                             double(50 + (i * 31 + m) % 950), double(100 + (i * 17 + m * 3) % 1900),
                             qint64(1000 + i % 5000), nameOf(t.tier), t.region, t.costCenter,
                             t.monthlyBudget, QStringLiteral("bench"), recorder, at});
                        !s)
                        return fail(QStringLiteral("usage"), s.error());
                }
            }
            if (Status s = usage.finish(); !s)
                return fail(QStringLiteral("usage"), s.error());
            if (Status s = tx.commit(); !s)
                return fail(QStringLiteral("usage"), s.error());
            report(QStringLiteral("usage_seed_12_months"), ms(timer), QStringLiteral("ms"));

            const QString lastMonth = usageMonthText(thisMonth.addMonths(-1));
            timer.restart();
            const Result<ChargebackReport> month = ws.chargeback().report(lastMonth);
            if (!month)
                return fail(QStringLiteral("chargeback"), month.error());
            report(QStringLiteral("chargeback_month"), ms(timer), QStringLiteral("ms"));
            report(QStringLiteral("chargeback_month_tenants"), double(month->tenants.size()),
                   QStringLiteral("tenants"));
            report(QStringLiteral("chargeback_cost_centres"), double(month->costCentres.size()),
                   QStringLiteral("centres"));
            timer.restart();
            const Result<QList<TrendMonth>> trend = ws.chargeback().trend(lastMonth);
            if (!trend)
                return fail(QStringLiteral("trend"), trend.error());
            report(QStringLiteral("chargeback_trend_12_months"), ms(timer), QStringLiteral("ms"));
            // The trend's last month and the report price the same usage (the
            // report rounds each tenant to the paisa, the trend sums exactly).
            if (std::abs(trend->last().chargeback() - month->total.budget.chargeback) >
                0.005 * double(month->tenants.size()) + 1.0)
                return fail(QStringLiteral("trend"),
                            Error::storage(QStringLiteral("the trend and the report disagree")));
        }

        delete model;
        report(QStringLiteral("peak_memory"), procStatusMb("VmHWM"), QStringLiteral("MB"));
    }
    if (!pgDatabase.isEmpty()) {
        Database admin(DatabaseUrl::parse(parser.value(dbOption)).value());
        QSqlQuery drop(admin.connection());
        drop.exec(QStringLiteral("DROP DATABASE %1").arg(pgDatabase));
    }

    // Cold start of the demo console to a shown window: the first start fills
    // the demo file; the next ones open it (median of three).
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    auto start = [&env]() -> double {
        QProcess console;
        console.setProcessEnvironment(env);
        console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer clock;
        clock.start();
        console.start(
            QStringLiteral(TENANT_ADMIN_PATH),
            {QStringLiteral("--demo"), QStringLiteral("--quit-after"), QStringLiteral("0")});
        if (!console.waitForFinished(60000) || console.exitCode() != 0)
            return -1;
        return ms(clock);
    };
    report(QStringLiteral("demo_first_start"), start(), QStringLiteral("ms"));
    QList<double> starts = {start(), start(), start()};
    std::sort(starts.begin(), starts.end());
    report(QStringLiteral("demo_cold_start"), starts.at(1), QStringLiteral("ms"));

    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const Figure &f : figures)
            list << QJsonObject{{QStringLiteral("name"), f.name},
                                {QStringLiteral("value"), f.value},
                                {QStringLiteral("unit"), f.unit}};
        const QJsonObject doc{{QStringLiteral("tenants"), tenantCount},
                              {QStringLiteral("flags"), flagCount},
                              {QStringLiteral("backend"), url->backendName()},
                              {QStringLiteral("figures"), list}};
        std::printf("%s", QJsonDocument(doc).toJson().constData());
    } else {
        for (const Figure &f : figures)
            std::printf("%s %.3f %s\n", qPrintable(f.name), f.value, qPrintable(f.unit));
    }
    return exitCode;
}
