#include "commands.h"

#include "connectionprofile.h"
#include "demodata.h"
#include "inputlimits.h"
#include "migrator.h"
#include "plancatalog.h"
#include "textrules.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace tenant {

namespace {

const QSet<QString> switchNames = {QStringLiteral("json"),        QStringLiteral("confirm"),
                                   QStringLiteral("demo"),        QStringLiteral("help"),
                                   QStringLiteral("interrupted"), QStringLiteral("no-run"),
                                   QStringLiteral("version")};

/// Options every command takes: where the registry is, and how to print.
const QStringList globalOptions = {QStringLiteral("db"), QStringLiteral("profile"),
                                   QStringLiteral("json"), QStringLiteral("help")};

const char *usageText =
    "usage: tenantctl [--db URL | --profile NAME] [--json] COMMAND ...\n"
    "  URL: sqlite:PATH | postgresql://USER@HOST:PORT/DBNAME (default: the demo SQLite file)\n"
    "  NAME: a connection profile saved in tenant-admin: its database and the downstream\n"
    "        systems suspend/activate drive (secrets from the keychain)\n"
    "  init [--demo]\n"
    "  tenant create --id ID --name NAME --tier TIER [--FIELD VALUE ...] | --from FILE\n"
    "  tenant get ID | tenant list [--status S] [--tier T] [--search TEXT] [--band B]\n"
    "  tenant update ID --FIELD VALUE ... [--reason TEXT]\n"
    "  lifecycle transition ID STATE --reason TEXT [--confirm] | lifecycle next ID\n"
    "  flag set NAME --scope global|tier|tenant [--scope-id X] --enabled true|false [--rollout "
    "PCT]\n"
    "           [--owner O] [--description D] [--expires ISO-DATE]\n"
    "  flag eval TENANT NAME | flag list | flag clear NAME --scope S [--scope-id X]\n"
    "  health record ID --latency-p95 MS --error-rate F --success-rate F --storage F\n"
    "  health score --latency-p95 MS --error-rate F --success-rate F --storage F\n"
    "  provision --from REQUEST.json | provision list [--status S] [--interrupted]\n"
    "  provision approve|reject REQUEST_ID --comment TEXT [--no-run] | provision show REQUEST_ID\n"
    "  provision resume REQUEST_ID | provision rollback REQUEST_ID --reason TEXT\n"
    "  audit list [--tenant ID] | audit verify\n"
    "  suspend ID --reason TEXT | activate ID --reason TEXT\n"
    "  stats\n"
    "  tenantctl --version | --help\n"
    "Exit codes: 0 ok, 2 usage, 3 rule rejected, 4 not found, 5 storage failure.\n";

/// `--max-users` -> `max_users`; the contract's short names map to attributes.
QString attributeKey(const QString &option)
{
    if (option == QLatin1String("id"))
        return QStringLiteral("tenant_id");
    if (option == QLatin1String("name"))
        return QStringLiteral("tenant_name");
    QString key = option;
    return key.replace(QLatin1Char('-'), QLatin1Char('_'));
}

/// Options that steer a command rather than set a tenant attribute.
const QSet<QString> controlOptions = {QStringLiteral("from"), QStringLiteral("reason"),
                                      QStringLiteral("db"), QStringLiteral("profile"),
                                      QStringLiteral("expected-version")};

/// The options naming tenant attributes (--name, --max-users, ...): those
/// an admin edits, and at creation also --status.
QStringList attributeOptions(bool creation)
{
    QStringList names;
    for (const QString &key : TenantCodec::keys()) {
        if (!TenantCodec::accepts(key, creation ? TenantCodec::Scope::Creation
                                                : TenantCodec::Scope::Editable))
            continue;
        QString option = key;
        option.replace(QLatin1Char('_'), QLatin1Char('-'));
        names << (key == QLatin1String("tenant_id")     ? QStringLiteral("id")
                  : key == QLatin1String("tenant_name") ? QStringLiteral("name")
                                                        : option);
    }
    return names;
}

/// The tenant attributes the options set. A number option that is not a
/// number is a usage error naming it; a value out of its field's range is
/// a validation error (TenantValidator) naming the field.
Result<QJsonObject> attributesFromOptions(const Arguments &args)
{
    QJsonObject json;
    for (auto it = args.options.begin(); it != args.options.end(); ++it) {
        if (controlOptions.contains(it.key()))
            continue;
        const QString key = attributeKey(it.key());
        if (TenantCodec::isIntegerKey(key)) {
            const Result<qint64> integer = parseIntegerOption(it.key(), it.value());
            if (!integer)
                return integer.error();
            // Checked here, on the exact integer: as a JSON number a value
            // past 2^53 would be rounded before the check could name it.
            if (const auto range = TenantValidator::integerRange(key))
                if (Status s = checkRange(key, integer.value(), range->first, range->second,
                                          it.value().trimmed());
                    !s)
                    return s.error();
            json.insert(key, double(integer.value()));
            continue;
        }
        if (TenantCodec::isNumberKey(key)) {
            const Result<double> number = parseNumberOption(it.key(), it.value());
            if (!number)
                return number.error();
            json.insert(key, number.value());
            continue;
        }
        const Result<QJsonValue> value = TenantCodec::fromText(key, it.value());
        if (!value)
            return value.error();
        json.insert(key, value.value());
    }
    return json;
}

Result<double> number(const Arguments &args, const QString &name)
{
    if (!args.has(name))
        return Error::usage(QStringLiteral("--%1 is required").arg(name));
    return parseNumberOption(name, args.value(name));
}

/// The options and switches `command sub` takes, besides the global ones.
QStringList optionsFor(const QString &command, const QString &sub)
{
    const auto is = [&](const char *name) { return sub == QLatin1String(name); };
    const auto strings = [](std::initializer_list<const char *> names) {
        QStringList list;
        for (const char *name : names)
            list << QString::fromLatin1(name);
        return list;
    };
    if (command == QLatin1String("init"))
        return strings({"demo"});
    if (command == QLatin1String("tenant")) {
        if (is("create"))
            return strings({"from", "reason"}) + attributeOptions(true);
        if (is("list"))
            return strings({"status", "tier", "search", "band"});
        if (is("update"))
            return strings({"reason", "expected-version"}) + attributeOptions(false);
        return {};
    }
    if (command == QLatin1String("lifecycle"))
        return is("transition") ? strings({"reason", "confirm"}) : QStringList();
    if (command == QLatin1String("flag")) {
        if (is("set"))
            return strings({"scope", "scope-id", "enabled", "rollout", "owner", "description",
                            "expires", "reason"});
        if (is("clear"))
            return strings({"scope", "scope-id"});
        return {};
    }
    if (command == QLatin1String("health"))
        return strings({"latency-p95", "error-rate", "success-rate", "storage"});
    if (command == QLatin1String("audit"))
        return is("list") ? strings({"tenant"}) : QStringList();
    if (command == QLatin1String("suspend") || command == QLatin1String("activate"))
        return strings({"reason"});
    if (command == QLatin1String("provision")) {
        if (sub.isEmpty())
            return strings({"from"});
        if (is("list"))
            return strings({"status", "interrupted"});
        if (is("approve") || is("reject"))
            return strings({"comment", "no-run"});
        if (is("rollback"))
            return strings({"reason"});
        return {};
    }
    return {};
}

/// How many words `command sub` takes after the command (the sub-command
/// included); more is a usage error, not something to ignore.
int maxWordsFor(const QString &command, const QString &sub)
{
    const auto is = [&](const char *name) { return sub == QLatin1String(name); };
    if (command == QLatin1String("init") || command == QLatin1String("stats"))
        return 0;
    if (command == QLatin1String("suspend") || command == QLatin1String("activate"))
        return 1;
    if (command == QLatin1String("tenant"))
        return is("get") || is("update") ? 2 : 1;
    if (command == QLatin1String("lifecycle"))
        return is("transition") ? 3 : 2;
    if (command == QLatin1String("flag"))
        return is("eval") ? 3 : is("list") ? 1 : 2;
    if (command == QLatin1String("health"))
        return is("record") ? 2 : 1;
    if (command == QLatin1String("audit"))
        return 1;
    if (command == QLatin1String("provision"))
        return sub.isEmpty() || is("list") ? 1 : 2;
    return 1;
}

Result<HealthSignals> signalsFrom(const Arguments &args)
{
    HealthSignals s;
    const std::pair<const char *, double *> fields[] = {{"latency-p95", &s.latencyP95Ms},
                                                        {"error-rate", &s.errorRate},
                                                        {"success-rate", &s.successRate},
                                                        {"storage", &s.storageUtilisation}};
    for (const auto &[name, target] : fields) {
        const Result<double> v = number(args, QString::fromLatin1(name));
        if (!v)
            return v.error();
        *target = v.value();
    }
    if (Status valid = s.validate(); !valid)
        return valid.error();
    return s;
}

/// Reads a file holding one JSON object, strictly (input/textrules.h):
/// errors name the file, and the key or the offset.
Result<QJsonObject> readJsonObjectFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::validation(
            QStringLiteral("from"),
            QStringLiteral("cannot read %1: %2").arg(quoted(path), file.errorString()));
    // One byte over the limit is enough to refuse; a huge file is not read whole.
    const QByteArray bytes = file.read(qint64(limits::jsonFileBytes) + 1);
    const Result<QJsonObject> object =
        parseJsonObject(QStringLiteral("from"), bytes, limits::jsonFileBytes);
    if (!object)
        return Error::make(object.error().kind,
                           quoted(path) + QStringLiteral(": ") + object.error().message,
                           object.error().field);
    return object;
}

