#include "output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tenant {

int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Usage:
        return ExitUsage;
    case ErrorKind::Validation:
    case ErrorKind::Rule:
    case ErrorKind::Conflict:
    case ErrorKind::Denied:
        return ExitRule;
    case ErrorKind::NotFound:
        return ExitNotFound;
    case ErrorKind::Storage:
        return ExitStorage;
    }
    return ExitStorage;
}

void Output::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

int Output::fail(const Error &error)
{
    if (error.kind == ErrorKind::Usage)
        return usage(error.message);
    m_err << "tenantctl: " << oneLine(error.message) << Qt::endl;
    return exitCodeFor(error);
}

int Output::usage(const QString &message)
{
    m_err << "tenantctl: " << oneLine(message) << " (tenantctl --help for usage)" << Qt::endl;
    return ExitUsage;
}

QString cell(const QString &text)
{
    return oneLine(text, 10000);
}

QString padded(const QString &text, int width)
{
    return cell(text).leftJustified(width, QLatin1Char(' '));
}

} // namespace tenant
