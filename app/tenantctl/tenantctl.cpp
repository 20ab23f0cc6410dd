#include "tenantctl.h"

#include "connectionprofile.h"
#include "workspace.h"

#include <optional>

namespace tenant {

namespace {

/// Options every command takes: where the registry is, and how to print.
const QStringList globalOptions = {QStringLiteral("db"), QStringLiteral("profile"),
                                   QStringLiteral("json"), QStringLiteral("help")};

/// "a, b or c"
QString alternatives(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") +
           names.last();
}

/// The operands a command's synopsis names after its title: "ID STATE".
QString operandsOf(const Command &command)
{
    const QStringList words =
        command.synopsis.mid(command.title().size()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList operands;
    for (const QString &word : words) {
        if (word.startsWith(QLatin1Char('-')) || word.startsWith(QLatin1Char('[')) ||
            word == QLatin1String("|"))
            break;
        operands << word;
    }
    return operands.join(QLatin1Char(' '));
}

/// What a command that changes something needs, and the tenant it names:
/// checked before it runs, so a refusal names the role. (Commands whose
/// tenant is inside a file or a stored request are left to the database,
/// which refuses them all the same.)
struct Needs
{
    Action action;
    QString tenantId;
};
std::optional<Needs> needsOf(const Command &command, const Arguments &args)
{
    const QString title = command.title();
    const auto word = [&](int i) { return args.positional.value(i); };
    if (title == QLatin1String("tenant create") && !args.has(QStringLiteral("from")))
        return Needs{Action::CreateTenant, args.value(QStringLiteral("id"))};
    if (title == QLatin1String("tenant update") || title == QLatin1String("lifecycle transition") ||
        title == QLatin1String("health record"))
        return Needs{Action::EditTenant, word(1)};
    if (title == QLatin1String("suspend") || title == QLatin1String("activate"))
        return Needs{Action::EditTenant, word(0)};
    if (title == QLatin1String("flag set") || title == QLatin1String("flag clear")) {
        if (args.value(QStringLiteral("scope")) == QLatin1String("tenant"))
            return Needs{Action::EditTenant, args.value(QStringLiteral("scope-id"))};
        return Needs{Action::SetSharedFlag, {}};
    }
    if ((title == QLatin1String("provision policy") ||
         title == QLatin1String("chargeback policy") || title == QLatin1String("usage queries")) &&
        args.has(QStringLiteral("from")))
        return Needs{Action::EditPolicy, {}};
    if (title == QLatin1String("webhook add") || title == QLatin1String("webhook remove") ||
        title == QLatin1String("events replay") || title == QLatin1String("events requeue") ||
        title == QLatin1String("controller"))
        return Needs{Action::ManageWebhooks, {}};
    // drift: the database decides (a tenant's operator checks their tenants).
    if (title == QLatin1String("reconcile"))
        return Needs{Action::EditTenant, word(0)};
    if (command.name == QLatin1String("user") && command.sub != QLatin1String("tenants"))
        return Needs{Action::ManageUsers, {}};
    if (title == QLatin1String("audit verify") || title == QLatin1String("audit checkpoint") ||
        title == QLatin1String("audit export"))
        return Needs{Action::VerifyAudit, {}};
    return std::nullopt;
}

} // namespace

QStringList optionList(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

Command row(const char *name, const char *sub, const char *synopsis,
            std::initializer_list<const char *> takes, int words,
            int (*run)(const CommandContext &context))
{
    return Command{QString::fromLatin1(name),
                   QString::fromLatin1(sub),
                   QString::fromLatin1(synopsis),
                   optionList(takes),
                   words,
                   run};
}

TenantCtl::TenantCtl(QTextStream &out, QTextStream &err)
    : m_output(out, err)
    , m_commands(initCommands() + tenantCommands() + lifecycleCommands() + flagCommands() +
                 healthCommands() + provisionCommands() + auditCommands() + accessCommands() +
                 financeCommands() + eventCommands())
{}

TenantCtl::~TenantCtl() = default;

QString TenantCtl::usageText() const
{
    QString text = QStringLiteral(
        "usage: tenantctl [--db URL | --profile NAME] [--json] COMMAND ...\n"
        "  URL: sqlite:PATH | postgresql://USER@HOST:PORT/DBNAME (default: the demo SQLite file)\n"
        "  NAME: a connection profile saved in tenant-admin: its database and the downstream\n"
        "        systems suspend/activate drive (secrets from the keychain)\n");
    for (const Command &command : m_commands)
        text += QStringLiteral("  ") + command.synopsis + QLatin1Char('\n');
    text += QStringLiteral(
        "  tenantctl --version | --help\n"
        "Exit codes: 0 ok, 2 usage, 3 rule rejected, 4 not found, 5 storage failure.\n");
    return text;
}

QString TenantCtl::completionTable() const
{
    QString table;
    for (const Command &command : m_commands) {
        // The first operand's placeholder (ID and TENANT complete tenant
        // ids): the synopsis without optional parts and options' values.
        QString synopsis = command.synopsis;
        synopsis.remove(QRegularExpression(QStringLiteral("\\[[^\\]]*\\]")));
        const QStringList tokens = synopsis.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString operand = QStringLiteral("-");
        for (qsizetype i = command.sub.isEmpty() ? 1 : 2; i < tokens.size(); ++i) {
            if (tokens.at(i) == QLatin1String("|"))
                continue;
            if (tokens.at(i).startsWith(QLatin1Char('-'))) {
                if (i + 1 < tokens.size() && !tokens.at(i + 1).startsWith(QLatin1Char('-')))
                    ++i; // its value
                continue;
            }
            operand = tokens.at(i);
            break;
        }
        table += command.name + QLatin1Char(' ') +
                 (command.sub.isEmpty() ? QStringLiteral("-") : command.sub) + QLatin1Char(' ') +
                 operand;
        // An option that takes a value ends in "=".
        for (const QString &option : command.takes)
            table += QStringLiteral(" --") + option +
                     (Arguments::isSwitch(option) ? QString() : QStringLiteral("="));
        table += QLatin1Char('\n');
    }
    return table;
}

Result<const Command *> TenantCtl::find(const QString &name, const QStringList &positional) const
{
    const QString sub = positional.value(0);
    const Command *plain = nullptr;
    QStringList subs;
    for (const Command &command : m_commands) {
        if (command.name != name)
            continue;
        if (command.sub.isEmpty())
            plain = &command;
        else if (command.sub == sub)
            return &command;
        else if (!subs.contains(command.sub))
            subs << command.sub;
    }
    // A word a command without operands cannot take is a mistyped sub-command.
    if (plain && !(plain->words == 0 && !sub.isEmpty() && !subs.isEmpty()))
        return plain;
    if (plain)
        subs.prepend(plain->synopsis.mid(name.size() + 1));
    if (subs.isEmpty())
        return Error::usage(QStringLiteral("unknown command %1").arg(quoted(name)));
    return Error::usage(QStringLiteral("%1 takes %2").arg(name, alternatives(subs)));
}

Status TenantCtl::checkArguments(const Command &command) const
{
    const QString title = command.title();
    for (auto it = m_args.options.cbegin(); it != m_args.options.cend(); ++it)
        if (!command.takes.contains(it.key()) && !globalOptions.contains(it.key()))
            return Error::usage(QStringLiteral("%1 does not take --%2").arg(title, it.key()));
    for (const QString &option : m_args.switches)
        if (!command.takes.contains(option) && !globalOptions.contains(option))
            return Error::usage(QStringLiteral("%1 does not take --%2").arg(title, option));
    if (m_args.positional.size() > command.words)
        return Error::usage(QStringLiteral("%1: unexpected argument %2")
                                .arg(title, quoted(m_args.positional.at(command.words), 40)));
    if (m_args.has(QStringLiteral("db")) && m_args.has(QStringLiteral("profile")))
        return Error::usage(QStringLiteral("--db and --profile both name a registry: give one"));
    return success();
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
        return m_output.usage(parsed.error().message);
    m_args = parsed.value();
    m_output.setJson(m_args.isSet(QStringLiteral("json")));
    if (m_args.isSet(QStringLiteral("version"))) {
        m_output.out() << "tenantctl " << TENANT_VERSION << Qt::endl;
        return ExitOk;
    }
    if (m_args.isSet(QStringLiteral("completions"))) {
        m_output.out() << completionTable() << Qt::flush;
        return ExitOk;
    }
    const bool help = m_args.isSet(QStringLiteral("help"));
    if (help || m_args.positional.isEmpty()) {
        (help ? m_output.out() : m_output.err()) << usageText() << Qt::flush;
        return help ? ExitOk : ExitUsage;
    }

    const QString name = m_args.positional.takeFirst();
    const Result<const Command *> command = find(name, m_args.positional);
    if (!command)
        return m_output.fail(command.error());
    // Options are checked before the registry is opened: a typo such as
    // --reasn is refused instead of ignored.
    if (Status allowed = checkArguments(*command.value()); !allowed)
        return m_output.fail(allowed.error());
    if (Status opened = openWorkspace(); !opened)
        return m_output.fail(opened.error());
    const int fewest =
        command.value()->minWords < 0 ? command.value()->words : command.value()->minWords;
    if (m_args.positional.size() < fewest)
        return m_output.usage(QStringLiteral("%1 takes %2")
                                  .arg(command.value()->title(), operandsOf(*command.value())));
    if (const std::optional<Needs> needs = needsOf(*command.value(), m_args))
        if (Status allowed = m_workspace->access().require(needs->action, needs->tenantId);
            !allowed)
            return m_output.fail(allowed.error());
    const CommandContext context{*m_workspace, m_args, m_output};
    return command.value()->run(context);
}

} // namespace tenant
