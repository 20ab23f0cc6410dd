#include "auditexport.h"

#include "csv.h"

#include <QFileDevice>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace tenant {

namespace {

QStringList values(const AuditEntry &e)
{
    return {QString::number(e.seq),
            e.occurredAt,
            e.actor,
            e.action,
            e.tenantId,
            e.before,
            e.after,
            e.reason,
            e.correlationId,
            e.prevHash,
            e.hash};
}

} // namespace

std::optional<AuditExport::Format> AuditExport::formatFromName(const QString &name)
{
    if (name == QLatin1String("jsonl"))
        return Format::JsonLines;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QStringList AuditExport::columns()
{
    return {QStringLiteral("seq"),
            QStringLiteral("occurred_at"),
            QStringLiteral("actor"),
            QStringLiteral("action"),
            QStringLiteral("tenant_id"),
            QStringLiteral("before"),
            QStringLiteral("after"),
            QStringLiteral("reason"),
            QStringLiteral("correlation_id"),
            QStringLiteral("prev_hash"),
            QStringLiteral("hash")};
}

QByteArray AuditExport::jsonLine(const AuditEntry &entry)
{
    const QStringList names = columns();
    const QStringList texts = values(entry);
    QJsonObject object;
    for (int i = 0; i < names.size(); ++i)
        object.insert(names.at(i), i == 0 ? QJsonValue(entry.seq) : QJsonValue(texts.at(i)));
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray AuditExport::csvHeader()
{
    return columns().join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray AuditExport::csvRow(const AuditEntry &entry)
{
    return csvLine(values(entry));
}

Result<qint64> AuditExport::write(const AuditLog &log, Format format, QIODevice &out)
{
    if (format == Format::Csv && out.write(csvHeader()) < 0)
        return Error::storage(QStringLiteral("cannot write the export: ") + out.errorString());
    qint64 written = 0;
    QString failure;
    const Status read = log.forEach([&](const AuditEntry &entry) {
        const QByteArray line = format == Format::Csv ? csvRow(entry) : jsonLine(entry);
        if (out.write(line) != line.size()) {
            failure = out.errorString();
            return false;
        }
        ++written;
        return true;
    });
    if (!read)
        return read.error();
    // A buffered file reports a full disk only when it is flushed.
    if (auto *file = qobject_cast<QFileDevice *>(&out); failure.isEmpty() && file && !file->flush())
        failure = file->errorString();
    if (!failure.isEmpty())
        return Error::storage(QStringLiteral("cannot write the export: ") + failure);
    return written;
}

} // namespace tenant