/// A stored value as a text cell: escaped, so a control character in an
/// old row cannot reach the terminal.
QString cell(const QString &text)
{
    return oneLine(text, 10000);
}

QString padded(const QString &text, int width)
{
    return cell(text).leftJustified(width, QLatin1Char(' '));
}

} // namespace

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Usage:
        return ExitUsage;
    case ErrorKind::Validation:
    case ErrorKind::Rule:
    case ErrorKind::Conflict:
        return ExitRule;
    case ErrorKind::NotFound:
        return ExitNotFound;
    case ErrorKind::Storage:
        return ExitStorage;
    }
    return ExitStorage;
}

Result<Arguments> Arguments::parse(const QStringList &words)
{
    Arguments args;
    for (int i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (!word.startsWith(QLatin1String("--")) || word.size() == 2) {
            args.positional << word;
            continue;
        }
        QString name = word.mid(2);
        QString value;
        const int eq = name.indexOf(QLatin1Char('='));
        if (eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        static const QRegularExpression optionName(QStringLiteral("^[a-z][a-z0-9-]{0,40}\\z"));
        if (!optionName.match(name).hasMatch())
            return Error::usage(QStringLiteral("unknown option %1").arg(quoted(word)));
        if (switchNames.contains(name)) {
            if (eq > 0)
                return Error::usage(QStringLiteral("--%1 takes no value").arg(name));
            args.switches.insert(name);
            continue;
        }
        if (eq < 0) {
            if (i + 1 >= words.size())
                return Error::usage(QStringLiteral("--%1 needs a value").arg(name));
            value = words.at(++i);
        }
        if (args.options.contains(name))
            return Error::usage(QStringLiteral("--%1 given twice").arg(name));
        args.options.insert(name, value);
    }
    return args;
}

TenantCtl::TenantCtl(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

TenantCtl::~TenantCtl() = default;

int TenantCtl::fail(const Error &error)
{
    if (error.kind == ErrorKind::Usage)
        return usage(error.message);
    m_err << "tenantctl: " << oneLine(error.message) << Qt::endl;
    return exitCodeFor(error);
}

int TenantCtl::usage(const QString &message)
{
    m_err << "tenantctl: " << oneLine(message) << " (tenantctl --help for usage)" << Qt::endl;
    return ExitUsage;
}

Status TenantCtl::allowOptions() const
{
    const QString sub = m_args.positional.value(0);
    const QStringList allowed = optionsFor(m_command, sub);
    const bool grouped = m_command != QLatin1String("suspend") &&
                         m_command != QLatin1String("activate") && !sub.isEmpty();
    const QString name = grouped ? m_command + QLatin1Char(' ') + cell(sub).left(40) : m_command;
    for (auto it = m_args.options.cbegin(); it != m_args.options.cend(); ++it)
        if (!allowed.contains(it.key()) && !globalOptions.contains(it.key()))
            return Error::usage(QStringLiteral("%1 does not take --%2").arg(name, it.key()));
    for (const QString &option : m_args.switches)
        if (!allowed.contains(option) && !globalOptions.contains(option))
            return Error::usage(QStringLiteral("%1 does not take --%2").arg(name, option));
    if (const int most = maxWordsFor(m_command, sub); m_args.positional.size() > most)
        return Error::usage(QStringLiteral("%1: unexpected argument %2")
                                .arg(name, quoted(m_args.positional.at(most), 40)));
    if (m_args.has(QStringLiteral("db")) && m_args.has(QStringLiteral("profile")))
        return Error::usage(QStringLiteral("--db and --profile both name a registry: give one"));
    return success();
}

void TenantCtl::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

Status TenantCtl::openWorkspace()
{
    DatabaseUrl url = DatabaseUrl::defaultDemo();
    std::optional<ConnectionProfile> profile;
    if (m_args.has(QStringLiteral("profile"))) {
        const QString name = m_args.value(QStringLiteral("profile"));
        profile = ConnectionProfileStore().profile(name);
        if (!profile)
            return Error::notFound(
                QStringLiteral("no connection profile named %1").arg(quoted(name)));
        url = profile->url();
    } else if (m_args.has(QStringLiteral("db"))) {
        const Result<DatabaseUrl> parsed = DatabaseUrl::parse(m_args.value(QStringLiteral("db")));
        if (!parsed)
            return parsed.error();
        url = parsed.value();
    } else if (const QString env = qEnvironmentVariable("TENANT_DB"); !env.isEmpty()) {
        const Result<DatabaseUrl> parsed = DatabaseUrl::parse(env);
        if (!parsed)
            return parsed.error();
        url = parsed.value();
    }
    m_workspace = std::make_unique<Workspace>(url);
    if (profile) {
        if (Status configured = m_workspace->configureDownstreamFromKeychain(profile->downstream);
            !configured)
            return configured;
    }
    return m_workspace->open();
}

int TenantCtl::run(const QStringList &words)
{
    const Result<Arguments> parsed = Arguments::parse(words);
    if (!parsed)
        return usage(parsed.error().message);
    m_args = parsed.value();
    m_json = m_args.switches.contains(QStringLiteral("json"));
    if (m_args.switches.contains(QStringLiteral("version"))) {
        m_out << "tenantctl " << TENANT_VERSION << Qt::endl;
        return ExitOk;
    }
    if (m_args.switches.contains(QStringLiteral("help")) || m_args.positional.isEmpty()) {
        (m_args.positional.isEmpty() && !m_args.switches.contains(QStringLiteral("help")) ? m_err
                                                                                          : m_out)
            << usageText;
        return m_args.switches.contains(QStringLiteral("help")) ? ExitOk : ExitUsage;
    }

    const QString command = m_args.positional.takeFirst();
    m_command = command;
    using Handler = int (TenantCtl::*)();
    const QMap<QString, Handler> handlers = {
        {QStringLiteral("init"), &TenantCtl::cmdInit},
        {QStringLiteral("tenant"), &TenantCtl::cmdTenant},
        {QStringLiteral("lifecycle"), &TenantCtl::cmdLifecycle},
        {QStringLiteral("flag"), &TenantCtl::cmdFlag},
        {QStringLiteral("health"), &TenantCtl::cmdHealth},
        {QStringLiteral("audit"), &TenantCtl::cmdAudit},
        {QStringLiteral("stats"), &TenantCtl::cmdStats},
        {QStringLiteral("suspend"), &TenantCtl::cmdCascade},
        {QStringLiteral("activate"), &TenantCtl::cmdCascade},
        {QStringLiteral("provision"), &TenantCtl::cmdProvision},
    };
    const auto handler = handlers.constFind(command);
    if (handler == handlers.constEnd())
        return usage(QStringLiteral("unknown command %1").arg(quoted(command)));
    // Options are checked before the registry is opened: a typo such as
    // --reasn is refused instead of ignored.
    if (Status allowed = allowOptions(); !allowed)
        return fail(allowed.error());
    if (Status opened = openWorkspace(); !opened)
        return fail(opened.error());
    return (this->*handler.value())();
}

int TenantCtl::cmdInit()
{
    Workspace &ws = *m_workspace;
    const bool demo = m_args.switches.contains(QStringLiteral("demo"));
    if (demo) {
        if (Status seeded = DemoData::seed(ws); !seeded)
            return fail(seeded.error());
    }
    const Result<QList<int>> versions = Migrator(ws.database()).appliedVersions();
    if (!versions)
        return fail(versions.error());
    const int schema = versions->isEmpty() ? 0 : versions->last();
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("database"), ws.database().url().toDisplayString()},
                              {QStringLiteral("schema_version"), schema},
                              {QStringLiteral("demo"), demo}});
    } else {
        m_out << "initialised " << ws.database().url().toDisplayString() << " (schema version "
              << schema << (demo ? ", demo data loaded" : "") << ")" << Qt::endl;
    }
    return ExitOk;
}

