// usage and chargeback: importing and pulling usage, the monthly report
// (text, JSON, CSV, PDF), budget forecasts, and the finance policies.
#include "arguments.h"
#include "chargebackpdf.h"
#include "command.h"
#include "financejobs.h"
#include "httpcall.h"
#include "output.h"
#include "workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace tenant {

namespace {

constexpr int networkTimeoutMs = 30000;

/// Where budget alerts go: --alertmanager, else the profile's monitoring.
QUrl alertmanagerOf(const CommandContext &c)
{
    if (c.args.has(QStringLiteral("alertmanager")))
        return QUrl(c.args.value(QStringLiteral("alertmanager")));
    return c.ws.downstreamEndpoints().monitoring;
}

Result<QUrl> httpUrlOption(const CommandContext &c, const QString &option)
{
    const QUrl url(c.args.value(option), QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty() || !url.userInfo().isEmpty())
        return Error::usage(
            QStringLiteral("--%1 takes an http(s)://HOST:PORT URL without credentials")
                .arg(option));
    return url;
}

Result<QString> monthOption(const CommandContext &c)
{
    const QString text = c.args.value(QStringLiteral("month"));
    const std::optional<QDate> month = parseUsageMonth(text, QDate::currentDate());
    if (!month)
        return Error::usage(
            QStringLiteral("--month takes a month from 2000-01 to %1 (YYYY-MM), not %2")
                .arg(usageMonthText(QDate::currentDate()), quoted(text, 40)));
    return usageMonthText(*month);
}

/// The budget check after an import: forecasts, sent to Alertmanager when
/// one is configured. Printed on stderr (the import's result is stdout's).
int checkBudgetsAfterImport(const CommandContext &c, const QJsonObject &stored)
{
    const QUrl alertmanager = alertmanagerOf(c);
    if (!alertmanager.isEmpty() && !alertmanager.isValid())
        return c.usage(QStringLiteral("--alertmanager takes an http(s)://HOST:PORT URL"));
    const Result<QList<BudgetForecast>> over =
        FinanceJobs::checkBudgets(c.ws, alertmanager, QDeadlineTimer(networkTimeoutMs));
    // The usage is stored whatever happens to the alerts: a failure to send
    // them is a warning, not the import's failure.
    if (!over) {
        const QString warning = QStringLiteral("budget alerts not sent: ") + over.error().message;
        c.output.err() << "tenantctl: " << warning << Qt::endl;
        if (c.json()) {
            QJsonObject result = stored;
            result.insert(QStringLiteral("alerts_error"), over.error().message);
            c.output.printJson(result);
        }
        return ExitOk;
    }
    QJsonArray forecasts;
    for (const BudgetForecast &f : over.value()) {
        forecasts << f.toJson();
        if (!c.json())
            c.output.err() << "budget: " << f.tenantId << " forecasts "
                           << formatRupees(std::llround(f.forecast)) << " against "
                           << formatRupees(f.budget)
                           << (alertmanager.isEmpty() ? "" : " (alert sent)") << Qt::endl;
    }
    if (c.json()) {
        QJsonObject result = stored;
        result.insert(QStringLiteral("over_budget_forecasts"), forecasts);
        c.output.printJson(result);
    }
    return ExitOk;
}

int importUsage(const CommandContext &c)
{
    const QString path = c.args.positional.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(Error::notFound(
            QStringLiteral("cannot read %1: %2").arg(quoted(path), file.errorString())));
    if (file.size() > UsageCsv::maxBytes)
        return c.fail(Error::make(ErrorKind::Validation, QStringLiteral("%1 is larger than %2 MiB")
                                                             .arg(quoted(path))
                                                             .arg(UsageCsv::maxBytes >> 20)));
    const Result<UsageImport> stored =
        FinanceJobs::importCsv(c.ws, file.readAll(), QFileInfo(path).fileName());
    if (!stored)
        return c.fail(Error::make(stored.error().kind,
                                  path + QStringLiteral(": ") + stored.error().message,
                                  stored.error().field));
    if (!c.json())
        c.out() << "imported " << stored->rows << " rows (" << stored->replaced << " replaced) for "
                << stored->tenants.size() << " tenants, "
                << stored->months.join(QStringLiteral(", ")) << Qt::endl;
    return checkBudgetsAfterImport(c, stored->toJson());
}

int pullUsage(const CommandContext &c)
{
    const Result<QUrl> prometheus = httpUrlOption(c, QStringLiteral("prometheus"));
    if (!prometheus)
        return c.fail(prometheus.error());
    const Result<QString> month = monthOption(c);
    if (!month)
        return c.fail(month.error());
    const Result<UsagePull> pulled = FinanceJobs::pullUsage(c.ws, prometheus.value(), month.value(),
                                                            QDeadlineTimer(networkTimeoutMs));
    if (!pulled)
        return c.fail(pulled.error());
    QJsonObject result = pulled->stored.toJson();
    result.insert(QStringLiteral("unknown_tenants"),
                  QJsonArray::fromStringList(pulled->unknownTenants));
    if (!c.json()) {
        c.out() << "pulled " << pulled->stored.rows << " tenants' usage for " << month.value()
                << " from " << displayUrl(prometheus.value()) << Qt::endl;
        if (!pulled->unknownTenants.isEmpty())
            c.output.err() << "skipped series for tenants not in the registry: "
                           << cell(pulled->unknownTenants.join(QStringLiteral(", "))) << Qt::endl;
    }
    return checkBudgetsAfterImport(c, result);
}

/// Replaces a policy from --from FILE when given, then prints it.
int showOrReplacePolicy(const CommandContext &c,
                        const std::function<Status(const QJsonObject &)> &replace,
                        const std::function<Result<QJsonObject>()> &read)
{
    if (c.args.has(QStringLiteral("from"))) {
        const Result<QJsonObject> document =
            readJsonObjectFile(c.args.value(QStringLiteral("from")));
        if (!document)
            return c.fail(document.error());
        if (Status s = replace(document.value()); !s)
            return c.fail(s.error());
    }
    const Result<QJsonObject> current = read();
    if (!current)
        return c.fail(current.error());
    c.output.printJson(current.value());
    return ExitOk;
}

int usageQueries(const CommandContext &c)
{
    return showOrReplacePolicy(
        c, [&](const QJsonObject &d) { return c.ws.usage().setQueries(d, c.ws.actor()); },
        [&] { return c.ws.usage().queries(); });
}

int chargebackPolicy(const CommandContext &c)
{
    return showOrReplacePolicy(
        c, [&](const QJsonObject &d) { return c.ws.chargeback().setPolicy(d, c.ws.actor()); },
        [&] { return c.ws.chargeback().policy(); });
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error::storage(
            QStringLiteral("cannot write %1: %2").arg(quoted(path), out.errorString()));
    return success();
}

QString pct(const std::optional<double> &p)
{
    return Chargeback::percentText(p, QStringLiteral("-"));
}

void printReport(const CommandContext &c, const ChargebackReport &r, ChargebackReport::By by)
{
    QTextStream &out = c.out();
    const auto money = [](double rupees) { return formatRupees(std::llround(rupees)); };
    out << "Chargeback for " << r.month << Qt::endl;
    if (by == ChargebackReport::By::Tenant) {
        out << padded(QStringLiteral("TENANT"), 20) << padded(QStringLiteral("COST CENTRE"), 14)
            << padded(QStringLiteral("CHARGEBACK"), 16) << padded(QStringLiteral("BUDGET"), 16)
            << padded(QStringLiteral("VARIANCE"), 10) << "STATUS" << Qt::endl;
        for (const ChargebackLine &l : r.tenants)
            out << padded(l.tenantId, 20) << padded(l.costCenter, 14)
                << padded(money(l.budget.chargeback), 16)
                << padded(formatRupees(l.budget.budget), 16)
                << padded(pct(l.budget.variancePct()), 10) << describe(l.budget.status())
                << Qt::endl;
    } else {
        out << padded(QStringLiteral("COST CENTRE"), 20) << padded(QStringLiteral("TENANTS"), 8)
            << padded(QStringLiteral("CHARGEBACK"), 16) << padded(QStringLiteral("BUDGET"), 16)
            << padded(QStringLiteral("VARIANCE"), 10) << "STATUS" << Qt::endl;
        for (const CostCentreLine &l : r.costCentres)
            out << padded(l.costCenter, 20) << padded(QString::number(l.tenants), 8)
                << padded(money(l.budget.chargeback), 16)
                << padded(formatRupees(l.budget.budget), 16)
                << padded(pct(l.budget.variancePct()), 10) << describe(l.budget.status())
                << Qt::endl;
    }
    out << padded(QStringLiteral("TOTAL"), by == ChargebackReport::By::Tenant ? 34 : 28)
        << padded(money(r.total.budget.chargeback), 16)
        << padded(formatRupees(r.total.budget.budget), 16)
        << padded(pct(r.total.budget.variancePct()), 10) << describe(r.total.budget.status())
        << Qt::endl;
}

int report(const CommandContext &c)
{
    const Result<QString> month = monthOption(c);
    if (!month)
        return c.fail(month.error());
    ChargebackReport::By by = ChargebackReport::By::Tenant;
    if (c.args.has(QStringLiteral("by"))) {
        const QString value = c.args.value(QStringLiteral("by"));
        if (value == QLatin1String("cost-centre"))
            by = ChargebackReport::By::CostCentre;
        else if (value != QLatin1String("tenant"))
            return c.usage(
                QStringLiteral("--by takes tenant or cost-centre, not %1").arg(quoted(value, 40)));
    }
    const Result<ChargebackReport> r = c.ws.chargeback().report(month.value());
    if (!r)
        return c.fail(r.error());
    if (c.args.has(QStringLiteral("pdf"))) {
        const Result<QList<TrendMonth>> trend = c.ws.chargeback().trend(month.value());
        if (!trend)
            return c.fail(trend.error());
        if (Status s =
                ChargebackPdf::write(r.value(), trend.value(), c.args.value(QStringLiteral("pdf")));
            !s)
            return c.fail(s.error());
    }
    if (c.args.has(QStringLiteral("csv")))
        if (Status s = writeFileAtomically(c.args.value(QStringLiteral("csv")), r->toCsv(by)); !s)
            return c.fail(s.error());
    if (c.json())
        c.output.printJson(r->toJson());
    else
        printReport(c, r.value(), by);
    return ExitOk;
}

int forecast(const CommandContext &c)
{
    const Result<QList<BudgetForecast>> over =
        FinanceJobs::checkBudgets(c.ws, alertmanagerOf(c), QDeadlineTimer(networkTimeoutMs));
    if (!over)
        return c.fail(over.error());
    if (c.json()) {
        QJsonArray list;
        for (const BudgetForecast &f : over.value())
            list << f.toJson();
        c.output.printJson(list);
        return ExitOk;
    }
    if (over->isEmpty())
        c.out() << "no tenant's run rate forecasts more than its budget this month" << Qt::endl;
    for (const BudgetForecast &f : over.value())
        c.out() << padded(f.tenantId, 20) << padded(f.costCenter, 14) << "forecasts "
                << formatRupees(std::llround(f.forecast)) << " against " << formatRupees(f.budget)
                << " (" << formatRupees(std::llround(f.monthToDate)) << " so far)" << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> financeCommands()
{
    return {
        row("usage", "import", "usage import FILE.csv [--alertmanager URL]", {"alertmanager"}, 2,
            &importUsage),
        row("usage", "pull", "usage pull --prometheus URL --month YYYY-MM [--alertmanager URL]",
            {"prometheus", "month", "alertmanager"}, 1, &pullUsage),
        row("usage", "queries", "usage queries [--from FILE]", {"from"}, 1, &usageQueries),
        row("chargeback", "report",
            "chargeback report --month YYYY-MM [--by tenant|cost-centre] [--csv FILE] [--pdf FILE]",
            {"month", "by", "csv", "pdf"}, 1, &report),
        row("chargeback", "forecast", "chargeback forecast [--alertmanager URL]", {"alertmanager"},
            1, &forecast),
        row("chargeback", "policy", "chargeback policy [--from FILE]", {"from"}, 1,
            &chargebackPolicy),
    };
}

} // namespace tenant
