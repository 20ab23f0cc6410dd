// tenantctl init
#include "command.h"

#include "demodata.h"
#include "migrator.h"
#include "workspace.h"

#include <QJsonObject>

namespace tenant {

namespace {

int init(const CommandContext &c)
{
    Workspace &ws = c.ws;
    const bool demo = c.args.isSet(QStringLiteral("demo"));
    if (demo) {
        if (Status seeded = DemoData::seed(ws); !seeded)
            return c.fail(seeded.error());
    }
    const Result<QList<int>> versions = Migrator(ws.database()).appliedVersions();
    if (!versions)
        return c.fail(versions.error());
    const int schema = versions->isEmpty() ? 0 : versions->last();
    if (c.json()) {
        c.output.printJson(
            QJsonObject{{QStringLiteral("database"), ws.database().url().toDisplayString()},
                        {QStringLiteral("schema_version"), schema},
                        {QStringLiteral("demo"), demo}});
    } else {
        c.out() << "initialised " << ws.database().url().toDisplayString() << " (schema version "
                << schema << (demo ? ", demo data loaded" : "") << ")" << Qt::endl;
    }
    return ExitOk;
}

} // namespace

QList<Command> initCommands()
{
    return {{QStringLiteral("init"),
             {},
             QStringLiteral("init [--demo]"),
             optionList({"demo"}),
             0,
             &init}};
}

} // namespace tenant