int TenantCtl::cmdTenant()
{
    Workspace &ws = *m_workspace;
    const QString sub = m_args.positional.value(0);
    const QString reason = m_args.value(QStringLiteral("reason"));

    // Read once per command, when a tenant with a score is printed.
    std::optional<Result<HealthPolicy>> policy;
    auto healthBand = [&ws, &policy](const Tenant &t) -> QJsonValue {
        if (!t.healthScore)
            return QJsonValue();
        if (!policy)
            policy.emplace(ws.health().policy());
        return *policy ? QJsonValue(nameOf((*policy)->band(*t.healthScore))) : QJsonValue();
    };
    auto tenantJson = [&](const Tenant &t) {
        QJsonObject o = TenantCodec::toJson(t);
        o.insert(QStringLiteral("health_band"), healthBand(t));
        return o;
    };
    auto printTenant = [&](const Tenant &t) {
        if (m_json)
            return printJson(tenantJson(t));
        const QJsonObject o = tenantJson(t);
        // A named list: the range-for must not iterate a temporary's copy.
        QStringList keys = TenantCodec::keys();
        keys << QStringLiteral("health_band");
        for (const QString &key : std::as_const(keys)) {
            const QJsonValue v = o.value(key);
            QString text =
                v.isArray() ? v.toVariant().toStringList().join(QStringLiteral(", "))
                : v.isObject()
                    ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                : v.isNull() ? QStringLiteral("-")
                             : v.toVariant().toString();
            m_out << padded(key, 21) << cell(text) << '\n';
        }
        m_out.flush();
    };

    if (sub == QLatin1String("create")) {
        QJsonObject json;
        if (m_args.has(QStringLiteral("from"))) {
            const Result<QJsonObject> fromFile =
                readJsonObjectFile(m_args.value(QStringLiteral("from")));
            if (!fromFile)
                return fail(fromFile.error());
            json = fromFile.value();
        }
        const Result<QJsonObject> fromOptions = attributesFromOptions(m_args);
        if (!fromOptions)
            return fail(fromOptions.error());
        for (auto it = fromOptions->begin(); it != fromOptions->end(); ++it) {
            if (json.contains(it.key())) // which one would win is not for tenantctl to guess
                return usage(QStringLiteral("%1 is given in the --from file and as an option")
                                 .arg(it.key()));
            json.insert(it.key(), it.value());
        }
        for (const char *required : {"tenant_id", "tenant_name", "tier"})
            if (!json.contains(QLatin1String(required)))
                return fail(Error::validation(QString::fromLatin1(required),
                                              QStringLiteral("is required")));
        if (!json.value(QStringLiteral("tier")).isString())
            return fail(
                Error::validation(QStringLiteral("tier"), QStringLiteral("must be a string")));
        const auto tier = tierFromString(json.value(QStringLiteral("tier")).toString());
        if (!tier)
            return fail(
                Error::validation(QStringLiteral("tier"),
                                  QStringLiteral("unknown tier %1 (expected %2)")
                                      .arg(quoted(json.value(QStringLiteral("tier")).toString()),
                                           allTierNames().join(QStringLiteral(", ")))));
        Result<Tenant> draft = ws.tenants().tierTemplate(*tier);
        if (!draft)
            return fail(draft.error());
        Tenant tenant = std::move(draft).value();
        if (Status applied = TenantCodec::apply(json, tenant, TenantCodec::Scope::Creation);
            !applied)
            return fail(applied.error());
        const Result<Tenant> created = ws.tenants().create(tenant, ws.actor(), reason);
        if (!created)
            return fail(created.error());
        if (m_json)
            printTenant(created.value());
        else
            m_out << "created " << created->tenantId << " (" << nameOf(created->status) << ")"
                  << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("get")) {
        if (m_args.positional.size() != 2)
            return usage(QStringLiteral("tenant get takes one tenant id"));
        const Result<Tenant> t = ws.tenants().get(m_args.positional.at(1));
        if (!t)
            return fail(t.error());
        printTenant(t.value());
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        TenantFilter filter;
        if (m_args.has(QStringLiteral("status"))) {
            filter.status = statusFromString(m_args.value(QStringLiteral("status")));
            if (!filter.status)
                return fail(
                    Error::validation(QStringLiteral("status"),
                                      QStringLiteral("unknown status %1 (expected %2)")
                                          .arg(quoted(m_args.value(QStringLiteral("status"))),
                                               allStatusNames().join(QStringLiteral(", ")))));
        }
        if (m_args.has(QStringLiteral("tier"))) {
            filter.tier = tierFromString(m_args.value(QStringLiteral("tier")));
            if (!filter.tier)
                return fail(Error::validation(QStringLiteral("tier"),
                                              QStringLiteral("unknown tier %1 (expected %2)")
                                                  .arg(quoted(m_args.value(QStringLiteral("tier"))),
                                                       allTierNames().join(QStringLiteral(", ")))));
        }
        filter.text = m_args.value(QStringLiteral("search"));
        if (m_args.has(QStringLiteral("band"))) {
            const auto band = healthBandFromString(m_args.value(QStringLiteral("band")));
            if (!band)
                return fail(
                    Error::validation(QStringLiteral("band"),
                                      QStringLiteral("expected healthy, warning or critical")));
            const Result<HealthPolicy> policy = ws.health().policy();
            if (!policy)
                return fail(policy.error());
            const auto [low, high] = policy->scoreRange(*band);
            filter.minScore = low;
            filter.maxScore = high;
        }
        const Result<QList<Tenant>> tenants = ws.tenants().list(filter);
        if (!tenants)
            return fail(tenants.error());
        if (m_json) {
            QJsonArray array;
            for (const Tenant &t : tenants.value())
                array << tenantJson(t);
            printJson(array);
            return ExitOk;
        }
        int idWidth = 8;
        int nameWidth = 6;
        for (const Tenant &t : tenants.value()) {
            idWidth = std::max(idWidth, static_cast<int>(t.tenantId.size()) + 2);
            nameWidth = std::max(nameWidth, static_cast<int>(t.tenantName.size()) + 2);
        }
        m_out << padded(QStringLiteral("TENANT"), idWidth)
              << padded(QStringLiteral("NAME"), nameWidth) << padded(QStringLiteral("TIER"), 10)
              << padded(QStringLiteral("STATUS"), 11) << "HEALTH\n";
        for (const Tenant &t : tenants.value())
            m_out << padded(t.tenantId, idWidth) << padded(t.tenantName, nameWidth)
                  << padded(nameOf(t.tier), 10) << padded(nameOf(t.status), 11)
                  << (t.healthScore ? QString::number(*t.healthScore) + QLatin1Char(' ') +
                                          healthBand(t).toString()
                                    : QStringLiteral("-"))
                  << '\n';
        m_out.flush();
        return ExitOk;
    }
    if (sub == QLatin1String("update")) {
        if (m_args.positional.size() != 2)
            return usage(QStringLiteral("tenant update takes one tenant id"));
        Result<Tenant> current = ws.tenants().get(m_args.positional.at(1));
        if (!current)
            return fail(current.error());
        Tenant tenant = std::move(current).value();
        if (m_args.has(QStringLiteral("expected-version"))) {
            const Result<qint64> expected =
                parseIntegerOption(QStringLiteral("expected-version"),
                                   m_args.value(QStringLiteral("expected-version")));
            if (!expected)
                return fail(expected.error());
            if (Status s = checkRange(QStringLiteral("expected-version"), expected.value(), 1,
                                      limits::int32Max,
                                      m_args.value(QStringLiteral("expected-version")).trimmed());
                !s)
                return fail(s.error());
            tenant.version = static_cast<int>(expected.value());
        }
        const Result<QJsonObject> json = attributesFromOptions(m_args);
        if (!json)
            return fail(json.error());
        if (json->isEmpty())
            return usage(QStringLiteral("tenant update needs at least one --FIELD VALUE"));
        if (json->contains(QStringLiteral("tenant_id")))
            return fail(Error::validation(QStringLiteral("tenant_id"),
                                          QStringLiteral("cannot be changed")));
        if (Status applied = TenantCodec::apply(json.value(), tenant, TenantCodec::Scope::Editable);
            !applied)
            return fail(applied.error());
        const Result<Tenant> updated = ws.tenants().update(tenant, ws.actor(), reason);
        if (!updated)
            return fail(updated.error());
        if (m_json)
            printTenant(updated.value());
        else
            m_out << "updated " << updated->tenantId << " (version " << updated->version << ")"
                  << Qt::endl;
        return ExitOk;
    }
    return usage(QStringLiteral("tenant takes create, get, list or update"));
}

