#include "arguments.h"

#include "inputlimits.h"
#include "tenant.h"
#include "textrules.h"

#include <QFile>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace tenant {

namespace {

const QSet<QString> switchNames = {
    QStringLiteral("json"),         QStringLiteral("confirm"),     QStringLiteral("demo"),
    QStringLiteral("help"),         QStringLiteral("interrupted"), QStringLiteral("no-run"),
    QStringLiteral("version"),      QStringLiteral("completions"), QStringLiteral("password-stdin"),
    QStringLiteral("secret-stdin"), QStringLiteral("once"),        QStringLiteral("all"),
    QStringLiteral("no-repair")};

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

} // namespace

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

bool Arguments::isSwitch(const QString &name)
{
    return switchNames.contains(name);
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

Result<QString> firstLineOfStdin(const QString &option)
{
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (line.isNull())
        return Error::usage(QStringLiteral("--%1: nothing on standard input").arg(option));
    return line;
}

} // namespace tenant
