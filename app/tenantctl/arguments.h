#pragma once

#include "error.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace tenant {

/// Command-line words split into positionals, `--key value` options and
/// value-less switches.
struct Arguments
{
    QStringList positional;
    QMap<QString, QString> options;
    QSet<QString> switches;

    static Result<Arguments> parse(const QStringList &words);
    /// Whether --`name` is a switch (takes no value).
    static bool isSwitch(const QString &name);
    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const { return options.value(name); }
    bool isSet(const QString &switchName) const { return switches.contains(switchName); }
};

/// The value of number option `--name`; a usage error when it is missing or
/// not a number.
Result<double> number(const Arguments &args, const QString &name);

/// The options naming tenant attributes (--name, --max-users, ...): those
/// an admin edits, and at creation also --status.
QStringList attributeOptions(bool creation);

/// The tenant attributes the options set. A number option that is not a
/// number is a usage error naming it; a value out of its field's range is
/// a validation error (TenantValidator) naming the field.
Result<QJsonObject> attributesFromOptions(const Arguments &args);

/// The first line of standard input, for `--OPTION-stdin` (a password or a
/// secret is never an argument: a command line is visible to every user
/// of the machine).
Result<QString> firstLineOfStdin(const QString &option);

/// Reads a file holding one JSON object, strictly (textrules.h): errors
/// name the file, and the key or the offset.
Result<QJsonObject> readJsonObjectFile(const QString &path);

} // namespace tenant