int TenantCtl::cmdLifecycle()
{
    Workspace &ws = *m_workspace;
    const QString sub = m_args.positional.value(0);
    if (sub == QLatin1String("transition")) {
        if (m_args.positional.size() != 3)
            return usage(QStringLiteral("lifecycle transition takes ID STATE"));
        const auto target = statusFromString(m_args.positional.at(2));
        if (!target)
            return fail(Error::validation(QStringLiteral("state"),
                                          QStringLiteral("unknown state %1 (expected %2)")
                                              .arg(quoted(m_args.positional.at(2)),
                                                   allStatusNames().join(QStringLiteral(", ")))));
        const Result<Tenant> moved = ws.lifecycle().transition(
            m_args.positional.at(1), *target, m_args.value(QStringLiteral("reason")), ws.actor(),
            m_args.switches.contains(QStringLiteral("confirm")));
        if (!moved)
            return fail(moved.error());
        if (m_json)
            printJson(TenantCodec::toJson(moved.value()));
        else
            m_out << moved->tenantId << " is now " << nameOf(moved->status) << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("next")) {
        if (m_args.positional.size() != 2)
            return usage(QStringLiteral("lifecycle next takes one tenant id"));
        const Result<QList<TenantStatus>> next = ws.lifecycle().nextStates(m_args.positional.at(1));
        if (!next)
            return fail(next.error());
        QStringList names;
        for (TenantStatus s : next.value())
            names << nameOf(s);
        if (m_json)
            printJson(QJsonArray::fromStringList(names));
        else
            m_out << names.join(QLatin1Char('\n')) << (names.isEmpty() ? "" : "\n") << Qt::flush;
        return ExitOk;
    }
    return usage(QStringLiteral("lifecycle takes transition or next"));
}

int TenantCtl::cmdFlag()
{
    Workspace &ws = *m_workspace;
    const QString sub = m_args.positional.value(0);
    auto scopeFromArgs = [this]() -> Result<std::pair<FlagScope, QString>> {
        const auto scope = flagScopeFromString(m_args.value(QStringLiteral("scope")));
        if (!scope)
            return Error::validation(QStringLiteral("scope"),
                                     QStringLiteral("expected global, tier or tenant"));
        const QString id = m_args.value(QStringLiteral("scope-id"));
        if (*scope != FlagScope::Global && id.isEmpty())
            return Error::validation(
                QStringLiteral("scope-id"),
                QStringLiteral("is required for the %1 scope").arg(nameOf(*scope)));
        return std::make_pair(*scope, id);
    };

    if (sub == QLatin1String("set")) {
        if (m_args.positional.size() != 2)
            return usage(QStringLiteral("flag set takes one flag name"));
        const auto scope = scopeFromArgs();
        if (!scope)
            return fail(scope.error());
        const QString enabled = m_args.value(QStringLiteral("enabled"));
        if (enabled != QLatin1String("true") && enabled != QLatin1String("false"))
            return fail(Error::validation(
                QStringLiteral("enabled"),
                QStringLiteral("must be true or false, got %1").arg(quoted(enabled))));
        FlagChange change;
        change.flag = m_args.positional.at(1);
        change.scope = scope->first;
        change.scopeId = scope->second;
        change.enabled = enabled == QLatin1String("true");
        if (m_args.has(QStringLiteral("rollout"))) {
            const Result<qint64> rollout = parseIntegerOption(
                QStringLiteral("rollout"), m_args.value(QStringLiteral("rollout")));
            if (!rollout)
                return fail(rollout.error());
            if (Status s = checkRange(QStringLiteral("rollout"), rollout.value(), 0, 100,
                                      m_args.value(QStringLiteral("rollout")).trimmed());
                !s)
                return fail(s.error());
            change.rolloutPercentage = static_cast<int>(rollout.value());
        }
        if (m_args.has(QStringLiteral("owner")))
            change.owner = m_args.value(QStringLiteral("owner"));
        if (m_args.has(QStringLiteral("description")))
            change.description = m_args.value(QStringLiteral("description"));
        if (m_args.has(QStringLiteral("expires"))) {
            const QDateTime expires =
                QDateTime::fromString(m_args.value(QStringLiteral("expires")), Qt::ISODate);
            if (!expires.isValid())
                return fail(
                    Error::validation(QStringLiteral("expires"),
                                      QStringLiteral("%1 is not an ISO-8601 date")
                                          .arg(quoted(m_args.value(QStringLiteral("expires"))))));
            change.expiresAt = expires.toUTC();
        }
        const Result<FlagValue> set =
            ws.flags().set(change, ws.actor(), m_args.value(QStringLiteral("reason")));
        if (!set)
            return fail(set.error());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("flag"), set->flagName},
                                  {QStringLiteral("scope"), nameOf(set->scope)},
                                  {QStringLiteral("scope_id"), set->scopeId},
                                  {QStringLiteral("enabled"), set->enabled},
                                  {QStringLiteral("rollout_percentage"), set->rolloutPercentage}});
        else
            m_out << "set " << set->flagName << " " << nameOf(set->scope)
                  << (set->scopeId.isEmpty() ? QString() : QLatin1Char(' ') + set->scopeId) << " = "
                  << (set->enabled ? "on" : "off") << " (" << set->rolloutPercentage << " %)"
                  << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("eval")) {
        if (m_args.positional.size() != 3)
            return usage(QStringLiteral("flag eval takes TENANT NAME"));
        const Result<FlagEvaluation> e =
            ws.flags().evaluate(m_args.positional.at(1), m_args.positional.at(2));
        if (!e)
            return fail(e.error());
        if (m_json)
            printJson(e->toJson());
        else
            m_out << e->flag << " for " << e->tenantId << ": " << (e->enabled ? "on" : "off")
                  << " (from " << nameOf(e->source) << ")" << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        const Result<QList<FlagReport>> reports = ws.flags().reports();
        if (!reports)
            return fail(reports.error());
        if (m_json) {
            QJsonArray array;
            for (const FlagReport &r : reports.value())
                array << r.toJson();
            printJson(array);
            return ExitOk;
        }
        for (const FlagReport &r : reports.value()) {
            QStringList values;
            for (const FlagValue &v : r.values)
                values << nameOf(v.scope) +
                              (v.scopeId.isEmpty() ? QString() : QLatin1Char(':') + v.scopeId) +
                              QLatin1Char('=') +
                              (v.enabled ? QStringLiteral("on") : QStringLiteral("off")) +
                              (v.rolloutPercentage < 100
                                   ? QStringLiteral("@%1%").arg(v.rolloutPercentage)
                                   : QString());
            m_out << padded(r.definition.name, 22) << values.join(QLatin1Char(' '))
                  << (r.stale ? "  [stale]" : "") << (r.expired ? "  [expired]" : "") << '\n';
        }
        m_out.flush();
        return ExitOk;
    }
    if (sub == QLatin1String("clear")) {
        if (m_args.positional.size() != 2)
            return usage(QStringLiteral("flag clear takes one flag name"));
        const auto scope = scopeFromArgs();
        if (!scope)
            return fail(scope.error());
        if (Status cleared =
                ws.flags().clear(m_args.positional.at(1), scope->first, scope->second, ws.actor());
            !cleared)
            return fail(cleared.error());
        if (!m_json)
            m_out << "cleared " << m_args.positional.at(1) << Qt::endl;
        else
            printJson(QJsonObject{{QStringLiteral("cleared"), m_args.positional.at(1)}});
        return ExitOk;
    }
    return usage(QStringLiteral("flag takes set, eval, list or clear"));
}

int TenantCtl::cmdHealth()
{
    Workspace &ws = *m_workspace;
    const QString sub = m_args.positional.value(0);
    const Result<HealthPolicy> policy = ws.health().policy();
    if (!policy)
        return fail(policy.error());
    const Result<HealthSignals> observed = signalsFrom(m_args);
    auto report = [&](int score) {
        const QString band = nameOf(policy->band(score));
        if (m_json)
            printJson(
                QJsonObject{{QStringLiteral("score"), score}, {QStringLiteral("band"), band}});
        else
            m_out << score << " " << band << Qt::endl;
        return ExitOk;
    };
    if (sub == QLatin1String("score")) {
        if (!observed)
            return fail(observed.error());
        return report(policy->score(observed.value()));
    }
    if (sub == QLatin1String("record")) {
        if (m_args.positional.size() != 2)
            return usage(QStringLiteral("health record takes one tenant id"));
        if (!observed)
            return fail(observed.error());
        const Result<HealthSample> sample =
            ws.health().record(m_args.positional.at(1), observed.value(), ws.actor());
        if (!sample)
            return fail(sample.error());
        return report(sample->score);
    }
    return usage(QStringLiteral("health takes record or score"));
}

int TenantCtl::cmdAudit()
{
    Workspace &ws = *m_workspace;
    const QString sub = m_args.positional.value(0);
    if (sub == QLatin1String("list")) {
        const Result<QList<AuditEntry>> entries =
            ws.audit().list(m_args.value(QStringLiteral("tenant")));
        if (!entries)
            return fail(entries.error());
        if (m_json) {
            QJsonArray array;
            for (const AuditEntry &e : entries.value())
                array << e.toJson();
            printJson(array);
            return ExitOk;
        }
        for (const AuditEntry &e : entries.value())
            m_out << padded(QString::number(e.seq), 6) << padded(e.occurredAt, 26)
                  << padded(e.actor, 12) << padded(e.action, 22) << padded(e.tenantId, 12)
                  << cell(e.reason) << '\n';
        m_out.flush();
        return ExitOk;
    }
    if (sub == QLatin1String("verify")) {
        const Result<AuditVerification> v = ws.audit().verify();
        if (!v)
            return fail(v.error());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("intact"), v->intact},
                                  {QStringLiteral("entries_checked"), v->entriesChecked},
                                  {QStringLiteral("first_bad_entry"),
                                   v->intact ? QJsonValue() : QJsonValue(v->firstBadSeq)},
                                  {QStringLiteral("problem"), v->problem}});
        if (!v->intact) {
            m_err << "tenantctl: audit chain broken: " << v->problem << Qt::endl;
            return ExitStorage;
        }
        if (!m_json)
            m_out << "audit chain intact: " << v->entriesChecked << " entries" << Qt::endl;
        return ExitOk;
    }
    return usage(QStringLiteral("audit takes list or verify"));
}

int TenantCtl::cmdStats()
{
    Workspace &ws = *m_workspace;
    const Result<QList<Tenant>> tenants = ws.tenants().list();
    if (!tenants)
        return fail(tenants.error());
    const Result<HealthPolicy> policy = ws.health().policy();
    if (!policy)
        return fail(policy.error());
    QJsonObject byStatus;
    QJsonObject byTier;
    QJsonObject byBand;
    for (const QString &s : allStatusNames())
        byStatus.insert(s, 0);
    for (const QString &t : allTierNames())
        byTier.insert(t, 0);
    for (const char *b : {"healthy", "warning", "critical"})
        byBand.insert(QLatin1String(b), 0);
    double scoreSum = 0;
    int scored = 0;
    for (const Tenant &t : tenants.value()) {
        byStatus[nameOf(t.status)] = byStatus[nameOf(t.status)].toInt() + 1;
        byTier[nameOf(t.tier)] = byTier[nameOf(t.tier)].toInt() + 1;
        if (t.healthScore) {
            const QString band = nameOf(policy->band(*t.healthScore));
            byBand[band] = byBand[band].toInt() + 1;
            scoreSum += *t.healthScore;
            ++scored;
        }
    }
    const QJsonObject stats{
        {QStringLiteral("total"), static_cast<int>(tenants->size())},
        {QStringLiteral("by_status"), byStatus},
        {QStringLiteral("by_tier"), byTier},
        {QStringLiteral("by_health_band"), byBand},
        {QStringLiteral("average_health"), scored ? QJsonValue(scoreSum / scored) : QJsonValue()}};
    if (m_json) {
        printJson(stats);
        return ExitOk;
    }
    m_out << "tenants: " << tenants->size() << '\n';
    for (const auto &[title, group] :
         {std::pair{"status", byStatus}, std::pair{"tier", byTier}, std::pair{"health", byBand}}) {
        QStringList parts;
        for (auto it = group.begin(); it != group.end(); ++it)
            parts << it.key() + QLatin1Char('=') + QString::number(it.value().toInt());
        m_out << padded(QString::fromLatin1(title) + QLatin1Char(':'), 9)
              << parts.join(QLatin1Char(' ')) << '\n';
    }
    m_out.flush();
    return ExitOk;
}

int TenantCtl::cmdCascade()
{
    Workspace &ws = *m_workspace;
    if (m_args.positional.size() != 1)
        return usage(QStringLiteral("%1 takes one tenant id").arg(m_command));
    const QString tenantId = m_args.positional.at(0);
    const TenantStatus target =
        m_command == QLatin1String("suspend") ? TenantStatus::Suspended : TenantStatus::Active;
    QJsonArray steps;
    QObject::connect(&ws.cascade(), &CascadeCoordinator::stepFinished, &ws.cascade(),
                     [this, &steps](const StepOutcome &outcome) {
                         steps << outcome.toJson();
                         if (!m_json)
                             m_err << "  " << padded(outcome.system, 24)
                                   << padded(nameOf(outcome.state), 20) << outcome.milliseconds
                                   << " ms"
                                   << (outcome.message.isEmpty()
                                           ? QString()
                                           : QStringLiteral("  ") + cell(outcome.message))
                                   << Qt::endl;
                     });
    const QString reason = m_args.value(QStringLiteral("reason"));
    const Result<Tenant> moved = target == TenantStatus::Suspended
                                     ? ws.lifecycle().suspend(tenantId, reason, ws.actor())
                                     : ws.lifecycle().activate(tenantId, reason, ws.actor());
    if (m_json)
        printJson(QJsonObject{{QStringLiteral("tenant"), tenantId},
                              {QStringLiteral("status"), moved ? nameOf(moved->status) : QString()},
                              {QStringLiteral("succeeded"), moved.ok()},
                              {QStringLiteral("steps"), steps}});
    if (!moved)
        return fail(moved.error());
    if (!m_json)
        m_out << tenantId << " is " << nameOf(moved->status) << Qt::endl;
    return ExitOk;
}

namespace {
/// One provisioning step as tenantctl prints it: phase, step, status, time, detail.
QString stepLine(const StepRecord &step)
{
    return QStringLiteral("  ") + padded(nameOf(step.phase), 10) + padded(step.name, 26) +
           padded(nameOf(step.status), 9) +
           padded(QString::number(step.durationMs) + QStringLiteral(" ms"), 9) + cell(step.detail);
}
} // namespace

Result<ProvisioningRequest> TenantCtl::runWorkflow(const ProvisioningRequest &request,
                                                   bool rollback, const QString &reason)
{
    Workspace &ws = *m_workspace;
    const QMetaObject::Connection progress =
        QObject::connect(&ws.workflow(), &ProvisioningWorkflow::stepChanged, &ws.workflow(),
                         [this](const StepRecord &step) {
                             if (m_json || step.status == StepStatus::Running)
                                 return;
                             m_err << stepLine(step) << Qt::endl;
                         });
    Result<ProvisioningRequest> finished =
        rollback ? ws.workflow().rollback(request.requestId, reason, ws.actor())
                 : ws.workflow().run(request.requestId, ws.actor());
    QObject::disconnect(progress);
    return finished;
}

int TenantCtl::printRun(const Result<ProvisioningRequest> &finished, const QString &requestId)
{
    Workspace &ws = *m_workspace;
    if (m_json) {
        const Result<ProvisioningRequest> now = ws.provisioning().get(requestId);
        QJsonObject json = now ? now->toJson() : QJsonObject();
        QJsonArray steps;
        if (const Result<QList<StepRecord>> recorded = ws.workflow().steps(requestId); recorded)
            for (const StepRecord &step : recorded.value())
                steps << step.toJson();
        json.insert(QStringLiteral("steps"), steps);
        printJson(json);
    }
    if (!finished)
        return fail(finished.error());
    if (finished->status == RequestStatus::RolledBack && !m_json) {
        m_out << finished->requestId << " rolled back: " << cell(finished->outcome) << Qt::endl;
        return ExitStorage;
    }
    if (finished->status == RequestStatus::RolledBack)
        return ExitStorage;
    if (!m_json)
        m_out << finished->requestId << ": " << finished->tenantId << " is "
              << (finished->status == RequestStatus::Active ? QStringLiteral("active")
                                                            : nameOf(finished->status))
              << " (" << cell(finished->outcome) << ')' << Qt::endl;
    return ExitOk;
}

int TenantCtl::cmdProvision()
{
    Workspace &ws = *m_workspace;
    ProvisioningService &provisioning = ws.provisioning();
    auto print = [this](const ProvisioningRequest &r) {
        if (m_json)
            return printJson(r.toJson());
        m_out << r.requestId << " for " << r.tenantId << " (" << nameOf(r.tier) << ", " << r.region
              << ", estimated " << formatRupees(r.estimatedCost) << "/month, budget "
              << formatRupees(r.budget) << "): " << nameOf(r.status);
        if (r.status != RequestStatus::Pending && !r.decidedBy.isEmpty())
            m_out << " - decided by " << cell(r.decidedBy) << ": " << cell(r.decisionComment);
        if (!r.outcome.isEmpty())
            m_out << " - " << cell(r.outcome);
        m_out << Qt::endl;
    };
    const auto oneId = [this]() -> std::optional<QString> {
        if (m_args.positional.size() != 2)
            return std::nullopt;
        return m_args.positional.at(1);
    };

    const QString sub = m_args.positional.value(0);
    if (sub.isEmpty() && m_args.has(QStringLiteral("from"))) {
        const Result<QJsonObject> document =
            readJsonObjectFile(m_args.value(QStringLiteral("from")));
        if (!document)
            return fail(document.error());
        const Result<ProvisioningRequest> request = ProvisioningRequest::fromJson(document.value());
        if (!request)
            return fail(request.error());
        const Result<ProvisioningRequest> submitted =
            provisioning.submit(request.value(), ws.actor());
        if (!submitted)
            return fail(submitted.error());
        if (submitted->status != RequestStatus::Approved) { // waits for an approver
            print(submitted.value());
            return ExitOk;
        }
        if (!m_json)
            m_err << submitted->requestId << " approved (" << submitted->decisionComment
                  << "); provisioning " << submitted->tenantId << Qt::endl;
        return printRun(runWorkflow(submitted.value()), submitted->requestId);
    }
    if (sub == QLatin1String("list")) {
        std::optional<RequestStatus> status;
        if (m_args.has(QStringLiteral("status"))) {
            status = requestStatusFromString(m_args.value(QStringLiteral("status")));
            if (!status)
                return fail(Error::validation(
                    QStringLiteral("status"),
                    QStringLiteral("expected pending, approved, rejected, provisioning, "
                                   "rolling_back, active or rolled_back")));
        }
        const Result<QList<ProvisioningRequest>> requests =
            m_args.switches.contains(QStringLiteral("interrupted")) ? ws.workflow().interrupted()
                                                                    : provisioning.list(status);
        if (!requests)
            return fail(requests.error());
        if (m_json) {
            QJsonArray array;
            for (const ProvisioningRequest &r : requests.value())
                array << r.toJson();
            printJson(array);
            return ExitOk;
        }
        for (const ProvisioningRequest &r : requests.value())
            print(r);
        return ExitOk;
    }
    if (sub == QLatin1String("show")) {
        const std::optional<QString> id = oneId();
        if (!id)
            return usage(QStringLiteral("provision show takes one request id"));
        const Result<ProvisioningRequest> request = provisioning.get(*id);
        if (!request)
            return fail(request.error());
        const Result<QList<StepRecord>> steps = ws.workflow().steps(*id);
        if (!steps)
            return fail(steps.error());
        if (m_json) {
            QJsonObject json = request->toJson();
            QJsonArray array;
            for (const StepRecord &step : steps.value())
                array << step.toJson();
            json.insert(QStringLiteral("steps"), array);
            printJson(json);
            return ExitOk;
        }
        print(request.value());
        for (const StepRecord &step : steps.value())
            m_out << stepLine(step) << '\n';
        m_out.flush();
        return ExitOk;
    }
    if (sub == QLatin1String("approve") || sub == QLatin1String("reject")) {
        const std::optional<QString> id = oneId();
        if (!id)
            return usage(QStringLiteral("provision %1 takes one request id").arg(sub));
        const QString comment = m_args.value(QStringLiteral("comment"));
        const Result<ProvisioningRequest> decided =
            sub == QLatin1String("approve") ? provisioning.approve(*id, comment, ws.actor())
                                            : provisioning.reject(*id, comment, ws.actor());
        if (!decided)
            return fail(decided.error());
        if (decided->status != RequestStatus::Approved ||
            m_args.switches.contains(QStringLiteral("no-run"))) {
            print(decided.value());
            return ExitOk;
        }
        return printRun(runWorkflow(decided.value()), *id);
    }
    if (sub == QLatin1String("resume") || sub == QLatin1String("rollback")) {
        const std::optional<QString> id = oneId();
        if (!id)
            return usage(QStringLiteral("provision %1 takes one request id").arg(sub));
        const Result<ProvisioningRequest> request = provisioning.get(*id);
        if (!request)
            return fail(request.error());
        const bool rollback = sub == QLatin1String("rollback");
        return printRun(
            runWorkflow(request.value(), rollback, m_args.value(QStringLiteral("reason"))), *id);
    }
    return usage(QStringLiteral(
        "provision takes --from FILE, list, show, approve, reject, resume or rollback"));
}

} // namespace tenant
